import { describe, expect, it } from 'vitest';
import { BRIEF_STATUS, awardedResponses, canWithdraw, normaliseDomain, opportunityIdFrom, titleOf } from './buyers';

describe('the opportunity ID field', () => {
  it('takes the number, or the last part of a pasted opportunity address', () => {
    expect(opportunityIdFrom(' 10423 ')).toEqual({ id: '10423', errors: {} });
    expect(opportunityIdFrom('https://www.example.gov.uk/digital-outcomes-and-specialists/opportunities/77/')).toEqual({ id: '77', errors: {} });
    expect(opportunityIdFrom('007')).toEqual({ id: '7', errors: {} });
  });
  it('refuses nothing and anything that is not a number', () => {
    expect(opportunityIdFrom('  ').errors).toEqual({ opportunityId: 'Enter an opportunity ID' });
    expect(opportunityIdFrom('abc').errors.opportunityId).toMatch(/as a number/);
    expect(opportunityIdFrom('12a').id).toBeUndefined();
  });
});

describe('DOS administration', () => {
  it('withdraws only a live opportunity', () => {
    expect((Object.keys(BRIEF_STATUS) as Array<keyof typeof BRIEF_STATUS>).filter(canWithdraw)).toEqual(['LIVE']);
  });
  it('undoes only an award that was made or chosen', () => {
    const responses = [
      { id: '1', status: 'SUBMITTED' as const },
      { id: '2', status: 'AWARDED' as const },
      { id: '3', status: 'PENDING_AWARDED' as const },
      { id: '4', status: 'DRAFT' as const },
    ];
    expect(awardedResponses(responses).map((r) => r.id)).toEqual(['2', '3']);
    expect(awardedResponses(null)).toEqual([]);
  });
  it('labels every status distinctly and names untitled drafts', () => {
    expect(new Set(Object.values(BRIEF_STATUS).map((s) => s.label)).size).toBe(Object.keys(BRIEF_STATUS).length);
    expect(titleOf({ title: 'Flood warnings' })).toBe('Flood warnings');
    expect(titleOf({})).toBe('Untitled requirement');
  });
});

describe('a typed domain', () => {
  it('loses an @, spaces and capitals', () => {
    expect(normaliseDomain('  @Police.UK ')).toBe('police.uk');
  });
});
