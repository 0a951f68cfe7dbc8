/**
 * What a project's task list shows for each of the five steps (dm-journeys §5.5), worked out from
 * the project alone: the step's status and the one thing the buyer can do there, if any.
 */

/** A search can be exported only when it finds this many services or fewer (the API refuses more). */
export const MAX_RESULTS = 30;

export type OutcomeResult = 'AWARDED' | 'CANCELLED' | 'NONE_SUITABLE';

export interface ProjectFacts {
  /** The search has ended: its results are frozen. */
  locked: boolean;
  /** How many services the search finds now (or found when it ended); null until known. */
  resultCount: number | null;
  /** A G-Cloud framework is live, so searches can be edited and exported. */
  liveFramework: boolean;
  readyToAssess: boolean;
  outcome: { result: OutcomeResult; supplierName?: string | null; serviceName?: string | null } | null;
}

export type StepStatus = { kind: 'completed' } | { kind: 'cannot-start' } | { kind: 'outcome'; label: string } | { kind: 'none' };

export type StepAction =
  /** Step 1: back to the results page to change the search. */
  | 'edit-search'
  /** Step 2: the export (end search) button. */
  | 'export'
  /** Step 2, after: the results page. */
  | 'download'
  /** Step 3: confirm reading how to assess. */
  | 'confirm-assessing'
  /** Step 4: the outcome pages. */
  | 'tell-outcome'
  /** Step 5: the external form. */
  | 'benefits-record';

export interface StepView {
  status: StepStatus;
  actions: StepAction[];
  /** Step 1 before the export: the search finds too many services to export. */
  tooManyResults?: boolean;
  /** Step 2 before the export: no G-Cloud framework is live, so nothing can be exported. */
  frameworkExpired?: boolean;
}

const completed: StepStatus = { kind: 'completed' };
const cannotStart: StepStatus = { kind: 'cannot-start' };
const none: StepStatus = { kind: 'none' };

/** The outcome as the task list and the saved searches say it. */
export function outcomeLabel(outcome: NonNullable<ProjectFacts['outcome']>, short = false): string {
  if (outcome.result === 'CANCELLED') return 'The work has been cancelled';
  if (outcome.result === 'NONE_SUITABLE') return 'No suitable services found';
  if (short) return 'Awarded';
  return `Contract awarded to ${outcome.supplierName ?? 'a supplier'}: ${outcome.serviceName ?? 'a service'}`;
}

/** The five steps, in order: save, export, assess, award, customer benefits record. */
export function directAwardSteps(p: ProjectFacts): [StepView, StepView, StepView, StepView, StepView] {
  const tooMany = p.resultCount !== null && p.resultCount > MAX_RESULTS;
  if (!p.locked) {
    const save: StepView = {
      status: p.resultCount !== null && !tooMany ? completed : none,
      actions: p.liveFramework ? ['edit-search'] : [],
      tooManyResults: tooMany,
    };
    const exportStep: StepView = !p.liveFramework
      ? { status: cannotStart, actions: [], frameworkExpired: true }
      : tooMany || p.resultCount === null
        ? { status: cannotStart, actions: [] }
        : { status: none, actions: ['export'] };
    return [save, exportStep, { status: cannotStart, actions: [] }, { status: cannotStart, actions: [] }, { status: cannotStart, actions: ['benefits-record'] }];
  }
  const assess: StepView = p.readyToAssess ? { status: completed, actions: [] } : p.outcome ? { status: none, actions: [] } : { status: none, actions: ['confirm-assessing'] };
  const award: StepView = p.outcome
    ? { status: { kind: 'outcome', label: outcomeLabel(p.outcome) }, actions: [] }
    : p.readyToAssess
      ? { status: none, actions: ['tell-outcome'] }
      : { status: cannotStart, actions: [] };
  return [
    { status: completed, actions: [] },
    { status: completed, actions: ['download'] },
    assess,
    award,
    { status: p.outcome ? none : cannotStart, actions: ['benefits-record'] },
  ];
}

export interface SavedSearchRow {
  lockedAt?: string | null;
  downloadedAt?: string | null;
  outcome?: { result: OutcomeResult } | null;
}

/** The status column of an exported project in "Your saved searches": the outcome, or the next thing to do. */
export function exportedStatus(p: SavedSearchRow): { label: string } | { link: 'download' | 'outcome'; label: string } {
  if (p.outcome) return { label: outcomeLabel(p.outcome, true) };
  if (!p.downloadedAt) return { link: 'download', label: 'Download results' };
  return { link: 'outcome', label: 'Tell us the outcome' };
}
