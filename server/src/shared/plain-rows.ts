import { ReferenceKind, type EntityClass, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

interface Column {
  property: string;
  field: string;
  json: boolean;
  read(value: unknown): unknown;
}

const asDate = (v: unknown) => (v == null ? null : v instanceof Date ? v : new Date(String(v)));
const asReference = (v: unknown) => (v == null ? null : { id: typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v });
const same = (v: unknown) => v;

/** How a column of a raw row becomes the entity's property: dates as Date, a many-to-one as `{ id }`; JSON is read as text (see `plainReader`). */
function columnOf(prop: EntityProperty): Column | null {
  if (prop.lazy || prop.persist === false || !prop.fieldNames?.length) return null;
  const column = { property: prop.name, field: prop.fieldNames[0]!, json: false };
  if (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) return { ...column, read: asReference };
  if (prop.kind !== ReferenceKind.SCALAR) return null;
  const type = String(prop.type).toLowerCase();
  if (type === 'datetime' || prop.runtimeType === 'Date') return { ...column, read: asDate };
  if (type === 'json' || type === 'jsonb') return { ...column, json: true, read: same };
  if (type === 'integer' || prop.runtimeType === 'number') return { ...column, read: (v) => (v == null ? v : Number(v)) };
  return { ...column, read: same };
}

/**
 * The select list of an entity's table (over `alias`) and the reader of its rows as plain objects of
 * the entity's shape, for read-only paths (loaders of field resolvers, lists): no hydration, no
 * identity map, no change tracking, which rows that are never written back would only pay for.
 * Relations are `{ id }` (what resolvers read of them); lazy properties (secrets) are never read;
 * JSON columns come as text and are parsed when a field first reads them (a list rarely does).
 */
export function plainReader<T extends object>(em: EntityManager, entity: EntityClass<T>, alias: string): { select: string; read(row: Record<string, unknown>): T } {
  const columns = em
    .getMetadata()
    .get(entity)
    .props.map(columnOf)
    .filter((c): c is Column => c !== null);
  return {
    select: columns.map((c) => (c.json ? `${alias}."${c.field}"::text as "${c.field}"` : `${alias}."${c.field}"`)).join(', '),
    read(row) {
      const out: Record<string, unknown> = {};
      for (const c of columns) {
        if (!c.json) out[c.property] = c.read(row[c.field]);
        else {
          const text = row[c.field] as string | null;
          let parsed: unknown;
          Object.defineProperty(out, c.property, {
            enumerable: true,
            get: () => (parsed ??= text == null ? null : JSON.parse(text)),
            set: (value: unknown) => {
              parsed = value;
            },
          });
        }
      }
      return out as T;
    },
  };
}

/** Rows of an entity's table as plain objects (`plainReader`); `where` and `orderBy` are SQL over alias `e`. */
export async function findPlain<T extends object>(em: EntityManager, entity: EntityClass<T>, where: string, params: unknown[], orderBy?: string): Promise<T[]> {
  const reader = plainReader(em, entity, 'e');
  const table = em.getMetadata().get(entity).tableName;
  const rows = await em.execute<Array<Record<string, unknown>>>(`select ${reader.select} from "${table}" e where ${where}${orderBy ? ` order by ${orderBy}` : ''}`, params);
  return rows.map((row) => reader.read(row));
}
