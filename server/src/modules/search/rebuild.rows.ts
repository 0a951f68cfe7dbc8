import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContentCatalogue } from '../../app/content-port.js';
import type { FrameworkFamily, FrameworkStatus } from '../frameworks/framework.entity.js';
import type { ServiceStatus } from '../services/service.entity.js';
import { serviceUpdateOfRow, type FrameworkSource, type IndexUpdate, type LotSource } from './documents.js';
import type { VersionedUpdate } from './search.port.js';

/**
 * A rebuild reads services as plain rows, never as entities: no hydration, identity map or change
 * tracking for tens of thousands of objects that are only read once. One statement a page, in id
 * order after the last id read (keyset pages), with the framework, lot and supplier joined.
 */
interface ServiceRow {
  id: number;
  service_id: string;
  status: ServiceStatus;
  data: Record<string, unknown>;
  updated_at: string;
  supplier_name: string;
  lot_id: number;
  lot_slug: string;
  lot_name: string;
  framework_slug: string;
  framework_name: string;
  framework_family: FrameworkFamily;
  framework_status: FrameworkStatus;
}

/** Which services to read: one framework's (by slug or id), a family's, a supplier's, or where all hold. */
export interface ServiceScope {
  frameworkSlug?: string;
  frameworkId?: number;
  family?: FrameworkFamily;
  supplierId?: number;
}

// The update time in the form Date#toISOString gives (milliseconds, truncated as a Date truncates microseconds).
const SERVICE_PAGE = `select s.id, s.service_id, s.status, s.data, to_char(s.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at,
  p.name as supplier_name, l.id as lot_id, l.slug as lot_slug, l.name as lot_name,
  f.slug as framework_slug, f.name as framework_name, f.family as framework_family, f.status as framework_status
  from services s join frameworks f on f.id = s.framework_id join lots l on l.id = s.lot_id join suppliers p on p.id = s.supplier_id`;

/** The database clock in microseconds: the version of what a statement reads after taking it. */
export const dbVersion = async (em: EntityManager) =>
  BigInt((await em.execute<Array<{ v: string }>>(`select (extract(epoch from clock_timestamp()) * 1000000)::bigint as v`))[0]!.v);

/**
 * One page of the scope's services after the id `after`, as index updates (the same documents as
 * `serviceUpdateOf` gives for the entities); null when there are no more. `last`: the page's last id.
 */
export async function serviceUpdatesPage(
  em: EntityManager,
  content: ContentCatalogue,
  scope: ServiceScope,
  after: number,
  size: number,
): Promise<{ updates: IndexUpdate[]; read: number; last: number } | null> {
  const where = ['s.id > ?'];
  const params: unknown[] = [after];
  const add = (clause: string, value: unknown) => {
    if (value === undefined) return;
    where.push(clause);
    params.push(value);
  };
  add('f.slug = ?', scope.frameworkSlug);
  add('f.id = ?', scope.frameworkId);
  add('f.family = ?', scope.family);
  add('s.supplier_id = ?', scope.supplierId);
  const rows = await em.execute<ServiceRow[]>(`${SERVICE_PAGE} where ${where.join(' and ')} order by s.id limit ?`, [...params, size]);
  if (!rows.length) return null;
  // One object per framework and per lot for the page (the rows repeat them).
  const frameworks = new Map<string, FrameworkSource>();
  const lots = new Map<number, LotSource>();
  const updates: IndexUpdate[] = [];
  for (const r of rows) {
    let framework = frameworks.get(r.framework_slug);
    if (!framework) frameworks.set(r.framework_slug, (framework = { slug: r.framework_slug, name: r.framework_name, family: r.framework_family, status: r.framework_status }));
    let lot = lots.get(r.lot_id);
    if (!lot) lots.set(r.lot_id, (lot = { slug: r.lot_slug, name: r.lot_name }));
    const update = serviceUpdateOfRow(content, { serviceId: r.service_id, status: r.status, data: r.data, updatedAt: r.updated_at }, framework, lot, r.supplier_name);
    if (update) updates.push(update);
  }
  return { updates, read: rows.length, last: rows[rows.length - 1]!.id };
}

/** A framework's services as index updates, a page at a time, each page with the version taken before its read. */
export async function* servicePages(em: EntityManager, content: ContentCatalogue, frameworkSlug: string, size: number): AsyncGenerator<VersionedUpdate[]> {
  let after = 0;
  for (;;) {
    const version = await dbVersion(em);
    const page = await serviceUpdatesPage(em, content, { frameworkSlug }, after, size);
    if (!page) return;
    yield page.updates.map((update) => ({ update, version }));
    after = page.last;
  }
}
