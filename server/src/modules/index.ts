import { applicationsModule } from './applications/index.js';
import { auditModule } from './audit/index.js';
import { briefsModule } from './briefs/index.js';
import { directAwardModule } from './directaward/index.js';
import { documentsModule } from './documents/index.js';
import { frameworksModule } from './frameworks/index.js';
import type { ModuleDefinition } from './module.js';
import { notificationsModule } from './notifications/index.js';
import { operationsModule } from './operations/index.js';
import { outcomesModule } from './outcomes/index.js';
import { reportsModule } from './reports/index.js';
import { searchModule } from './search/index.js';
import { servicesModule } from './services/index.js';
import { statisticsModule } from './statistics/index.js';
import { suppliersModule } from './suppliers/index.js';
import { usersModule } from './users/index.js';

/** Every domain module, in dependency order. Adding a module means adding it here. */
export const modules: ModuleDefinition[] = [
  auditModule,
  notificationsModule,
  frameworksModule,
  suppliersModule,
  usersModule,
  documentsModule,
  applicationsModule,
  servicesModule,
  briefsModule,
  directAwardModule,
  outcomesModule,
  searchModule,
  statisticsModule,
  reportsModule,
  operationsModule,
];

export const entities = modules.flatMap((m) => m.entities);
export const resolvers = modules.flatMap((m) => m.resolvers);
export const jobs = modules.flatMap((m) => m.jobs);
export const handlers = modules.flatMap((m) => m.handlers ?? []);
export const inTransaction = modules.flatMap((m) => m.inTransaction ?? []);
export const perProcess = modules.flatMap((m) => m.perProcess ?? []);
export const publicReads = new Map(modules.flatMap((m) => Object.entries(m.publicReads ?? {})));
export const routes = modules.flatMap((m) => m.routes ?? []);
export const unseenEvents = new Set(modules.flatMap((m) => m.unseenEvents ?? []));
