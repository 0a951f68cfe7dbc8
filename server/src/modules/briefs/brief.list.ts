import type { AppContext } from '../../app/context.js';
import { decodeOffsetCursor, toOffsetConnection, type Connection } from '../../shared/pagination.js';
import { plainReader } from '../../shared/plain-rows.js';
import { Brief } from './brief.entity.js';
import { hasAwardedResponse, responseCountByBrief } from './brief.loaders.js';
import { briefStatusSql, type BriefStatus } from './brief.status.js';

export interface OpportunityFilter {
  status?: BriefStatus[];
  lotSlugs?: string[];
  frameworkSlug?: string;
}

/** What a page row adds to the brief's columns: the filtered total, and what its status and count need. */
interface PageColumns {
  total: string | number;
  has_awarded: boolean;
  responses: string | number;
}

/**
 * Published opportunities as suppliers browse them: live first, then finished ones, then withdrawn;
 * newest first within each; filtered by status (the same rule as `status`, in SQL), lot and framework.
 *
 * One statement gives the page, the filtered total (a window count) and, per brief, whether a
 * response was awarded and how many were submitted; those prime the request's loaders, so the status
 * and response count of the page ask nothing more. Only a page past the end counts on its own.
 */
export async function listOpportunities(ctx: AppContext, filter: OpportunityFilter, first: number, after?: string | null): Promise<Connection<Brief>> {
  const now = ctx.clock.now();
  const offset = decodeOffsetCursor(after);
  const status = briefStatusSql('b');
  const where: string[] = ['b.published_at is not null'];
  const params: unknown[] = [];
  if (filter.status?.length) {
    where.push(`${status} in (${filter.status.map(() => '?').join(', ')})`);
    params.push(now, ...filter.status);
  }
  if (filter.lotSlugs?.length) {
    where.push(`l.slug in (?)`);
    params.push(filter.lotSlugs);
  }
  if (filter.frameworkSlug) {
    where.push('f.slug = ?');
    params.push(filter.frameworkSlug);
  }
  const from = `from briefs b join lots l on l.id = b.lot_id join frameworks f on f.id = b.framework_id where ${where.join(' and ')}`;
  const bucket = `(case ${status} when 'live' then 0 when 'draft' then 2 when 'withdrawn' then 2 else 1 end)`;
  // Briefs as plain rows: a list is never written back, so entities would be hydrated and tracked for nothing.
  const brief = plainReader(ctx.em, Brief, 'b');
  const rows = await ctx.em.execute<Array<PageColumns & Record<string, unknown>>>(
    `select ${brief.select}, count(*) over () as total,
      exists (select 1 from brief_responses r where r.brief_id = b.id and r.awarded_at is not null) as has_awarded,
      (select count(*) from brief_responses r where r.brief_id = b.id and r.submitted_at is not null) as responses
     ${from} order by ${bucket}, b.published_at desc, b.id limit ? offset ?`,
    [...params, now, first + 1, offset],
  );
  const total = rows.length
    ? Number(rows[0]!.total)
    : offset === 0
      ? 0
      : Number((await ctx.em.execute<Array<{ count: string }>>(`select count(*) as count ${from}`, params))[0]?.count ?? 0);
  const awarded = ctx.loaders.get(hasAwardedResponse);
  const counts = ctx.loaders.get(responseCountByBrief);
  const briefs = rows.map((r) => {
    const b = brief.read(r);
    awarded.prime(b.id, Boolean(r.has_awarded));
    counts.prime(b.id, Number(r.responses));
    return b;
  });
  return toOffsetConnection(briefs, first, offset, total);
}
