import type { JobDefinition } from '../app/jobs.js';

/** What a domain module contributes to the application. Every module exports one of these. */
export interface ModuleDefinition {
  name: string;
  entities: Function[];
  resolvers: Function[];
  jobs: JobDefinition<never>[];
}
