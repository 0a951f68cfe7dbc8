import { describe, expect, it } from 'vitest';
import { applicationStatus, dashboardLists, type DashboardResponse } from './dashboard';

const now = new Date('2024-06-15T12:00:00Z');
const response = (id: string, status: string, briefStatus: string, closes: string, frameworkSlug = 'dos-5'): DashboardResponse => ({
  id,
  status,
  brief: { id: `b${id}`, status: briefStatus, title: `Opportunity ${id}`, applicationsClosedAt: closes, frameworkSlug },
});

describe('the opportunities dashboard (S13)', () => {
  it('lists drafts for open opportunities and for those closed in the last 14 days, soonest deadline first', () => {
    const { started } = dashboardLists(
      [
        response('1', 'DRAFT', 'LIVE', '2024-06-30T23:59:59Z'),
        response('2', 'DRAFT', 'LIVE', '2024-06-20T23:59:59Z'),
        response('3', 'DRAFT', 'CLOSED', '2024-06-05T23:59:59Z'),
        response('4', 'DRAFT', 'CLOSED', '2024-05-20T23:59:59Z'),
        response('5', 'DRAFT', 'LIVE', '2024-06-18T23:59:59Z', 'dos-4'),
      ],
      'dos-5',
      now,
    );
    expect(started.map((s) => [s.responseId, s.open])).toEqual([
      ['3', false],
      ['2', true],
      ['1', true],
    ]);
  });

  it('lists the applications made, latest deadline first, with what became of each', () => {
    const { made, started } = dashboardLists(
      [
        response('1', 'SUBMITTED', 'LIVE', '2024-06-30T23:59:59Z'),
        response('2', 'AWARDED', 'AWARDED', '2024-03-01T23:59:59Z'),
        response('3', 'SUBMITTED', 'AWARDED', '2024-04-01T23:59:59Z'),
        response('4', 'SUBMITTED', 'WITHDRAWN', '2024-05-01T23:59:59Z'),
        response('5', 'SUBMITTED', 'CANCELLED', '2024-02-01T23:59:59Z'),
        response('6', 'PENDING_AWARDED', 'CLOSED', '2024-06-01T23:59:59Z'),
      ],
      'dos-5',
      now,
    );
    expect(started).toEqual([]);
    expect(made.map((m) => [m.responseId, m.status])).toEqual([
      ['1', 'Submitted'],
      ['6', 'Submitted'],
      ['4', 'Opportunity withdrawn'],
      ['3', 'Not won'],
      ['2', 'Won'],
      ['5', 'Opportunity cancelled'],
    ]);
  });

  it('says an opportunity nobody won was not won', () => {
    expect(applicationStatus('SUBMITTED', 'UNSUCCESSFUL')).toBe('Not won');
    expect(applicationStatus('SUBMITTED', 'CLOSED')).toBe('Submitted');
  });
});
