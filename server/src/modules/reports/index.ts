import type { ModuleDefinition } from '../module.js';
import { ReportResolver } from './report.resolver.js';

/** AD13: the admin reports and downloads, each a CSV built by one SQL statement. */
export const reportsModule: ModuleDefinition = {
  name: 'reports',
  entities: [],
  resolvers: [ReportResolver],
  jobs: [],
};
