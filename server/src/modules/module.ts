import type { EventHandler } from '../app/events.js';
import type { JobDefinition } from '../app/jobs.js';

/** A class: entities and resolvers are registered by their constructors. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ClassType = abstract new (...args: any[]) => object;

/** What a domain module contributes to the application. Every module exports one of these. */
export interface ModuleDefinition {
  name: string;
  entities: ClassType[];
  resolvers: ClassType[];
  jobs: JobDefinition<never>[];
  /** Handlers of other modules' domain events (run by the worker's dispatcher). */
  handlers?: EventHandler[];
}
