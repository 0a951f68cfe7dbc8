import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/support/db.js';
import { entities } from '../modules/index.js';
import { createSearchIndex } from '../modules/search/index.js';
import { FrameworkContent } from '../modules/frameworks/content/catalogue.js';
import { ManualClock } from './clock.js';
import { initOrm } from './db.js';
import { DEAD_LETTER_QUEUE, JOB_RECOVERY, JobQueue, defineJob } from './jobs.js';
import { createLogger } from './logger.js';

/** One content catalogue for this process, as an entry point builds it. */
const content = new FrameworkContent();

const seen: Array<{ id: number; attempt: number }> = [];
let failFirstAttempt = new Set<number>();

const recordJob = defineJob<{ id: number }>({
  name: 'test.record',
  queue: { retryLimit: 2, retryDelay: 1, retryBackoff: false },
  async handle(data, ctx) {
    if (failFirstAttempt.has(data.id) && ctx.attempt === 1) throw new Error(`first attempt of ${data.id} fails`);
    seen.push({ id: data.id, attempt: ctx.attempt });
  },
});
const alwaysFails = defineJob<{ id: number }>({
  name: 'test.always-fails',
  queue: { retryLimit: 0 },
  async handle() {
    throw new Error('broken handler');
  },
});

let orm: MikroORM;
let jobs: JobQueue;
let drop: () => Promise<void>;

async function waitFor(predicate: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('condition not met in time');
}

beforeAll(async () => {
  const db = await createTestDatabase();
  drop = db.drop;
  const logger = createLogger('silent', 'jobs-test');
  orm = await initOrm(db.url, entities, logger);
  jobs = await JobQueue.start({ connectionString: db.url, logger, supervise: true });
  await jobs.work([recordJob, alwaysFails] as never[], { orm, clock: new ManualClock('2024-01-01T00:00:00Z'), concurrency: 1, search: createSearchIndex({}, content), content });
});

afterAll(async () => {
  await jobs?.stop(2_000);
  await orm?.close();
  await drop?.();
});

describe('job queue (pg-boss on the real Postgres)', () => {
  it('runs a job enqueued in a transaction once that transaction commits', async () => {
    await orm.em.fork().transactional(async (tx) => {
      await jobs.enqueue(tx, recordJob, { id: 1 });
    });
    await waitFor(() => seen.some((s) => s.id === 1));
  });

  it('never runs a job whose transaction rolled back', async () => {
    await expect(
      orm.em.fork().transactional(async (tx) => {
        await jobs.enqueue(tx, recordJob, { id: 2 });
        throw new Error('the change failed validation');
      }),
    ).rejects.toThrow('the change failed validation');
    await orm.em.fork().transactional(async (tx) => {
      await jobs.enqueue(tx, recordJob, { id: 3 });
    });
    await waitFor(() => seen.some((s) => s.id === 3));
    expect(seen.some((s) => s.id === 2)).toBe(false);
    const rows = await orm.em.fork().getConnection().execute<Array<{ n: number }>>(`select count(*)::int as n from pgboss.job where name = 'test.record' and data->>'id' = '2'`);
    expect(rows[0]!.n).toBe(0);
  });

  it('refuses to enqueue outside a transaction', async () => {
    await expect(jobs.enqueue(orm.em.fork(), recordJob, { id: 9 })).rejects.toThrow(/must run inside a transaction/);
  });

  it('retries a failed job and succeeds on a later attempt', async () => {
    failFirstAttempt = new Set([4]);
    await orm.em.fork().transactional(async (tx) => {
      await jobs.enqueue(tx, recordJob, { id: 4 });
    });
    await waitFor(() => seen.some((s) => s.id === 4));
    expect(seen.find((s) => s.id === 4)!.attempt).toBe(2);
  });

  it("gives every queue a heartbeat, so a dead worker's jobs are released in seconds (see jobs.recovery.test.ts)", async () => {
    const rows = await orm.em
      .fork()
      .getConnection()
      .execute<Array<{ name: string; heartbeat_seconds: number | null }>>(
        `select name, heartbeat_seconds from pgboss.queue where name in ('test.record', 'test.always-fails') order by name`,
      );
    expect(rows).toEqual([
      { name: 'test.always-fails', heartbeat_seconds: JOB_RECOVERY.heartbeatSeconds },
      { name: 'test.record', heartbeat_seconds: JOB_RECOVERY.heartbeatSeconds },
    ]);
  });

  it('moves a job that used up its retries to the dead-letter queue', async () => {
    await orm.em.fork().transactional(async (tx) => {
      await jobs.enqueue(tx, alwaysFails, { id: 5 });
    });
    await waitFor(async () => {
      const rows = await orm.em.fork().getConnection().execute<Array<{ data: { id?: number } }>>(`select data from pgboss.job where name = '${DEAD_LETTER_QUEUE}'`);
      return rows.some((r) => r.data?.id === 5);
    });
  });
});
