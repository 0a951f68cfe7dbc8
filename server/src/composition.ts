import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from './app/clock.js';
import type { Config } from './app/config.js';
import type { ContentCatalogue } from './app/content-port.js';
import { EventWatcher } from './app/event-watch.js';
import { EventDispatcher } from './app/events.js';
import { createHttpApp, type HttpApp } from './app/http.js';
import { selectWork, type JobQueue } from './app/jobs.js';
import type { Logger } from './app/logger.js';
import type { Mailer } from './app/mailer.js';
import { buildAppSchema, type AppSchema } from './app/schema.js';
import type { SearchIndex } from './app/search-port.js';
import { schemasDir } from './commands/schemas.js';
import { recordAdminRefusal } from './modules/audit/index.js';
import { SchemaRegistry } from './modules/frameworks/content/schema-registry.js';
import { handlers, inTransaction, jobs as jobDefinitions, perProcess, publicReads, resolvers, routes, unseenEvents } from './modules/index.js';
import { createDocumentStorage } from './app/storage/index.js';
import type { DocumentStorage } from './app/storage-port.js';
import { createClamdScanner, type VirusScanner } from './app/clamd.js';
import { AuditType } from './modules/audit/audit.types.js';
import { PublicReadCache } from './app/public-reads.js';
import type { ProcessSubscriber } from './app/event-watch.js';
import { identifyViewer } from './modules/users/index.js';

/**
 * The composition root: the one place that joins the domain (modules/index.ts: resolvers, jobs,
 * event handlers, in-transaction subscribers) to the plumbing in app/, which knows no module.
 * Entry points (main.ts, worker.ts), the test harness and the benchmarks build their processes
 * through these functions, with the adapters they chose (search index, clock, mailer, job queue)
 * and the process's one content catalogue (`new FrameworkContent()`, also given to the search
 * index: one catalogue per process, whatever it runs).
 */
export interface ApiParts {
  orm: MikroORM;
  clock: Clock;
  logger: Logger;
  config: Config;
  jobs: JobQueue;
  search: SearchIndex;
  content: ContentCatalogue;
  /** Compiled answer schemas; built from schemas/ when absent (an invalid one throws here). */
  schemas?: SchemaRegistry;
  /** The document storage; built from the configuration when absent. */
  storage?: DocumentStorage;
  /** A schema already built (benchmarks building several APIs); built from the resolvers when absent. */
  schema?: AppSchema;
}

/**
 * The process's one LISTEN connection on the domain events, applying every module's process
 * subscribers to this process's state (a framework change drops the content and reference data it holds).
 */
export function composeWatcher(parts: { orm: MikroORM; logger: Logger; content: ContentCatalogue; pollMs?: number }, extra: readonly ProcessSubscriber[] = []): EventWatcher {
  const logger = parts.logger.child({ component: 'process-events' });
  return new EventWatcher({
    connectionString: String(parts.orm.config.get('clientUrl')),
    logger,
    subscribers: [...perProcess, ...extra],
    context: { content: parts.content, logger },
    pollMs: parts.pollMs,
  });
}

/**
 * Drops the process's public read cache on every event a visitor could see: all types but those
 * the modules declare unseen (a new type invalidates until a module says otherwise).
 */
export function publicReadsSubscriber(cache: PublicReadCache): ProcessSubscriber {
  return {
    name: 'app.public-reads',
    types: Object.values(AuditType).filter((t) => !unseenEvents.has(t)),
    apply: () => cache.invalidate(),
  };
}

/** The API over HTTP and WebSocket, not yet listening (listening starts its event watcher first). */
export async function composeApi(parts: ApiParts): Promise<HttpApp> {
  const cache = parts.config.PUBLIC_CACHE === 'on' ? new PublicReadCache() : null;
  return createHttpApp({
    ...parts,
    watcher: composeWatcher(parts, cache ? [publicReadsSubscriber(cache)] : []),
    publicReads: cache ? { cache, hints: publicReads } : undefined,
    schema: parts.schema ?? (await buildAppSchema(resolvers)),
    schemas: parts.schemas ?? new SchemaRegistry(schemasDir),
    identify: identifyViewer,
    storage: parts.storage ?? createDocumentStorage(parts.config),
    routes,
    inTransaction,
    recordAdminRefusal,
  });
}

export interface WorkerParts {
  orm: MikroORM;
  clock: Clock;
  logger: Logger;
  config?: Config;
  jobs: JobQueue;
  search: SearchIndex;
  content: ContentCatalogue;
  mailer?: Mailer | null;
  /** The document storage and virus scanner; built from the configuration when absent (no scanner without CLAMD_ADDRESS). */
  storage?: DocumentStorage;
  scanner?: VirusScanner | null;
  concurrency: number;
  /** Safety-net poll of the event dispatcher (default 5 s). */
  pollMs?: number;
}

/**
 * A worker: every module's jobs, and the domain event dispatcher with every handler. Started unless
 * `start: false`. Its event watcher starts with the dispatcher, before the jobs run: once the worker
 * runs, a framework change reaches its content.
 */
export async function composeWorker(parts: WorkerParts, opts: { start?: boolean } = {}): Promise<EventDispatcher> {
  const { orm, clock, logger, config, jobs, search, content, mailer = null, concurrency, pollMs } = parts;
  const storage = parts.storage ?? (config ? createDocumentStorage(config) : undefined);
  // Which queues (and whether the event handlers) this worker runs: all of it unless WORKER_JOBS splits the work.
  const selection = selectWork(
    config?.WORKER_JOBS ?? 'all',
    jobDefinitions.map((j) => j.name),
  );
  const scanner = parts.scanner !== undefined ? parts.scanner : config?.CLAMD_ADDRESS ? createClamdScanner(config.CLAMD_ADDRESS) : null;
  // The dispatcher wakes on the process's event watcher, which also refreshes this worker's content.
  const watcher = composeWatcher({ orm, logger, content, pollMs });
  const dispatcher = new EventDispatcher({
    orm,
    clock,
    logger: logger.child({ component: 'events' }),
    jobs,
    config,
    mailer,
    search,
    content,
    storage,
    scanner,
    handlers,
    pollMs,
    watcher,
  });
  await dispatcher.register();
  if (opts.start !== false) {
    await watcher.start();
    await jobs.work(
      jobDefinitions.filter((j) => selection.jobs.has(j.name)),
      { orm, clock, concurrency, search, content, mailer, config, storage, scanner },
    );
    if (selection.events) await dispatcher.start();
  }
  return dispatcher;
}
