import { CompiledQuery, type Transaction } from 'kysely';
import { PgBoss, type Queue, type SendOptions } from 'pg-boss';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { Mailer } from './mailer.js';

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

/** Failed jobs that used up their retries land here for an admin to inspect and redrive. */
export const DEAD_LETTER_QUEUE = 'jobs.dead-letter';

const defaultQueue: Omit<Queue, 'name'> = {
  retryLimit: 5,
  retryDelay: 5,
  retryBackoff: true,
  retryDelayMax: 300,
  expireInSeconds: 15 * 60,
  deadLetter: DEAD_LETTER_QUEUE,
};

export interface JobQueueOptions {
  connectionString: string;
  logger: Logger;
  /** Run maintenance and cron scheduling (the worker); the API only enqueues. */
  supervise: boolean;
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
  ) {}

  static async start(opts: JobQueueOptions): Promise<JobQueue> {
    const boss = new PgBoss({
      connectionString: opts.connectionString,
      max: 4,
      supervise: opts.supervise,
      schedule: opts.supervise,
      migrate: true,
      cronWorkerIntervalSeconds: 5,
    });
    const logger = opts.logger.child({ component: 'jobs' });
    boss.on('error', (err) => logger.error({ err }, 'job queue error'));
    await boss.start();
    await boss.createQueue(DEAD_LETTER_QUEUE, { retentionSeconds: 14 * 24 * 3600 }).catch(ignoreExists);
    return new JobQueue(boss, logger);
  }

  /** Creates (or updates the options of) every queue the definitions name. Safe to call from every process. */
  async ensureQueues(defs: readonly JobDefinition<never>[]): Promise<void> {
    for (const def of defs) {
      const options = { ...defaultQueue, ...def.queue };
      if (!options.retryBackoff) delete options.retryDelayMax;
      const existing = await this.boss.getQueue(def.name);
      if (existing) await this.boss.updateQueue(def.name, options);
      else await this.boss.createQueue(def.name, options).catch(ignoreExists);
    }
  }

  /**
   * Adds a job inside `em`'s current transaction (call it within `em.transactional`).
   * If the transaction rolls back, the job never existed.
   */
  async enqueue<T extends object>(em: EntityManager, def: JobDefinition<T>, data: T, options: SendOptions = {}): Promise<string | null> {
    // MikroORM's transaction context is a Kysely transaction: run pg-boss's SQL (with its native
    // $1… parameters) on that same connection.
    const trx = em.getTransactionContext<Transaction<unknown>>();
    if (!trx) throw new Error(`enqueue(${def.name}) must run inside a transaction so the job commits with the change`);
    return this.boss.send(def.name, data, {
      ...options,
      db: {
        executeSql: async (text: string, values?: unknown[]) => {
          const result = await trx.executeQuery(CompiledQuery.raw(text, values ?? []));
          return { rows: result.rows as unknown[] };
        },
      },
    });
  }

  /** Starts handlers for the given definitions (the worker process). */
  async work(defs: readonly JobDefinition<never>[], deps: { orm: MikroORM; clock: Clock; concurrency: number; mailer?: Mailer | null; config?: Config }): Promise<void> {
    await this.ensureQueues(defs);
    for (const def of defs as readonly JobDefinition<object>[]) {
      const id = await this.boss.work<object>(
        def.name,
        { pollingIntervalSeconds: 0.5, localConcurrency: deps.concurrency },
        async ([job]) => {
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
            });
            logger.info({ ms: Math.round(performance.now() - started) }, 'job done');
          } catch (err) {
            logger.warn({ err }, 'job failed; it will be retried until its limit, then dead-lettered');
            throw err;
          }
        },
      );
      this.workers.push(id);
      if (def.cron) await this.boss.schedule(def.name, def.cron, {}, { tz: 'UTC' });
    }
  }

  /** Graceful: finish the jobs in hand, take no new ones. */
  async stop(timeoutMs = 20_000): Promise<void> {
    await this.boss.stop({ graceful: true, close: true, timeout: timeoutMs });
  }
}

function ignoreExists(e: unknown): void {
  if (!/already exists/i.test(String((e as Error)?.message))) throw e;
}
