import { ReferenceKind, type EntityClass, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

interface Column {
  property: string;
  field: string;
  read(value: unknown): unknown;
}

const asDate = (v: unknown) => (v == null ? null : v instanceof Date ? v : new Date(String(v)));
const asJson = (v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as unknown) : v);
const asReference = (v: unknown) => (v == null ? null : { id: typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v });

/** How a column of a raw row becomes the entity's property: dates as Date, JSON parsed, a many-to-one as `{ id }`. */
function columnOf(prop: EntityProperty): Column | null {
  if (prop.lazy || prop.persist === false || !prop.fieldNames?.length) return null;
  const field = prop.fieldNames[0]!;
  if (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) return { property: prop.name, field, read: asReference };
  if (prop.kind !== ReferenceKind.SCALAR) return null;
  const type = String(prop.type).toLowerCase();
  if (type === 'datetime' || prop.runtimeType === 'Date') return { property: prop.name, field, read: asDate };
  if (type === 'json' || type === 'jsonb') return { property: prop.name, field, read: asJson };
  if (type === 'integer' || prop.runtimeType === 'number') return { property: prop.name, field, read: (v) => (v == null ? v : Number(v)) };
  return { property: prop.name, field, read: (v) => v };
}

/**
 * Rows of an entity's table read as plain objects of the entity's shape, for read-only paths
 * (loaders of field resolvers): no hydration, no identity map, no change tracking, which a page of
 * rows that is never written back would only pay for. Relations are `{ id }` (what resolvers read
 * of them); lazy properties (secrets) are never read. `where` and `orderBy` are SQL over alias `e`.
 */
export async function findPlain<T extends object>(em: EntityManager, entity: EntityClass<T>, where: string, params: unknown[], orderBy?: string): Promise<T[]> {
  const meta = em.getMetadata().get(entity);
  const columns = meta.props.map(columnOf).filter((c): c is Column => c !== null);
  const sql = `select ${columns.map((c) => `e."${c.field}"`).join(', ')} from "${meta.tableName}" e where ${where}${orderBy ? ` order by ${orderBy}` : ''}`;
  const rows = await em.execute<Array<Record<string, unknown>>>(sql, params);
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const c of columns) out[c.property] = c.read(row[c.field]);
    return out as T;
  });
}
