import { CompiledQuery, type Transaction } from 'kysely';
import { PgBoss, type Queue, type SendOptions } from 'pg-boss';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { ContentCatalogue } from './content-port.js';
import { isDatabaseUnavailable } from './errors.js';
import type { Logger } from './logger.js';
import type { Mailer } from './mailer.js';
import type { SearchIndex } from './search-port.js';
import type { DocumentStorage } from './storage-port.js';
import type { VirusScanner } from './clamd.js';

export interface JobContext {
  jobId: string;
  attempt: number;
  em: EntityManager;
  clock: Clock;
  logger: Logger;
  jobs: JobQueue;
  /** The process's configuration (site addresses for links, secrets for tokens); absent in bare job tests. */
  config?: Config;
  /** null when no SMTP server is configured (development outbox). */
  mailer: Mailer | null;
  /** The search adapter the entry point built from the configuration. */
  search: SearchIndex;
  /** The framework content, parsed once per process (built by the entry point). */
  content: ContentCatalogue;
  /** The document storage (absent in bare job tests). */
  storage?: DocumentStorage;
  /** The virus scanner; null when none is configured (documents then wait, unscanned). */
  scanner?: VirusScanner | null;
}

/**
 * A named queue and its handler. Payloads carry ids only; handlers must be idempotent, because a
 * job may run more than once (retry after a crash, or a lost acknowledgement).
 */
export interface JobDefinition<T extends object> {
  /** `<domain>.<action>`, e.g. `email.send` or `search.index-service`. */
  name: string;
  queue?: Omit<Queue, 'name' | 'deadLetter'>;
  /** Cron expression (UTC) for recurring jobs. */
  cron?: string;
  handle(data: T, ctx: JobContext): Promise<void>;
}

export function defineJob<T extends object>(def: JobDefinition<T>): JobDefinition<T> {
  return def;
}

/** What one worker process runs: some job queues, and whether it runs the domain event handlers. */
export interface WorkSelection {
  jobs: ReadonlySet<string>;
  events: boolean;
}

/**
 * Reads `WORKER_JOBS`: comma-separated items, applied in order, each adding (or, with a leading
 * `-`, removing) work: `all` (every job and the event handlers), `events` (the handlers), a job's
 * name (`documents.scan`) or a module's jobs (`documents.*`). So several workers can split the
 * work: `all,-documents.scan` beside a scanner with `documents.scan` alone. A name that matches no
 * job is an error, so that a typo does not silently leave a queue without a worker.
 */
export function selectWork(spec: string, names: readonly string[]): WorkSelection {
  const jobs = new Set<string>();
  let events = false;
  for (const raw of spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const remove = raw.startsWith('-');
    const item = remove ? raw.slice(1) : raw;
    const apply = (name: string) => (remove ? jobs.delete(name) : jobs.add(name));
    if (item === 'all') {
      names.forEach(apply);
      events = !remove;
    } else if (item === 'events') events = !remove;
    else {
      const matched = item.endsWith('.*') ? names.filter((n) => n.startsWith(item.slice(0, -1))) : names.filter((n) => n === item);
      if (!matched.length) throw new Error(`WORKER_JOBS names "${item}", which matches no job (jobs: ${names.join(', ')})`);
      matched.forEach(apply);
    }
  }
  return { jobs, events };
}

/** Failed jobs that used up their retries land here for an admin to inspect and redrive. */
export const DEAD_LETTER_QUEUE = 'jobs.dead-letter';

/** The Postgres schema pg-boss keeps its tables in (its default, named so that admin queries can read them). */
export const JOB_SCHEMA = 'pgboss';

/**
 * pg-boss's `db` option for statements that must run in `em`'s current transaction (a job enqueued
 * with the change that asked for it; an admin's retry audited with it).
 */
export function transactionDb(em: EntityManager, what: string): { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> } {
  // MikroORM's transaction context is a Kysely transaction: run pg-boss's SQL (with its native
  // $1… parameters) on that same connection.
  const trx = em.getTransactionContext<Transaction<unknown>>();
  if (!trx) throw new Error(`${what} must run inside a transaction`);
  return {
    executeSql: async (text: string, values?: unknown[]) => {
      const result = await trx.executeQuery(CompiledQuery.raw(text, values ?? []));
      return { rows: result.rows as unknown[] };
    },
  };
}

