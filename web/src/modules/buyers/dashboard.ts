/**
 * B1, the buyer dashboard: the buyer's requirements by stage and their saved searches, each with the
 * next thing to do. Pure functions of what the API answered, so that the grouping is tested alone.
 */

/** What the dashboard reads of a requirement (brief). */
export interface DashboardBrief {
  id: string;
  title: string | null;
  status: string;
  frameworkSlug: string;
  lotSlug: string;
  lotName: string;
  createdAt: string;
  publishedAt: string | null;
  applicationsClosedAt: string | null;
  withdrawnAt: string | null;
  outcomeResult: string | null;
  outcomeCompletedAt: string | null;
}

/** What the dashboard reads of a direct award project (a saved search). */
export interface DashboardProject {
  id: string;
  name: string;
  stage: string;
  createdAt: string;
  lockedAt: string | null;
  outcomeCompleted: boolean;
}

export type StageKey = 'drafts' | 'live' | 'closed' | 'done';

export interface NextStep {
  text: string;
  href: string;
}

/** One requirement as a row of its stage: when it reached the stage (or closes), and what to do next. */
export interface RequirementRow {
  id: string;
  title: string;
  lotName: string;
  /** e.g. "Created 1 May 2026", "Closes 8 May 2026", "Awarded". */
  dateLabel: string;
  date: string | null;
  /** A word for a finished requirement (awarded, cancelled…); null before. */
  result: string | null;
  steps: NextStep[];
}

export interface Stage {
  key: StageKey;
  heading: string;
  /** What the stage's rows are, for the count sentence ("2 requirements being written"). */
  describe: (count: number) => string;
  rows: RequirementRow[];
  /** How many there are in all (rows holds at most the limit). */
  count: number;
}

export const UNTITLED = 'Untitled requirement';
export const REQUIREMENTS_URL = '/buyers/requirements/digital-outcomes-and-specialists';
export const SAVED_SEARCHES_URL = '/buyers/direct-award/g-cloud';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const requirementUrl = (b: Pick<DashboardBrief, 'frameworkSlug' | 'lotSlug' | 'id'>) => `/buyers/frameworks/${b.frameworkSlug}/requirements/${b.lotSlug}/${b.id}`;
export const opportunityUrl = (id: string) => `/digital-outcomes-and-specialists/opportunities/${id}`;
export const projectUrl = (id: string) => `${SAVED_SEARCHES_URL}/projects/${id}`;

/** The stage a requirement is in: a status of the API, read as the buyer works through it. */
export function stageOf(status: string): StageKey {
  switch (status) {
    case 'DRAFT':
      return 'drafts';
    case 'LIVE':
      return 'live';
    case 'CLOSED':
      return 'closed';
    default:
      // AWARDED, CANCELLED, UNSUCCESSFUL, WITHDRAWN: nothing more to do.
      return 'done';
  }
}

/** How a finished requirement ended, in words. */
export function resultOf(b: Pick<DashboardBrief, 'status'>): string | null {
  switch (b.status) {
    case 'AWARDED':
      return 'Awarded';
    case 'CANCELLED':
      return 'Cancelled';
    case 'UNSUCCESSFUL':
      return 'No suitable supplier';
    case 'WITHDRAWN':
      return 'Withdrawn';
    default:
      return null;
  }
}

/** The next thing to do with a requirement, as links to the pages that do it. */
export function nextSteps(b: DashboardBrief): NextStep[] {
  const url = requirementUrl(b);
  switch (stageOf(b.status)) {
    case 'drafts':
      return [{ text: 'Continue writing', href: url }];
    case 'live':
      return [
        { text: 'Answer supplier questions', href: `${url}/supplier-questions` },
        { text: 'View progress', href: url },
      ];
    case 'closed':
      return [
        { text: 'View responses', href: `${url}/responses` },
        { text: 'Tell us the outcome', href: `${url}/award` },
      ];
    default:
      return [{ text: b.status === 'WITHDRAWN' ? 'View the withdrawn requirement' : 'View the outcome', href: opportunityUrl(b.id) }];
  }
}

function rowOf(b: DashboardBrief): RequirementRow {
  const stage = stageOf(b.status);
  const [dateLabel, date] =
    stage === 'drafts'
      ? ['Created', b.createdAt]
      : stage === 'live'
        ? ['Closes', b.applicationsClosedAt]
        : stage === 'closed'
          ? ['Closed', b.applicationsClosedAt]
          : b.status === 'WITHDRAWN'
            ? ['Withdrawn', b.withdrawnAt]
            : [resultOf(b) ?? 'Finished', b.outcomeCompletedAt ?? b.applicationsClosedAt];
  return { id: b.id, title: b.title?.trim() || UNTITLED, lotName: b.lotName, dateLabel, date, result: resultOf(b), steps: nextSteps(b) };
}

const time = (value: string | null) => (value ? Date.parse(value) : 0);

/** Within a stage: what needs doing soonest first (live closing first), else the newest first. */
function order(key: StageKey, a: RequirementRow, b: RequirementRow): number {
  if (key === 'live') return time(a.date) - time(b.date) || Number(a.id) - Number(b.id);
  return time(b.date) - time(a.date) || Number(b.id) - Number(a.id);
}

