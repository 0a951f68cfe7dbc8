import type { EmailStatus, JobState } from '../../gql/graphql';

/** What the operations pages call things: pure, so that they are tested without a browser. */

export interface PhysicalIndex {
  physicalName: string;
  state: string;
  createdAt: string;
  activatedAt?: string | null;
  documents: number;
  total?: number | null;
  error?: string | null;
}

/** The indices of one alias by their role: what searches read, the one kept for a rollback, a rebuild's. */
export function indexRoles(indices: readonly PhysicalIndex[]) {
  return {
    active: indices.find((i) => i.state === 'active') ?? null,
    previous: indices.find((i) => i.state === 'previous') ?? null,
    building: indices.find((i) => i.state === 'building') ?? null,
    failed: indices.find((i) => i.state === 'failed') ?? null,
  };
}

/** "1 document", "1,204 documents". */
export const documents = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'document' : 'documents'}`;

/**
 * A rebuild's progress as a sentence and a whole percentage (100 when there is nothing to write).
 * It counts records read from the database, removals included (withdrawn services), so it may
 * pass the searchable documents the index ends with.
 */
export function progressOf(indexed: number, total: number | null | undefined): { text: string; percent: number } {
  const t = total ?? 0;
  const percent = t > 0 ? Math.min(100, Math.floor((indexed / t) * 100)) : 100;
  return { text: `${indexed.toLocaleString('en-GB')} of ${t.toLocaleString('en-GB')} records processed (${percent}%)`, percent };
}

export const JOB_STATE_LABELS: Record<JobState, string> = {
  CREATED: 'Waiting',
  RETRY: 'Waiting to retry',
  ACTIVE: 'Running',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
  FAILED: 'Failed',
};

/** "2 failed jobs, 1 stalled job"; null when there is nothing wrong. */
export function jobProblemsText(failed: number, stalled: number): string | null {
  const parts: string[] = [];
  if (failed) parts.push(`${failed} failed ${failed === 1 ? 'job' : 'jobs'}`);
  if (stalled) parts.push(`${stalled} stalled ${stalled === 1 ? 'job' : 'jobs'}`);
  return parts.length ? parts.join(', ') : null;
}

/** "Run 2 of 6". */
export const attemptsText = (attempts: number, maxAttempts: number) => `Run ${attempts} of ${maxAttempts}`;

export type JobAction = 'retry' | 'discard';
export const isJobAction = (v: string | undefined): v is JobAction => v === 'retry' || v === 'discard';

/** Where a job's confirmation page is (queue names have dots, ids are UUIDs: both safe in a path). */
export const jobActionPath = (queue: string, id: string, action: JobAction) => `/operations/jobs/${encodeURIComponent(queue)}/${encodeURIComponent(id)}/${action}`;

export const EMAIL_STATUS: Record<EmailStatus, { label: string; tag: string }> = {
  QUEUED: { label: 'Queued', tag: 'govuk-tag--blue' },
  SENT: { label: 'Sent', tag: 'govuk-tag--green' },
  KEPT: { label: 'Kept', tag: 'govuk-tag--grey' },
  FAILED: { label: 'Failed', tag: 'govuk-tag--red' },
};

/** The outbox filter in the address (`?status=failed`): a status, none (every email), or invalid. */
export function emailStatusParam(param: string | null): { status: EmailStatus | null } | 'invalid' {
  if (param === null || param === '') return { status: null };
  const status = param.toUpperCase() as EmailStatus;
  return status in EMAIL_STATUS ? { status } : 'invalid';
}