/**
 * Finding a dead worker's jobs. A worker touches each job it holds every `heartbeatSeconds / 2`;
 * a supervising process (every worker) checks every `superviseIntervalSeconds` and fails a job whose
 * heartbeat is older than `heartbeatSeconds` (pg-boss's minimum is 10), which puts it back to be
 * retried. So a SIGKILLed worker's jobs are released within heartbeat + supervise seconds and run
 * again after their queue's retry delay, however long the queue's expiry is; a long job (a search
 * rebuild) keeps its claim for as long as its worker is alive. `expireInSeconds` stays as the
 * ceiling for a handler that hangs in a live worker.
 */
export const JOB_RECOVERY = { heartbeatSeconds: 10, superviseIntervalSeconds: 5 } as const;

const defaultQueue: Omit<Queue, 'name'> = {
  retryLimit: 5,
  retryDelay: 5,
  retryBackoff: true,
  retryDelayMax: 300,
  expireInSeconds: 15 * 60,
  heartbeatSeconds: JOB_RECOVERY.heartbeatSeconds,
  deadLetter: DEAD_LETTER_QUEUE,
};

/**
 * The promise for a job on a queue with the default retry options whose worker died: released
 * (heartbeat + supervise), retried after at most `retryDelay` (the first backoff step), then
 * fetched on the next poll; the rest is margin for a loaded machine.
 */
export const JOB_RECOVERY_BOUND_SECONDS = JOB_RECOVERY.heartbeatSeconds + JOB_RECOVERY.superviseIntervalSeconds + (defaultQueue.retryDelay ?? 0) + 10;

/** The pool pg-boss keeps: a connection attempt fails after this long instead of hanging. */
const QUEUE_CONNECT_TIMEOUT_MS = 5_000;
/** While the database is unreachable, it is probed with a backoff between these bounds. */
const OUTAGE_PROBE_FIRST_MS = 1_000;
const OUTAGE_PROBE_MAX_MS = 10_000;
/** While the database is unreachable, one line per this interval; other errors repeat at most this often. */
const ERROR_LOG_INTERVAL_MS = 60_000;

export interface JobQueueOptions {
  connectionString: string;
  logger: Logger;
  /** Run maintenance and cron scheduling (the worker); the API only enqueues. */
  supervise: boolean;
}

/**
 * Holds pg-boss's statements while the database is unreachable. The first statement that fails
 * with a connection error shuts the gate (and still fails); from then on every statement (the
 * polls of every queue's workers, heartbeats, supervision) waits at the gate instead of failing
 * twice a second each, while one probe (`select 1`) retries with a backoff. When a probe gets
 * through, the gate opens and everything carries on. `dispose()` (shutdown) opens it for good, so
 * that stopping never waits for the database to come back.
 */
class OutageGate {
  private outage: { since: number; delayMs: number; timer?: NodeJS.Timeout; reopen(): void; reopened: Promise<void> } | null = null;
  private disposed = false;

  constructor(
    private readonly probe: () => Promise<unknown>,
    private readonly on: { down(err: unknown): void; stillDown(downForMs: number): void; up(downForMs: number): void },
  ) {}

  get isDown(): boolean {
    return this.outage !== null;
  }

  async run<T>(statement: () => Promise<T>): Promise<T> {
    if (this.outage) await this.outage.reopened;
    try {
      return await statement();
    } catch (err) {
      if (!this.disposed && !this.outage && isDatabaseUnavailable(err)) this.shut(err);
      throw err;
    }
  }

  dispose(): void {
    this.disposed = true;
    const outage = this.outage;
    this.outage = null;
    if (outage) {
      clearTimeout(outage.timer);
      outage.reopen();
    }
  }

  private shut(err: unknown): void {
    let reopen: () => void = () => {};
    const reopened = new Promise<void>((resolve) => (reopen = resolve));
    this.outage = { since: Date.now(), delayMs: OUTAGE_PROBE_FIRST_MS, reopen, reopened };
    this.on.down(err);
    this.scheduleProbe();
  }

