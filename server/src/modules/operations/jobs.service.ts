import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer, type AppContext } from '../../app/context.js';
import { badInput, conflict, notFound } from '../../app/errors.js';
import { DEAD_LETTER_QUEUE, JOB_SCHEMA, transactionDb } from '../../app/jobs.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { BackgroundJob, BackgroundJobsOverview, JobProblemCounts, JobQueueStatus, JobState } from './jobs.types.js';

/**
 * Background jobs for the operations pages (peers.md §B1: a table of stalled and failed work, with
 * stall detection on the start time and the heartbeat, never on the creation time). Everything is
 * read with SQL on pg-boss's own tables (counts grouped in the database, lists limited), and every
 * change goes through pg-boss's API in the admin's transaction, with its audit event.
 */

const LIST_LIMIT = 50;
const J = `${JOB_SCHEMA}.job`;
const Q = `${JOB_SCHEMA}.queue`;

/** Running past its expiry, or its worker has stopped touching it (pg-boss fails it on its next supervision). */
const STALLED = `(j.state = 'active' and (
  j.started_on + j.expire_seconds * interval '1 second' < now()
  or (j.heartbeat_seconds is not null and coalesce(j.heartbeat_on, j.started_on) + j.heartbeat_seconds * interval '1 second' < now())
))`;

const JOB_COLUMNS = `j.id::text as id, j.name, j.state::text as state, j.data, j.retry_count, j.retry_limit, j.created_on, j.started_on, j.completed_on,
  coalesce(j.output->>'message', j.source_output->>'message') as error, ${STALLED} as stalled, j.source_name, j.source_id::text as source_id,
  exists (select 1 from ${J} d where d.name = '${DEAD_LETTER_QUEUE}' and d.source_id = j.id and d.state < 'active') as dead_lettered`;

interface JobRow {
  id: string;
  name: string;
  state: string;
  data: unknown;
  retry_count: number;
  retry_limit: number;
  created_on: Date;
  started_on: Date | null;
  completed_on: Date | null;
  error: string | null;
  stalled: boolean;
  source_name: string | null;
  source_id: string | null;
  dead_lettered: boolean;
}

