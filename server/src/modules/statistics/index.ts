import type { ModuleDefinition } from '../module.js';
import { ApplicationStatistics, ApplicationStatisticsDay, LotApplicationStatistics, StatisticsRefresh } from './application-statistics.entity.js';
import { refreshStatisticsJob } from './statistics.jobs.js';
import { StatisticsResolver } from './statistics.resolver.js';

/** AD16 application statistics: materialized views over the applications, refreshed by a job and on demand. */
export const statisticsModule: ModuleDefinition = {
  name: 'statistics',
  entities: [ApplicationStatistics, LotApplicationStatistics, ApplicationStatisticsDay, StatisticsRefresh],
  resolvers: [StatisticsResolver],
  jobs: [refreshStatisticsJob],
};
