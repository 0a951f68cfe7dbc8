import { frameworksModule } from './frameworks/index.js';
import type { ModuleDefinition } from './module.js';

/** Every domain module, in dependency order. Adding a module means adding it here. */
export const modules: ModuleDefinition[] = [frameworksModule];

export const entities = modules.flatMap((m) => m.entities);
export const resolvers = modules.flatMap((m) => m.resolvers);
export const jobs = modules.flatMap((m) => m.jobs);
