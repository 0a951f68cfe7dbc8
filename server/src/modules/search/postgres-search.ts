import type { EntityManager } from '@mikro-orm/postgresql';
import type { IndexUpdate } from './documents.js';
import { normaliseFilterValue, type SearchIndex, type ServiceSearchQuery, type ServiceSearchResult } from './search.port.js';

/**
 * The zero-configuration adapter: documents in `search_documents`, matched with Postgres full text
 * search (every keyword required: plainto_tsquery never interprets search syntax), ranked by ts_rank.
 */
export class PostgresSearchIndex implements SearchIndex {
  async apply(em: EntityManager, update: IndexUpdate, version: bigint): Promise<boolean> {
    const upsert = update.action === 'upsert';
    const rows = await em.execute<Array<{ id: number }>>(
      `insert into search_documents (index_name, object_type, object_id, version, document, search_text, deleted, updated_at)
       values (?, ?, ?, ?, ?::jsonb, ?, ?, clock_timestamp())
       on conflict (index_name, object_id) do update set version = excluded.version, document = excluded.document,
         search_text = excluded.search_text, deleted = excluded.deleted, updated_at = excluded.updated_at
       where search_documents.version < excluded.version
       returning id`,
      [update.indexName, update.objectType, update.objectId, version.toString(), JSON.stringify(upsert ? update.document : {}), upsert ? update.searchText : '', !upsert],
    );
    return rows.length > 0;
  }

  async findServices(em: EntityManager, query: ServiceSearchQuery, limit: number): Promise<ServiceSearchResult> {
    const where = [`d.index_name like 'services-%'`, 'not d.deleted'];
    const params: unknown[] = [];
    if (query.lot) {
      where.push(`d.document->>'lot' = ?`);
      params.push(query.lot);
    }
    if (query.q) {
      where.push(`to_tsvector('english', d.search_text) @@ plainto_tsquery('english', ?)`);
      params.push(query.q);
    }
    for (const [key, values] of Object.entries(query.filters ?? {})) {
      // An answer is a value or a list of values; match any accepted value, normalised.
      where.push(`exists (select 1 from jsonb_array_elements_text(case jsonb_typeof(d.document->(?::text)) when 'array' then d.document->(?::text) else jsonb_build_array(d.document->(?::text)) end) v
        where lower(regexp_replace(v, '[\\W_]+', '', 'g')) in (${values.map(() => '?').join(', ')}))`);
      params.push(key, key, key, ...values.map(normaliseFilterValue));
    }
    const from = `from search_documents d where ${where.join(' and ')}`;
    const rank = query.q ? `ts_rank(to_tsvector('english', d.search_text), plainto_tsquery('english', ?)) desc, ` : '';
    const [rows, counted] = await Promise.all([
      em.execute<Array<{ object_id: string }>>(`select d.object_id ${from} order by ${rank}d.object_id limit ?`, [...params, ...(query.q ? [query.q] : []), limit]),
      em.execute<Array<{ n: string }>>(`select count(*) as n ${from}`, params),
    ]);
    return { serviceIds: rows.map((r) => r.object_id), total: Number(counted[0]?.n ?? 0) };
  }
}
