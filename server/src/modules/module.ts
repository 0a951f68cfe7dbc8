import type { ClassType } from '../app/classes.js';
import type { ProcessSubscriber } from '../app/event-watch.js';
import type { EventHandler, TransactionHandler } from '../app/events.js';
import type { JobDefinition } from '../app/jobs.js';
import type { HttpRoutes } from '../app/http-routes.js';

export type { ClassType };

/** What a domain module contributes to the application. Every module exports one of these. */
export interface ModuleDefinition {
  name: string;
  entities: ClassType[];
  resolvers: ClassType[];
  jobs: JobDefinition<never>[];
  /** Handlers of other modules' domain events (run by the worker's dispatcher). */
  handlers?: EventHandler[];
  /** Subscribers of other modules' events that must run in the writer's transaction (see `publishEvent`). */
  inTransaction?: TransactionHandler[];
  /** Subscribers applied in every process (API and worker) to what that process holds, e.g. its caches. */
  perProcess?: ProcessSubscriber[];
  /**
   * Its root query fields that anyone may read, with the seconds an anonymous answer may be reused
   * (by this process, a CDN or a browser): the cache hints of `app/public-reads.ts`.
   */
  publicReads?: Record<string, number>;
  /**
   * Its event types that change nothing an anonymous visitor can read (drafts, accounts, private
   * steps). Every other event drops the processes' public read caches, so a new type is safe by default.
   */
  unseenEvents?: readonly string[];
  /** HTTP endpoints besides GraphQL (uploads, downloads). */
  routes?: HttpRoutes[];
}