  private scheduleProbe(): void {
    const outage = this.outage;
    if (!outage) return;
    outage.timer = setTimeout(() => {
      this.probe().then(
        () => {
          if (this.outage !== outage) return;
          this.outage = null;
          outage.reopen();
          this.on.up(Date.now() - outage.since);
        },
        () => {
          if (this.outage !== outage) return;
          this.on.stillDown(Date.now() - outage.since);
          outage.delayMs = Math.min(outage.delayMs * 2, OUTAGE_PROBE_MAX_MS);
          this.scheduleProbe();
        },
      );
    }, outage.delayMs);
    // pg-boss's own timers keep a working process alive; this one must not keep a stopped one.
    outage.timer.unref();
  }
}

/**
 * pg-boss's 'error' events, logged without flooding: while the database is unreachable (the gate
 * is shut) they are counted, not logged; other errors are logged once per interval per kind.
 */
function queueErrorLog(logger: Logger, gate: () => OutageGate) {
  let outageErrors = 0;
  let outageLoggedAt = 0;
  const lastLogged = new Map<string, { at: number; repeats: number }>();
  return {
    error(err: unknown): void {
      if (gate().isDown) {
        outageErrors += 1;
        return;
      }
      const message = String((err as { message?: unknown })?.message ?? err);
      // Poll errors carry the worker's id: the same failure on every worker is one kind.
      const kind = `${isDatabaseUnavailable(err) ? 'connection' : 'other'}:${message.replace(/ \(Queue: [^)]*\)$/, '').slice(0, 200)}`;
      const now = Date.now();
      const last = lastLogged.get(kind);
      if (last && now - last.at < ERROR_LOG_INTERVAL_MS) {
        last.repeats += 1;
        return;
      }
      if (lastLogged.size >= 100) lastLogged.clear();
      lastLogged.set(kind, { at: now, repeats: 0 });
      const repeated = last?.repeats ? { repeatedSinceLastLine: last.repeats } : {};
      if (isDatabaseUnavailable(err)) logger.warn({ err, ...repeated }, 'job queue: database connection lost');
      else logger.error({ err, ...repeated }, 'job queue error');
    },
    down(err: unknown): void {
      outageErrors = 0;
      outageLoggedAt = Date.now();
      logger.error({ err }, 'job queue: database unreachable; polling paused until it answers again');
    },
    stillDown(downForMs: number): void {
      if (Date.now() - outageLoggedAt < ERROR_LOG_INTERVAL_MS) return;
      outageLoggedAt = Date.now();
      logger.error({ downForMs, errorsSinceLastLine: outageErrors }, 'job queue: database still unreachable; polling paused');
      outageErrors = 0;
    },
    up(downForMs: number): void {
      logger.info({ downForMs, errorsWhileDown: outageErrors }, 'job queue: database reachable again; polling resumed');
      outageErrors = 0;
      lastLogged.clear();
    },
  };
}

/**
 * pg-boss on the application's own Postgres. Enqueueing goes through the caller's transaction,
 * so a job exists exactly when the change that asked for it commits (a transactional outbox).
 */
export class JobQueue {
  private readonly workers: string[] = [];
  private constructor(
    readonly boss: PgBoss,
    private readonly logger: Logger,
    private readonly gate: OutageGate,
  ) {}