function toJob(r: JobRow): BackgroundJob {
  const state = r.state as JobState;
  return {
    id: r.id,
    queue: r.name,
    state,
    data: JSON.stringify(r.data ?? {}),
    // A running job is on its (retry_count + 1)th run; a failed one ran retry_count + 1 times too.
    attempts: state === JobState.CREATED ? 0 : state === JobState.RETRY ? r.retry_count : r.retry_count + 1,
    maxAttempts: r.retry_limit + 1,
    createdAt: new Date(r.created_on),
    startedAt: r.started_on ? new Date(r.started_on) : null,
    finishedAt: r.completed_on ? new Date(r.completed_on) : null,
    lastError: r.error,
    stalled: Boolean(r.stalled),
    sourceQueue: r.source_name,
    sourceId: r.source_id,
    deadLettered: Boolean(r.dead_lettered),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Queue counts (grouped in Postgres, over the unfinished and failed jobs only) and the lists. */
export async function jobsOverview(em: EntityManager): Promise<BackgroundJobsOverview> {
  const queues = await em.execute<
    Array<{
      name: string;
      dead_letter: string | null;
      retry_limit: number;
      expire_seconds: number;
      created: string;
      retry: string;
      active: string;
      stalled: string;
      failed: string;
    }>
  >(
    `select q.name, q.dead_letter, q.retry_limit, q.expire_seconds,
       count(j.id) filter (where j.state = 'created') as created,
       count(j.id) filter (where j.state = 'retry') as retry,
       count(j.id) filter (where j.state = 'active') as active,
       count(j.id) filter (where ${STALLED}) as stalled,
       count(j.id) filter (where j.state = 'failed') as failed
     from ${Q} q left join ${J} j on j.name = q.name and j.state in ('created', 'retry', 'active', 'failed')
     where q.name not like '\\_\\_pgboss\\_\\_%'
     group by q.name, q.dead_letter, q.retry_limit, q.expire_seconds
     order by q.name = ? desc, q.name`,
    [DEAD_LETTER_QUEUE],
  );
  const list = (where: string, order: string) =>
    em.execute<JobRow[]>(`select ${JOB_COLUMNS} from ${J} j where ${where} order by ${order} limit ${LIST_LIMIT}`, [DEAD_LETTER_QUEUE]);
  const [failed, stalled, deadLettered] = await Promise.all([
    list(`j.state = 'failed' and j.name <> ?`, 'j.completed_on desc nulls last, j.id'),
    list(`${STALLED} and j.name <> ?`, 'j.started_on, j.id'),
    list(`j.name = ? and j.state < 'active'`, 'j.created_on desc, j.id'),
  ]);
  return {
    queues: queues.map((q) => ({
      name: q.name,
      isDeadLetter: q.name === DEAD_LETTER_QUEUE,
      deadLetter: q.dead_letter,
      retryLimit: q.retry_limit,
      expireInSeconds: q.expire_seconds,
      created: Number(q.created),
      retry: Number(q.retry),
      active: Number(q.active),
      stalled: Number(q.stalled),
      failed: Number(q.failed),
    })) satisfies JobQueueStatus[],
    failed: failed.map(toJob),
    stalled: stalled.map(toJob),
    deadLettered: deadLettered.map(toJob),
  };
}

/** What the admin home counts: failed and stalled jobs (two indexed counts). */
export async function jobProblemCounts(em: EntityManager): Promise<JobProblemCounts> {
  const [row] = await em.execute<Array<{ failed: string; stalled: string }>>(
    `select (select count(*) from ${J} j where j.state = 'failed' and j.name <> ?) as failed,
            (select count(*) from ${J} j where ${STALLED} and j.name <> ?) as stalled`,
    [DEAD_LETTER_QUEUE, DEAD_LETTER_QUEUE],
  );
  return { failed: Number(row?.failed ?? 0), stalled: Number(row?.stalled ?? 0) };
}

async function findJob(em: EntityManager, queue: string, id: string): Promise<BackgroundJob | null> {
  if (!UUID.test(id)) return null;
  const [row] = await em.execute<JobRow[]>(`select ${JOB_COLUMNS} from ${J} j where j.name = ? and j.id = ?::uuid`, [queue, id]);
  return row ? toJob(row) : null;
}

export async function backgroundJob(ctx: Pick<AppContext, 'em'>, queue: string, id: string): Promise<BackgroundJob> {
  checkRef(queue, id);
  const job = await findJob(ctx.em, queue, id);
  if (!job) throw notFound('The job');
  return job;
}

function checkRef(queue: string, id: string): void {
  if (!queue.trim() || queue.length > 100) throw badInput('Give the queue of the job', { queue: 'Give the queue of the job' });
  if (!UUID.test(id)) throw badInput('Give the id of the job', { id: 'Give the id of a job' });
}

export type JobAction = 'retry' | 'discard';

/** The job an action applies to, as it is now; CONFLICT when it is no longer failed, stalled or dead-lettered. */
async function actionable(em: EntityManager, queue: string, id: string, action: JobAction): Promise<BackgroundJob> {
  const job = await findJob(em, queue, id);
  if (!job) throw notFound('The job');
  const deadLetter = queue === DEAD_LETTER_QUEUE && (job.state === JobState.CREATED || job.state === JobState.RETRY);
  if (job.state !== JobState.FAILED && !job.stalled && !deadLetter)
    throw conflict(`This job cannot be ${action === 'retry' ? 'retried' : 'discarded'}: it is ${job.state === JobState.ACTIVE ? 'running' : job.state}, not failed or stalled`);
  return job;
}

/** Deletes the dead-letter copies of a failed job (its retry or discard settles them too). */
async function dropDeadLetterCopies(em: EntityManager, sourceQueue: string, sourceId: string): Promise<void> {
  await em.execute(`delete from ${J} where name = ? and source_name = ? and source_id = ?::uuid and state < 'active'`, [DEAD_LETTER_QUEUE, sourceQueue, sourceId]);
}

/** Deletes the failed original of a dead-letter copy (the copy's retry or discard settles it). */
async function dropFailedOriginal(ctx: AppContext, tx: EntityManager, job: BackgroundJob): Promise<void> {
  if (!job.sourceQueue || !job.sourceId) return;
  const [original] = await tx.execute<Array<{ state: string }>>(`select state::text as state from ${J} where name = ? and id = ?::uuid`, [job.sourceQueue, job.sourceId]);
  if (original?.state === JobState.FAILED) await ctx.jobs.boss.deleteJob(job.sourceQueue, job.sourceId, { db: transactionDb(tx, 'dropFailedOriginal') });
}

/**
 * Runs a failed, stalled or dead-lettered job again:
 * - failed: back to its queue for one more run (pg-boss `retry`), its dead-letter copy removed;
 * - stalled: released now (pg-boss `fail`), so it is retried, or, out of retries, retried as a failed job;
 * - dead-lettered: re-created on its own queue with a full set of retries (pg-boss `redrive`), its failed original removed.
 * Returns the job that will run.
 */
export async function retryJob(ctx: AppContext, queue: string, id: string): Promise<BackgroundJob> {
  const viewer = requireViewer(ctx);
  checkRef(queue, id);
  const { boss } = ctx.jobs;
  const result = await ctx.em.transactional(async (tx) => {
    const job = await actionable(tx, queue, id, 'retry');
    const db = transactionDb(tx, 'retryJob');
    let runs = { queue, id };
    if (queue === DEAD_LETTER_QUEUE) {
      const [root] = await tx.execute<Array<{ root: string | null }>>(`select coalesce(source_root_id, source_id)::text as root from ${J} where name = ? and id = ?::uuid`, [
        queue,
        id,
      ]);
      const moved = await boss.redrive(DEAD_LETTER_QUEUE, { ids: [id], limit: 1, db });
      if (moved !== 1) throw conflict(`This job cannot be retried: its queue ${job.sourceQueue ?? '(unknown)'} does not take it back`);
      await dropFailedOriginal(ctx, tx, job);
      const [created] = await tx.execute<Array<{ id: string; name: string }>>(
        `select id::text as id, name from ${J} where name = ? and source_root_id = ?::uuid order by created_on desc limit 1`,
        [job.sourceQueue, root?.root ?? null],
      );
      if (created) runs = { queue: created.name, id: created.id };
    } else if (job.state === JobState.ACTIVE) {
      await boss.fail(queue, id, { message: `Released by ${viewer.email}: the job had stalled` }, { db });
      const after = await findJob(tx, queue, id);
      if (after?.state === JobState.FAILED) {
        await boss.retry(queue, id, { db });
        await dropDeadLetterCopies(tx, queue, id);
      }
    } else {
      const { affected } = (await boss.retry(queue, id, { db })) as { affected?: number };
      if (affected !== 1) throw conflict('This job cannot be retried: it has changed since the page was shown');
      await dropDeadLetterCopies(tx, queue, id);
    }
    recordAudit(tx, ctx.clock.now(), {
      type: AuditType.RETRY_JOB,
      actor: viewer,
      objectType: 'Job',
      objectId: id,
      data: { queue, jobId: id, state: job.state, stalled: job.stalled, error: job.lastError?.slice(0, 500) ?? null, runs },
    });
    return runs;
  });
  return (await findJob(ctx.em, result.queue, result.id)) ?? (await backgroundJob(ctx, queue, id));
}

/**
 * Gives up on a failed, stalled or dead-lettered job: a failed or dead-lettered one is deleted with
 * its copy or original, a stalled one cancelled (its worker's result is then ignored). The audit
 * event keeps what it was and its error.
 */
export async function discardJob(ctx: AppContext, queue: string, id: string): Promise<boolean> {
  const viewer = requireViewer(ctx);
  checkRef(queue, id);
  const { boss } = ctx.jobs;
  await ctx.em.transactional(async (tx) => {
    const job = await actionable(tx, queue, id, 'discard');
    const db = transactionDb(tx, 'discardJob');
    if (queue === DEAD_LETTER_QUEUE) {
      await boss.deleteJob(queue, id, { db });
      await dropFailedOriginal(ctx, tx, job);
    } else if (job.state === JobState.ACTIVE) {
      await boss.cancel(queue, id, { db });
    } else {
      await boss.deleteJob(queue, id, { db });
      await dropDeadLetterCopies(tx, queue, id);
    }
    recordAudit(tx, ctx.clock.now(), {
      type: AuditType.DISCARD_JOB,
      actor: viewer,
      objectType: 'Job',
      objectId: id,
      data: { queue, jobId: id, state: job.state, stalled: job.stalled, data: job.data.slice(0, 500), error: job.lastError?.slice(0, 500) ?? null },
    });
  });
  return true;
}
