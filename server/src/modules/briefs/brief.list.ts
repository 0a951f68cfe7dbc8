import type { AppContext } from '../../app/context.js';
import { decodeOffsetCursor, toOffsetConnection, type Connection } from '../../shared/pagination.js';
import type { Framework } from '../frameworks/framework.entity.js';
import type { Lot } from '../frameworks/lot.entity.js';
import type { Brief } from './brief.entity.js';
import { hasAwardedResponse, responseCountByBrief } from './brief.loaders.js';
import { briefStatusSql, type BriefStatus } from './brief.status.js';

export interface OpportunityFilter {
  status?: BriefStatus[];
  lotSlugs?: string[];
  frameworkSlug?: string;
}

/** A page row: the brief's columns, the total of the filtered list and what its status and count need. */
interface OpportunityRow {
  id: number;
  framework_id: number;
  lot_id: number;
  /** The answers as JSON text: parsed only if a field asks for them (a list rarely does). */
  data: string;
  is_acopy: boolean;
  created_at: string | Date;
  updated_at: string | Date;
  published_at: string | Date | null;
  applications_closed_at: string | Date | null;
  withdrawn_at: string | Date | null;
  withdrawn_reason: string | null;
  cancelled_at: string | Date | null;
  unsuccessful_at: string | Date | null;
  total: string | number;
  has_awarded: boolean;
  responses: string | number;
}

const COLUMNS = [
  'id',
  'framework_id',
  'lot_id',
  'data',
  'is_acopy',
  'created_at',
  'updated_at',
  'published_at',
  'applications_closed_at',
  'withdrawn_at',
  'withdrawn_reason',
  'cancelled_at',
  'unsuccessful_at',
];

const date = (v: string | Date | null): Date | null => (v == null ? null : v instanceof Date ? v : new Date(v));

/**
 * A read-only brief from its row: the shape the field resolvers read, without an entity in the
 * request's identity map (a list is never written back, so hydration and change tracking would be
 * spent for nothing).
 */
function briefFromRow(r: OpportunityRow): Brief {
  let answers: Record<string, unknown> | undefined;
  const brief = {
    id: Number(r.id),
    framework: { id: Number(r.framework_id) } as Brief['framework'] & Pick<Framework, 'id'>,
    lot: { id: Number(r.lot_id) } as Brief['lot'] & Pick<Lot, 'id'>,
    isACopy: r.is_acopy,
    createdAt: date(r.created_at)!,
    updatedAt: date(r.updated_at)!,
    publishedAt: date(r.published_at),
    applicationsClosedAt: date(r.applications_closed_at),
    withdrawnAt: date(r.withdrawn_at),
    withdrawnReason: r.withdrawn_reason,
    cancelledAt: date(r.cancelled_at),
    unsuccessfulAt: date(r.unsuccessful_at),
  } as Omit<Brief, 'data'> as Brief;
  Object.defineProperty(brief, 'data', {
    enumerable: true,
    get: () => (answers ??= JSON.parse(r.data) as Record<string, unknown>),
    set: (value: Record<string, unknown>) => {
      answers = value;
    },
  });
  return brief;
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
  const rows = await ctx.em.execute<OpportunityRow[]>(
    `select ${COLUMNS.map((c) => (c === 'data' ? 'b.data::text as data' : `b.${c}`)).join(', ')}, count(*) over () as total,
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
    const brief = briefFromRow(r);
    awarded.prime(brief.id, Boolean(r.has_awarded));
    counts.prime(brief.id, Number(r.responses));
    return brief;
  });
  return toOffsetConnection(briefs, first, offset, total);
}