  static async start(opts: JobQueueOptions): Promise<JobQueue> {
    const boss = new PgBoss({
      connectionString: opts.connectionString,
      schema: JOB_SCHEMA,
      max: 4,
      connectionTimeoutMillis: QUEUE_CONNECT_TIMEOUT_MS,
      supervise: opts.supervise,
      schedule: opts.supervise,
      migrate: true,
      cronWorkerIntervalSeconds: 5,
      // Heartbeat checks (and expiry) run every pass; see JOB_RECOVERY.
      superviseIntervalSeconds: JOB_RECOVERY.superviseIntervalSeconds,
      monitorIntervalSeconds: JOB_RECOVERY.superviseIntervalSeconds,
    });
    const logger = opts.logger.child({ component: 'jobs' });
    // Every statement pg-boss runs on its own pool goes through this one object's executeSql (its
    // components share it), so the outage gate wraps it there. Jobs enqueued in the caller's
    // transaction (enqueue) use the caller's connection and never wait at the gate.
    const db = boss.getDb();
    const execute = db.executeSql.bind(db) as (...args: unknown[]) => Promise<{ rows: unknown[] }>;
    const log = queueErrorLog(logger, () => gate);
    const gate = new OutageGate(() => execute('select 1'), log);
    db.executeSql = ((...args: unknown[]) => gate.run(() => execute(...args))) as typeof db.executeSql;
    boss.on('error', (err) => log.error(err));
    try {
      await boss.start();
    } catch (e) {
      gate.dispose();
      throw e;
    }
    await boss.createQueue(DEAD_LETTER_QUEUE, { retentionSeconds: 14 * 24 * 3600 }).catch(ignoreExists);
    return new JobQueue(boss, logger, gate);
  }

  /** Creates (or updates the options of) every queue the definitions name. Safe to call from every process. */
  async ensureQueues(defs: readonly JobDefinition<never>[]): Promise<void> {
    for (const def of defs) {
      const options = { ...defaultQueue, ...def.queue };
      if (!options.retryBackoff) delete options.retryDelayMax;
      const existing = await this.boss.getQueue(def.name);
      // A queue's policy is fixed when it is created (pg-boss refuses to change it).
      const { policy, ...changeable } = options;
      if (existing && policy && existing.policy !== policy)
        this.logger.warn({ queue: def.name, policy: existing.policy, wanted: policy }, 'queue policy differs from its definition; recreate the queue (when empty) to change it');
      if (existing) await this.boss.updateQueue(def.name, changeable);
      else await this.boss.createQueue(def.name, options).catch(ignoreExists);
    }
  }

  /**
   * Adds a job inside `em`'s current transaction (call it within `em.transactional`).
   * If the transaction rolls back, the job never existed.
   */
  async enqueue<T extends object>(em: EntityManager, def: JobDefinition<T>, data: T, options: SendOptions = {}): Promise<string | null> {
    return this.boss.send(def.name, data, { ...options, db: transactionDb(em, `enqueue(${def.name})`) });
  }

  /** Starts handlers for the given definitions (the worker process). */
  async work(
    defs: readonly JobDefinition<never>[],
    deps: {
      orm: MikroORM;
      clock: Clock;
      concurrency: number;
      search: SearchIndex;
      content: ContentCatalogue;
      mailer?: Mailer | null;
      config?: Config;
      storage?: DocumentStorage;
      scanner?: VirusScanner | null;
    },
  ): Promise<void> {
    await this.ensureQueues(defs);
    for (const def of defs as readonly JobDefinition<object>[]) {
      const id = await this.boss.work<object>(def.name, { pollingIntervalSeconds: 0.5, localConcurrency: deps.concurrency }, async ([job]) => {
        if (!job) return;
        const logger = this.logger.child({ job: def.name, jobId: job.id, attempt: job.retryCount + 1 });
        const started = performance.now();
        try {
          await def.handle(job.data, {
            jobId: job.id,
            attempt: job.retryCount + 1,
            em: deps.orm.em.fork(),
            clock: deps.clock,
            logger,
            jobs: this,
            config: deps.config,
            mailer: deps.mailer ?? null,
            search: deps.search,
            content: deps.content,
            storage: deps.storage,
            scanner: deps.scanner ?? null,
          });
          logger.info({ ms: Math.round(performance.now() - started) }, 'job done');
        } catch (err) {
          logger.warn({ err }, 'job failed; it will be retried until its limit, then dead-lettered');
          throw err;
        }
      });
      this.workers.push(id);
      if (def.cron) await this.boss.schedule(def.name, def.cron, {}, { tz: 'UTC' });
    }
  }

  /** Graceful: finish the jobs in hand, take no new ones. */
  async stop(timeoutMs = 20_000): Promise<void> {
    this.gate.dispose();
    await this.boss.stop({ graceful: true, close: true, timeout: timeoutMs });
  }
}

function ignoreExists(e: unknown): void {
  if (!/already exists/i.test(String((e as Error)?.message))) throw e;
}
