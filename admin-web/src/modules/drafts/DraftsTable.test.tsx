import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DraftsTable, type Draft } from './DraftServicesPage';

afterEach(cleanup);

const draft = (over: Partial<Draft>): Draft =>
  ({
    id: '14',
    createdAt: '2026-12-01T10:00:00.000Z',
    status: 'NOT_SUBMITTED',
    data: { serviceName: 'Lantern dashboards' },
    missingAnswers: { serviceSummary: 'Answer required', priceMin: 'Answer required' },
    lot: { id: '2', name: 'Cloud software' },
    ...over,
  }) as Draft;

const cells = () => Array.from(screen.getByTestId('drafts-g-cloud-13').querySelectorAll('tbody tr')).map((r) => Array.from(r.querySelectorAll('td, th')).map((c) => c.textContent));

describe('a framework’s draft services (AD8)', () => {
  it('lists each draft with its date, id, lot, name, status and unanswered required questions', () => {
    render(
      <DraftsTable
        framework={{ slug: 'g-cloud-13', name: 'G-Cloud 13' }}
        totalCount={3}
        heading={<h2 id="drafts-g-cloud-13">G-Cloud 13</h2>}
        nodes={[
          draft({}),
          draft({ id: '13', status: 'SUBMITTED', data: { serviceName: 'Lantern data warehouse' }, missingAnswers: {} }),
          draft({ id: '12', status: 'FAILED', data: {}, missingAnswers: { serviceName: 'Answer required', price: 'Enter a number' } }),
        ]}
      />,
    );
    expect(cells()).toEqual([
      ['1 December 2026', '14', 'Cloud software', 'Lantern dashboards', 'In progress', '2'],
      ['1 December 2026', '13', 'Cloud software', 'Lantern data warehouse', 'Complete', '0'],
      ['1 December 2026', '12', 'Cloud software', 'No name yet', 'Lot not awarded', '2'],
    ]);
    expect(screen.queryByText(/The newest/)).toBeNull();
  });

  it('says when there are more drafts than shown, and when there are none', () => {
    const { rerender } = render(<DraftsTable framework={{ slug: 'g-cloud-13', name: 'G-Cloud 13' }} totalCount={150} heading={<h2>G-Cloud 13</h2>} nodes={[draft({})]} />);
    expect(screen.getByText('The newest 1 of 150 draft services.')).toBeTruthy();
    rerender(<DraftsTable framework={{ slug: 'g-cloud-13', name: 'G-Cloud 13' }} totalCount={0} heading={<h2>G-Cloud 13</h2>} nodes={[]} />);
    expect(screen.getByText('No draft services.')).toBeTruthy();
  });
});
