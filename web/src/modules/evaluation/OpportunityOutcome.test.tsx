import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OpportunityOutcome } from './OpportunityOutcome';
import { companySize, formatMoney, metEssentials, niceToHavesMet, outcomeView, responseCounts } from './evaluation';

afterEach(cleanup);

const banner = () => screen.queryByTestId('opportunity-outcome');
const heading = () => banner()!.querySelector('.govuk-notification-banner__heading')!.textContent;
const details = () => Array.from(banner()!.querySelectorAll('.govuk-summary-list__row')).map((row) => [row.querySelector('dt')!.textContent, row.querySelector('dd')!.textContent]);

describe('the outcome on the public opportunity page (A7)', () => {
  it('shows nothing while the opportunity is open', () => {
    render(<OpportunityOutcome brief={{ status: 'LIVE', applicationsClosedAt: '2026-06-15T23:59:59.000Z' }} />);
    expect(banner()).toBeNull();
  });

  it('gives the closing date of a closed opportunity', () => {
    render(<OpportunityOutcome brief={{ status: 'CLOSED', applicationsClosedAt: '2026-06-15T22:59:59.000Z' }} />);
    expect(heading()).toBe('This opportunity is closed for applications');
    expect(banner()!.textContent).toContain('Applications closed on 15 June 2026.');
    expect(banner()!.getAttribute('data-outcome')).toBe('closed');
  });

  it('says who won, the size of their company, the start date and the value, pounds without ".00"', () => {
    render(
      <OpportunityOutcome
        brief={{
          status: 'AWARDED',
          outcome: { result: 'AWARDED', awardValue: '125000.00', startDate: '2026-09-01', awardedSupplier: { name: 'Agile Delivery Partners', organisationSize: 'MEDIUM' } },
        }}
      />,
    );
    expect(heading()).toBe('Awarded to Agile Delivery Partners');
    expect(details()).toEqual([
      ['Supplier', 'Agile Delivery Partners'],
      ['Company size', 'SME'],
      ['Contract start date', '1 September 2026'],
      ['Contract value', '£125,000'],
    ]);
  });

  it('gives the reason and date of a cancelled or unsuccessful opportunity', () => {
    render(<OpportunityOutcome brief={{ status: 'CANCELLED', cancelledAt: '2026-06-20T10:00:00.000Z', outcome: { result: 'CANCELLED' } }} />);
    expect(heading()).toBe('This opportunity was cancelled');
    expect(banner()!.textContent).toContain('cancelled this requirement on 20 June 2026');
    expect(banner()!.textContent).toContain('no longer needed');
    cleanup();
    render(<OpportunityOutcome brief={{ status: 'UNSUCCESSFUL', unsuccessfulAt: '2026-06-21T10:00:00.000Z', outcome: { result: 'NONE_SUITABLE' } }} />);
    expect(heading()).toBe('No suitable suppliers');
    expect(banner()!.textContent).toContain('on 21 June 2026 they said that none of the suppliers who applied was suitable');
  });

  it('gives the date a withdrawn opportunity was withdrawn', () => {
    render(<OpportunityOutcome brief={{ status: 'WITHDRAWN', withdrawnAt: '2026-06-02T09:00:00.000Z' }} />);
    expect(heading()).toBe('This opportunity was withdrawn');
    expect(banner()!.textContent).toContain('withdrew this opportunity on 2 June 2026');
  });
});

describe('the outcome and responses, worked out', () => {
  it('writes money as the marketplace publishes it', () => {
    expect(formatMoney('87500.00')).toBe('£87,500');
    expect(formatMoney('125000.50')).toBe('£125,000.50');
    expect(formatMoney('1234567.5')).toBe('£1,234,567.50');
    expect(formatMoney('0.99')).toBe('£0.99');
  });

  it('calls micro, small and medium companies SMEs', () => {
    expect(['MICRO', 'SMALL', 'MEDIUM', 'LARGE', null].map(companySize)).toEqual(['SME', 'SME', 'SME', 'Large', 'Not given']);
  });

  it('awarded with no supplier on record still gives the contract', () => {
    expect(outcomeView({ status: 'AWARDED', outcome: { result: 'AWARDED', awardValue: '10.00', startDate: '2026-01-05' } })).toEqual({
      kind: 'awarded',
      heading: 'Contract awarded',
      body: [],
      details: [
        ['Contract start date', '5 January 2026'],
        ['Contract value', '£10'],
      ],
    });
    expect(outcomeView({ status: 'DRAFT' })).toBeNull();
  });

  it('counts responses that met every essential requirement, and nice-to-haves met', () => {
    const responses = [
      { data: { essentialRequirementsMet: true, essentialRequirements: [{ evidence: 'x' }], niceToHaveRequirements: [{ yesNo: true, evidence: 'y' }, { yesNo: false }] } },
      { data: { essentialRequirementsMet: false } },
      { data: { essentialRequirements: [true, false] } },
      { data: {} },
    ];
    expect(responseCounts(responses)).toEqual({ eligible: 2, ineligible: 2 });
    expect(metEssentials(responses[0]!.data)).toBe(true);
    expect(niceToHavesMet(responses[0]!.data)).toBe(1);
    expect(niceToHavesMet({ niceToHaveRequirements: [true, true] })).toBe(2);
  });
});