const STAGES: Array<Omit<Stage, 'rows' | 'count'>> = [
  { key: 'drafts', heading: 'Drafts', describe: (n) => `${plural(n, 'requirement', 'requirements')} being written` },
  { key: 'live', heading: 'Live', describe: (n) => `${plural(n, 'requirement', 'requirements')} open for applications` },
  { key: 'closed', heading: 'Closed, waiting for the outcome', describe: (n) => `${plural(n, 'requirement', 'requirements')} closed: tell us the outcome` },
  { key: 'done', heading: 'Done', describe: (n) => `${plural(n, 'requirement', 'requirements')} with an outcome, or withdrawn` },
];

/**
 * The buyer's requirements in the four stages, in the order a requirement goes through them; each
 * stage keeps at most `limit` rows (`doneLimit` for the finished ones), the soonest or newest, and
 * counts them all. Empty stages are left out.
 */
export function requirementStages(briefs: DashboardBrief[], limit = 5, doneLimit = 3): Stage[] {
  return STAGES.flatMap((stage) => {
    const rows = briefs
      .filter((b) => stageOf(b.status) === stage.key)
      .map(rowOf)
      .sort((a, b) => order(stage.key, a, b));
    // Finished requirements need nothing more: fewer of them are shown.
    const keep = stage.key === 'done' ? doneLimit : limit;
    return rows.length ? [{ ...stage, rows: rows.slice(0, keep), count: rows.length }] : [];
  });
}

/** The step a saved search is at, and what to do next on its task list. */
export function projectNextStep(p: Pick<DashboardProject, 'stage' | 'lockedAt' | 'outcomeCompleted'>): { stage: string; next: string | null } {
  if (p.outcomeCompleted || p.stage === 'OUTCOME_RECORDED') return { stage: 'Outcome recorded', next: null };
  switch (p.stage) {
    case 'SEARCHING':
      return { stage: 'Searching', next: 'Export your results' };
    case 'SEARCH_ENDED':
      return { stage: 'Results exported', next: 'Download your results' };
    case 'DOWNLOADED':
      return { stage: 'Results downloaded', next: 'Start assessing services' };
    case 'ASSESSING':
      return { stage: 'Assessing services', next: 'Tell us the outcome' };
    default:
      return { stage: 'Saved', next: 'View your saved search' };
  }
}

export interface ProjectRow {
  id: string;
  name: string;
  stage: string;
  next: NextStep;
}

export interface ProjectSummary {
  /** Searches ended (results exported) with no outcome yet: the buyer must tell us what happened. */
  awaitingOutcome: number;
  /** Projects still in progress, newest first, at most `limit`. */
  inProgress: ProjectRow[];
  inProgressCount: number;
  finished: number;
  total: number;
}

/** The buyer's saved searches: how many wait for an outcome, and the next step of each one in progress. */
export function projectSummary(projects: DashboardProject[], limit = 5): ProjectSummary {
  const open = projects.filter((p) => projectNextStep(p).next !== null);
  const inProgress = open
    .sort((a, b) => time(b.createdAt) - time(a.createdAt) || Number(b.id) - Number(a.id))
    .map((p) => {
      const { stage, next } = projectNextStep(p);
      return { id: p.id, name: p.name.trim() || `Untitled project ${p.id}`, stage, next: { text: next!, href: projectUrl(p.id) } };
    });
  return {
    awaitingOutcome: projects.filter((p) => p.lockedAt && !p.outcomeCompleted).length,
    inProgress: inProgress.slice(0, limit),
    inProgressCount: inProgress.length,
    finished: projects.length - open.length,
    total: projects.length,
  };
}

/** "You need to tell us the outcome for 2 saved searches." (null when there is nothing to tell). */
export function outcomeReminder(count: number): string | null {
  return count ? `You need to tell us the outcome for ${plural(count, 'saved search', 'saved searches')}.` : null;
}

/** The DOS lots a buyer starts a requirement on, by how the original named the way in. */
export const START_LINKS: Array<{ lot: string; text: string }> = [
  { lot: 'digital-outcomes', text: 'Find a team to provide an outcome' },
  { lot: 'digital-specialists', text: 'Find an individual specialist' },
  { lot: 'user-research-participants', text: 'Find user research participants' },
  { lot: 'user-research-studios', text: 'Find a user research studio' },
];

/** The links to start a requirement on the live DOS framework's lots it has (studios: their own page). */
export function startLinks(framework: { slug: string; lots: Array<{ slug: string }> } | null): NextStep[] {
  if (!framework) return [];
  const lots = new Set(framework.lots.map((l) => l.slug));
  return START_LINKS.filter((l) => lots.has(l.lot)).map((l) => ({ text: l.text, href: `/buyers/frameworks/${framework.slug}/requirements/${l.lot}` }));
}

/** The latest live framework of a family (by when it went live), or null. */
export function latestLive<T extends { family: string; status: string; liveAt?: string | null; slug: string }>(frameworks: T[], family: string): T | null {
  return (
    frameworks
      .filter((f) => f.family === family && f.status === 'LIVE')
      .sort((a, b) => time(b.liveAt ?? null) - time(a.liveAt ?? null) || b.slug.localeCompare(a.slug, 'en', { numeric: true }))[0] ?? null
  );
}
