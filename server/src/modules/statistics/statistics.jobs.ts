import { defineJob } from '../../app/jobs.js';
import { refreshApplicationStatisticsViews } from './statistics.service.js';

/** Every 15 minutes: the application statistics counted again (AD16); admins may also refresh on demand. */
export const refreshStatisticsJob = defineJob<Record<string, never>>({
  name: 'statistics.refresh',
  cron: '*/15 * * * *',
  queue: { retryLimit: 2, retryDelay: 30, expireInSeconds: 600 },
  async handle(_data, { em, clock, logger }) {
    const at = await refreshApplicationStatisticsViews(em.fork(), clock.now());
    logger.info({ refreshedAt: at.toISOString() }, 'application statistics refreshed');
  },
});
