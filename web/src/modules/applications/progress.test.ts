import { describe, expect, it } from 'vitest';
import { companyDetailsState, countsByLot, declarationState, plural, servicesState } from './progress';

const confirmed = { applicationCompanyDetailsConfirmed: true, declarationStatus: 'UNSTARTED' as const };
const unconfirmed = { ...confirmed, applicationCompanyDetailsConfirmed: false };

describe('an application’s progress (S5)', () => {
  it('company details: confirmed for this application, confirmed before but not for it, or never', () => {
    expect(companyDetailsState(confirmed, false)).toBe('COMPLETED');
    expect(companyDetailsState(unconfirmed, true)).toBe('IN_PROGRESS');
    expect(companyDetailsState(unconfirmed, false)).toBe('NOT_STARTED');
  });

  it('the declaration cannot start before the company details, then follows its status', () => {
    expect(declarationState({ ...unconfirmed, declarationStatus: 'STARTED' })).toBe('CANNOT_START');
    expect(declarationState(confirmed)).toBe('NOT_STARTED');
    expect(declarationState({ ...confirmed, declarationStatus: 'STARTED' })).toBe('IN_PROGRESS');
    expect(declarationState({ ...confirmed, declarationStatus: 'COMPLETE' })).toBe('COMPLETED');
  });

  it('services: in progress while any is a draft, done once all are complete', () => {
    const draft = { status: 'NOT_SUBMITTED', lot: { slug: 'cloud-hosting' } };
    const done = { status: 'SUBMITTED', lot: { slug: 'cloud-hosting' } };
    expect(servicesState(unconfirmed, [done])).toBe('CANNOT_START');
    expect(servicesState(confirmed, [])).toBe('NOT_STARTED');
    expect(servicesState(confirmed, [done, draft])).toBe('IN_PROGRESS');
    expect(servicesState(confirmed, [done])).toBe('COMPLETED');
    expect(
      countsByLot(
        [
          { slug: 'cloud-hosting', name: 'Cloud hosting' },
          { slug: 'cloud-support', name: 'Cloud support' },
        ],
        [done, draft, draft],
      ),
    ).toEqual([
      { slug: 'cloud-hosting', name: 'Cloud hosting', drafts: 2, complete: 1 },
      { slug: 'cloud-support', name: 'Cloud support', drafts: 0, complete: 0 },
    ]);
    expect([plural(1, 'service'), plural(3, 'service')]).toEqual(['1 service', '3 services']);
  });
});
