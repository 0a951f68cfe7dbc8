import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext } from '../../app/context.js';
import { notFound } from '../../app/errors.js';
import { Framework } from '../frameworks/framework.entity.js';
import { ApplicationStatistics, ApplicationStatisticsDay, LotApplicationStatistics, StatisticsRefresh } from './application-statistics.entity.js';

/** The materialized views of AD16, refreshed together. */
export const APPLICATION_STATISTICS_VIEWS = ['application_statistics', 'application_statistics_lots', 'application_statistics_days'] as const;
const REFRESH_NAME = 'application-statistics';

/** A framework's figures with what the page shows beside them. */
export interface FrameworkStatistics {
  framework: Framework;
  totals: ApplicationStatistics;
  refreshedAt: Date | null;
}

/**
 * Refreshes the views (concurrently: readers keep the previous figures meanwhile) and records when,
 * in one transaction. Two refreshes at once wait for each other. Returns the time recorded.
 */
export async function refreshApplicationStatisticsViews(em: EntityManager, now: Date): Promise<Date> {
  await em.transactional(async (tx) => {
    for (const view of APPLICATION_STATISTICS_VIEWS) await tx.execute(`refresh materialized view concurrently "${view}"`);
    await tx.execute(`insert into statistics_refreshes (name, refreshed_at) values (?, ?) on conflict (name) do update set refreshed_at = excluded.refreshed_at`, [
      REFRESH_NAME,
      now,
    ]);
  });
  return now;
}

export async function lastRefreshed(em: EntityManager): Promise<Date | null> {
  return (await em.findOne(StatisticsRefresh, { name: REFRESH_NAME }))?.refreshedAt ?? null;
}

/** A framework's figures as of the last refresh; NOT_FOUND for an unknown framework. */
export async function applicationStatistics(ctx: Pick<AppContext, 'em'>, frameworkSlug: string): Promise<FrameworkStatistics> {
  const framework = await ctx.em.findOne(Framework, { slug: frameworkSlug });
  if (!framework) throw notFound(`Framework ${frameworkSlug}`);
  const [totals, refreshedAt] = await Promise.all([ctx.em.findOne(ApplicationStatistics, { frameworkId: framework.id }), lastRefreshed(ctx.em)]);
  // A framework added since the last refresh has no row yet: nothing counted.
  const empty = {
    frameworkId: framework.id,
    interestedSuppliers: 0,
    declarationsStarted: 0,
    declarationsComplete: 0,
    servicesStarted: 0,
    servicesSubmitted: 0,
    completeApplications: 0,
  };
  return { framework, totals: totals ?? Object.assign(new ApplicationStatistics(), empty), refreshedAt };
}

export async function refreshApplicationStatistics(ctx: Pick<AppContext, 'em' | 'clock'>, frameworkSlug: string): Promise<FrameworkStatistics> {
  if (!(await ctx.em.count(Framework, { slug: frameworkSlug }))) throw notFound(`Framework ${frameworkSlug}`);
  await refreshApplicationStatisticsViews(ctx.em, ctx.clock.now());
  ctx.em.clear();
  return applicationStatistics(ctx, frameworkSlug);
}

export function lotStatistics(em: EntityManager, frameworkId: number): Promise<LotApplicationStatistics[]> {
  return em.find(LotApplicationStatistics, { frameworkId }, { orderBy: { position: 'asc', lotId: 'asc' } });
}

export function dailyStatistics(em: EntityManager, frameworkId: number): Promise<ApplicationStatisticsDay[]> {
  return em.find(ApplicationStatisticsDay, { frameworkId }, { orderBy: { day: 'asc' } });
}
