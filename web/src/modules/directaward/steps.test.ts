import { describe, expect, it } from 'vitest';
import { directAwardSteps, exportedStatus, outcomeLabel, type ProjectFacts } from './steps';

const facts = (over: Partial<ProjectFacts> = {}): ProjectFacts => ({ locked: false, resultCount: 12, liveFramework: true, readyToAssess: false, outcome: null, ...over });
const kinds = (p: ProjectFacts) => directAwardSteps(p).map((s) => (s.status.kind === 'outcome' ? s.status.label : s.status.kind));
const actions = (p: ProjectFacts) => directAwardSteps(p).map((s) => s.actions);

describe('the task list of a direct award project (§5.5)', () => {
  it('before the export, with 30 results or fewer: the search is done and can be exported; the rest cannot start', () => {
    expect(kinds(facts({ resultCount: 30 }))).toEqual(['completed', 'none', 'cannot-start', 'cannot-start', 'cannot-start']);
    expect(actions(facts({ resultCount: 30 }))).toEqual([['edit-search'], ['export'], [], [], ['benefits-record']]);
    expect(directAwardSteps(facts()).some((s) => s.tooManyResults)).toBe(false);
  });

  it('with more than 30 results: an error on the search, and the export cannot start', () => {
    const [save, exp] = directAwardSteps(facts({ resultCount: 31 }));
    expect(save).toMatchObject({ status: { kind: 'none' }, tooManyResults: true, actions: ['edit-search'] });
    expect(exp).toEqual({ status: { kind: 'cannot-start' }, actions: [] });
  });

  it('while the count is not known yet, offers no export', () => {
    const [save, exp] = directAwardSteps(facts({ resultCount: null }));
    expect(save.status.kind).toBe('none');
    expect(exp.actions).toEqual([]);
  });

  it('with no live G-Cloud framework: the search cannot be edited or exported, and says why', () => {
    const [save, exp] = directAwardSteps(facts({ liveFramework: false }));
    expect(save.actions).toEqual([]);
    expect(exp).toEqual({ status: { kind: 'cannot-start' }, actions: [], frameworkExpired: true });
  });

  it('after the export: results to download, then the confirmation to read how to assess', () => {
    const locked = facts({ locked: true, resultCount: 3 });
    expect(kinds(locked)).toEqual(['completed', 'completed', 'none', 'cannot-start', 'cannot-start']);
    expect(actions(locked)).toEqual([[], ['download'], ['confirm-assessing'], [], ['benefits-record']]);
    // Even when a live framework has gone: the export happened, the download stays.
    expect(actions({ ...locked, liveFramework: false })[1]).toEqual(['download']);
  });

  it('once ready to assess: the outcome can be told', () => {
    const ready = facts({ locked: true, readyToAssess: true });
    expect(kinds(ready)).toEqual(['completed', 'completed', 'completed', 'none', 'cannot-start']);
    expect(actions(ready)[3]).toEqual(['tell-outcome']);
  });

  it('with an outcome: the award step says it, and the benefits record can start', () => {
    const awarded = facts({ locked: true, readyToAssess: true, outcome: { result: 'AWARDED', supplierName: 'Northern Hosting Co', serviceName: 'Managed hosting' } });
    expect(kinds(awarded)).toEqual(['completed', 'completed', 'completed', 'Contract awarded to Northern Hosting Co: Managed hosting', 'none']);
    expect(actions(awarded)[3]).toEqual([]);
    // Cancelled without confirming first: the confirmation button goes, with no tag.
    const cancelled = facts({ locked: true, outcome: { result: 'CANCELLED' } });
    expect(kinds(cancelled)).toEqual(['completed', 'completed', 'none', 'The work has been cancelled', 'none']);
    expect(actions(cancelled)[2]).toEqual([]);
    expect(kinds(facts({ locked: true, readyToAssess: true, outcome: { result: 'NONE_SUITABLE' } }))[3]).toBe('No suitable services found');
  });
});

describe('the status of an exported project in "Your saved searches" (§5.4)', () => {
  it('is the next thing to do, or the outcome', () => {
    expect(exportedStatus({ lockedAt: '2026-01-01' })).toEqual({ link: 'download', label: 'Download results' });
    expect(exportedStatus({ lockedAt: '2026-01-01', downloadedAt: '2026-01-02' })).toEqual({ link: 'outcome', label: 'Tell us the outcome' });
    expect(exportedStatus({ lockedAt: '2026-01-01', outcome: { result: 'AWARDED' } })).toEqual({ label: 'Awarded' });
    expect(exportedStatus({ lockedAt: '2026-01-01', downloadedAt: 'x', outcome: { result: 'NONE_SUITABLE' } })).toEqual({ label: 'No suitable services found' });
    expect(outcomeLabel({ result: 'CANCELLED' }, true)).toBe('The work has been cancelled');
  });
});
