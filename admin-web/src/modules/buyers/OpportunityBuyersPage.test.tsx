import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { OpportunityDetails, type Opportunity } from './OpportunityBuyersPage';

afterEach(cleanup);

const brief = (over: Partial<Opportunity> = {}): Opportunity =>
  ({
    id: '13',
    data: { title: 'Delivery manager for a digital team' },
    status: 'CLOSED',
    createdAt: '2026-11-12T10:00:00.000Z',
    publishedAt: '2026-11-13T10:00:00.000Z',
    applicationsClosedAt: '2026-11-27T23:59:59.000Z',
    withdrawnAt: null,
    withdrawnReason: null,
    framework: { slug: 'digital-outcomes-and-specialists-5', name: 'Digital Outcomes and Specialists 5' },
    lot: { id: '2', name: 'Digital specialists' },
    users: [{ id: '7', name: 'Bea Buyer', email: 'buyer@example.gov.uk', phoneNumber: null }],
    responses: [{ id: '11', status: 'SUBMITTED', awardedAt: null, supplier: { name: 'Agile Delivery Partners' } }],
    ...over,
  }) as Opportunity;

const show = (b: Opportunity) =>
  render(
    <MemoryRouter>
      <OpportunityDetails brief={b} />
    </MemoryRouter>,
  );

describe('an opportunity and its buyers', () => {
  it('shows its status, dates and buyers; a closed one offers neither withdrawal nor un-award', () => {
    show(brief());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Delivery manager for a digital team');
    const summary = within(screen.getByTestId('opportunity'));
    expect(summary.getByText('Closed')).toBeTruthy();
    expect(summary.getByText('13 November 2026')).toBeTruthy();
    expect(summary.getByText('27 November 2026')).toBeTruthy();
    const cells = Array.from(screen.getByTestId('buyers').querySelectorAll('tbody td')).map((c) => c.textContent);
    expect(cells).toEqual(['Bea Buyer', 'buyer@example.gov.uk', 'Not given']);
    expect(screen.queryByRole('button', { name: 'Withdraw opportunity' })).toBeNull();
    expect(screen.queryByTestId('awarded')).toBeNull();
  });

  it('offers withdrawal of a live opportunity only', () => {
    show(brief({ status: 'LIVE', responses: null }));
    expect(screen.getByRole('button', { name: 'Withdraw opportunity' }).getAttribute('href')).toBe('/buyers/opportunities/13/withdraw');
  });

  it('shows a withdrawn one’s reason', () => {
    show(brief({ status: 'WITHDRAWN', withdrawnAt: '2026-11-20T09:00:00.000Z', withdrawnReason: 'Posted in error' }));
    expect(within(screen.getByTestId('opportunity')).getByText('Posted in error')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Withdraw opportunity' })).toBeNull();
  });

  it('offers to undo an award, naming the supplier, for awarded and chosen responses only', () => {
    show(
      brief({
        status: 'AWARDED',
        responses: [
          { id: '11', status: 'SUBMITTED', awardedAt: null, supplier: { name: 'Agile Delivery Partners' } },
          { id: '12', status: 'AWARDED', awardedAt: '2026-11-25T09:00:00.000Z', supplier: { name: 'Bright Research Studio' } },
        ],
      }),
    );
    const awarded = within(screen.getByTestId('awarded'));
    expect(awarded.getByText('Awarded on 25 November 2026')).toBeTruthy();
    expect(awarded.getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Undo the award to Bright Research Studio', '/buyers/opportunities/13/responses/12/unaward'],
    ]);
  });
});
