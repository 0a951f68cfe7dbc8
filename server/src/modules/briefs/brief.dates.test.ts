import { describe, expect, it } from 'vitest';
import { addWorkingDays, briefDates, requirementsLength } from './brief.dates.js';
import { briefStatus, BriefStatus } from './brief.status.js';

const iso = (d: Date) => d.toISOString();

describe('brief dates', () => {
  it('follow the worked example: published on a Thursday for two weeks', () => {
    const d = briefDates(new Date('2016-03-03T12:30:01Z'), '2 weeks');
    expect([iso(d.applicationsClosedAt), iso(d.clarificationQuestionsClosedAt), iso(d.clarificationQuestionsPublishedBy)]).toEqual([
      '2016-03-17T23:59:59.000Z',
      '2016-03-10T23:59:59.000Z',
      '2016-03-16T23:59:59.000Z',
    ]);
  });

  it('follow the worked example for one week: questions close on the Monday', () => {
    const d = briefDates(new Date('2016-03-03T12:30:01Z'), '1 week');
    expect([iso(d.applicationsClosedAt), iso(d.clarificationQuestionsClosedAt), iso(d.clarificationQuestionsPublishedBy)]).toEqual([
      '2016-03-10T23:59:59.000Z',
      '2016-03-07T23:59:59.000Z',
      '2016-03-09T23:59:59.000Z',
    ]);
  });

  it('count working days from a weekend as the following weekdays, in both directions', () => {
    const saturday = new Date('2024-06-08T23:59:59Z');
    expect(iso(addWorkingDays(saturday, 1))).toBe('2024-06-10T23:59:59.000Z');
    expect(iso(addWorkingDays(saturday, 5))).toBe('2024-06-14T23:59:59.000Z');
    expect(iso(addWorkingDays(new Date('2024-06-10T23:59:59Z'), -1))).toBe('2024-06-07T23:59:59.000Z');
    // published a minute before midnight or just after it: the day is the UTC day
    expect(iso(briefDates(new Date('2024-06-07T23:59:00Z'), '2 weeks').applicationsClosedAt)).toBe('2024-06-21T23:59:59.000Z');
    expect(iso(briefDates(new Date('2024-06-08T00:00:01Z'), '2 weeks').applicationsClosedAt)).toBe('2024-06-22T23:59:59.000Z');
  });

  it('are two weeks unless the answer is exactly "1 week"', () => {
    expect(requirementsLength({ requirementsLength: '1 week' })).toBe('1 week');
    expect(requirementsLength({ requirementsLength: '2 weeks' })).toBe('2 weeks');
    expect(requirementsLength({})).toBe('2 weeks');
    expect(requirementsLength({ requirementsLength: '' })).toBe('2 weeks');
  });
});

describe('brief status', () => {
  const published = new Date('2024-06-03T10:00:00Z');
  const closes = briefDates(published, '2 weeks').applicationsClosedAt;
  const at = (ms: number) => new Date(closes.getTime() + ms);
  const facts = { publishedAt: published, applicationsClosedAt: closes, hasAwardedResponse: false };

  it('moves from live to closed exactly after 23:59:59 on the closing day', () => {
    expect(briefStatus({ hasAwardedResponse: false }, at(0))).toBe(BriefStatus.DRAFT);
    expect(briefStatus(facts, new Date(published.getTime() - 1))).toBe(BriefStatus.LIVE);
    expect(briefStatus(facts, at(-1))).toBe(BriefStatus.LIVE);
    expect(briefStatus(facts, at(0))).toBe(BriefStatus.CLOSED);
    expect(briefStatus(facts, at(1))).toBe(BriefStatus.CLOSED);
  });

  it('applies the rules in order: withdrawn, draft, live, cancelled, unsuccessful, awarded, closed', () => {
    const t = new Date('2024-06-05T00:00:00Z');
    expect(briefStatus({ ...facts, withdrawnAt: t }, at(-1))).toBe(BriefStatus.WITHDRAWN);
    expect(briefStatus({ ...facts, cancelledAt: t }, at(-1))).toBe(BriefStatus.LIVE);
    expect(briefStatus({ ...facts, cancelledAt: t, unsuccessfulAt: t }, at(1))).toBe(BriefStatus.CANCELLED);
    expect(briefStatus({ ...facts, unsuccessfulAt: t, hasAwardedResponse: true }, at(1))).toBe(BriefStatus.UNSUCCESSFUL);
    expect(briefStatus({ ...facts, hasAwardedResponse: true }, at(1))).toBe(BriefStatus.AWARDED);
  });
});
