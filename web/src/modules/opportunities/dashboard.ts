/** A supplier's response as the opportunities dashboard (S13) reads it. */
export interface DashboardResponse {
  id: string;
  status: string;
  brief: { id: string; status: string; title: string; applicationsClosedAt: string | null | undefined; frameworkSlug: string };
}

export interface StartedApplication {
  responseId: string;
  briefId: string;
  title: string;
  closesAt: string | null;
  /** Still open: it can be completed; otherwise applications closed (within the last 14 days). */
  open: boolean;
}

export interface MadeApplication {
  responseId: string;
  briefId: string;
  title: string;
  closesAt: string | null;
  /** Submitted, Won, Not won, Opportunity cancelled or Opportunity withdrawn. */
  status: string;
}

const DAY = 24 * 3600 * 1000;
/** How long a draft for an opportunity that has closed stays on the dashboard. */
export const CLOSED_DRAFTS_SHOWN_FOR_DAYS = 14;

const time = (v: string | null | undefined) => (v ? new Date(v).getTime() : Number.POSITIVE_INFINITY);

/** What became of an application the supplier made, from its own status and the opportunity's. */
export function applicationStatus(responseStatus: string, briefStatus: string): string {
  if (responseStatus === 'AWARDED') return 'Won';
  if (briefStatus === 'WITHDRAWN') return 'Opportunity withdrawn';
  if (briefStatus === 'CANCELLED') return 'Opportunity cancelled';
  if (briefStatus === 'AWARDED' || briefStatus === 'UNSUCCESSFUL') return 'Not won';
  return 'Submitted';
}

/**
 * The two lists of the dashboard for one framework: applications started (drafts of open
 * opportunities, then those closed in the last 14 days; soonest deadline first) and applications
 * made (latest deadline first).
 */
export function dashboardLists(responses: readonly DashboardResponse[], frameworkSlug: string, now: Date): { started: StartedApplication[]; made: MadeApplication[] } {
  const ours = responses.filter((r) => r.brief.frameworkSlug === frameworkSlug);
  const started = ours
    .filter((r) => r.status === 'DRAFT')
    .map((r) => ({ responseId: r.id, briefId: r.brief.id, title: r.brief.title, closesAt: r.brief.applicationsClosedAt ?? null, open: r.brief.status === 'LIVE' }))
    .filter((r) => r.open || (r.closesAt !== null && now.getTime() - time(r.closesAt) <= CLOSED_DRAFTS_SHOWN_FOR_DAYS * DAY))
    .sort((a, b) => time(a.closesAt) - time(b.closesAt));
  const made = ours
    .filter((r) => r.status !== 'DRAFT')
    .map((r) => ({
      responseId: r.id,
      briefId: r.brief.id,
      title: r.brief.title,
      closesAt: r.brief.applicationsClosedAt ?? null,
      status: applicationStatus(r.status, r.brief.status),
    }))
    .sort((a, b) => time(b.closesAt) - time(a.closesAt));
  return { started, made };
}
