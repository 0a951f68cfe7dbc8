import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/support/db.js';
import { entities } from '../modules/index.js';
import { createSearchIndex } from '../modules/search/index.js';
import { FrameworkContent } from '../modules/frameworks/content/catalogue.js';
import { systemClock } from './clock.js';
import { initOrm } from './db.js';
import { JOB_RECOVERY_BOUND_SECONDS, JobQueue, defineJob } from './jobs.js';
import { createLogger } from './logger.js';

/** One content catalogue for this process, as an entry point builds it. */
const content = new FrameworkContent();

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CRASH_QUEUE = 'test.crash-recovery';

/** Runs in this process once the other worker is dead: records when and on which attempt. */
const finished: Array<{ n: number; attempt: number; at: number }> = [];
const crashJob = defineJob<{ n: number }>({
  name: CRASH_QUEUE,
  async handle(data, ctx) {
    finished.push({ n: data.n, attempt: ctx.attempt, at: Date.now() });
  },
});

/** A job that runs longer than the heartbeat window: it must not be taken away from its live worker. */
const LONG_JOB_MS = 17_000;
const longRuns: Array<{ attempt: number; done: boolean }> = [];
const longJob = defineJob<{ n: number }>({
  name: 'test.long-running',
  queue: { retryLimit: 3, retryDelay: 1, retryBackoff: false },
  async handle(_data, ctx) {
    const run = { attempt: ctx.attempt, done: false };
    longRuns.push(run);
    await new Promise((r) => setTimeout(r, LONG_JOB_MS));
    run.done = true;
  },
});

let orm: MikroORM;
let jobs: JobQueue;
let url: string;
let drop: () => Promise<void>;
const children: ChildProcess[] = [];

async function waitFor(predicate: () => boolean | Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('condition not met in time');
}

async function enqueue<T extends object>(def: Parameters<JobQueue['enqueue']>[1], data: T): Promise<string> {
  let id: string | null = null;
  await orm.em.fork().transactional(async (tx) => {
    id = await jobs.enqueue(tx, def as never, data as never);
  });
  return id!;
}

/** Starts test/fixtures/job-worker.ts on the queue; resolves with the process once it holds a job. */
function startCrashWorker(): Promise<{ child: ChildProcess; tookJob: Promise<string> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(serverRoot, 'test/fixtures/job-worker.ts'), url, CRASH_QUEUE], {
    cwd: serverRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  let out = '';
  let onTook: (id: string) => void = () => {};
  const tookJob = new Promise<string>((resolve) => (onTook = resolve));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('ready')) resolve({ child, tookJob });
      const took = /took (\S+)/.exec(out);
      if (took) onTook(took[1]!);
    });
    child.once('exit', (code, signal) => reject(new Error(`crash worker exited early (${code ?? signal})`)));
  });
}

beforeAll(async () => {
  const db = await createTestDatabase();
  url = db.url;
  drop = db.drop;
  const logger = createLogger('silent', 'jobs-recovery-test');
  orm = await initOrm(db.url, entities, logger);
  // This process is a worker too, supervising (it is the one that notices the other has died).
  jobs = await JobQueue.start({ connectionString: db.url, logger, supervise: true });
  await jobs.ensureQueues([crashJob, longJob] as never[]);
});

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await jobs?.stop(2_000);
  await orm?.close();
  await drop?.();
});

describe('job recovery after a worker dies (real processes, real Postgres)', () => {
  it(`hands a SIGKILLed worker's job to another worker within ${JOB_RECOVERY_BOUND_SECONDS} s, and leaves a long job with its live worker`, async () => {
    // A job that outlives the heartbeat window, on this (live) process's worker.
    await jobs.work([longJob] as never[], { orm, clock: systemClock, concurrency: 1, search: createSearchIndex({}, content), content });
    await enqueue(longJob, { n: 1 });

    const { child, tookJob } = await startCrashWorker();
    const jobId = await enqueue(crashJob, { n: 7 });
    expect(await tookJob).toBe(jobId);

    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    const killedAt = Date.now();
    await jobs.work([crashJob] as never[], { orm, clock: systemClock, concurrency: 1, search: createSearchIndex({}, content), content });

    await waitFor(() => finished.some((f) => f.n === 7), (JOB_RECOVERY_BOUND_SECONDS + 5) * 1000);
    const done = finished.find((f) => f.n === 7)!;
    const recoverySeconds = (done.at - killedAt) / 1000;
    process.stdout.write(`[jobs] job of the SIGKILLed worker completed elsewhere ${recoverySeconds.toFixed(1)} s after the kill\n`);
    expect(recoverySeconds).toBeLessThanOrEqual(JOB_RECOVERY_BOUND_SECONDS);
    expect(done.attempt).toBe(2);

    // The long job ran once, to its end, on its first attempt: heartbeats kept it.
    await waitFor(() => longRuns.some((r) => r.done), LONG_JOB_MS + 10_000);
    await waitFor(async () => {
      const rows = await orm.em.fork().getConnection().execute<Array<{ state: string }>>(`select state from pgboss.job where name = 'test.long-running'`);
      return rows.length === 1 && rows[0]!.state === 'completed';
    }, 5_000);
    expect(longRuns).toEqual([{ attempt: 1, done: true }]);
  }, 60_000);
});
