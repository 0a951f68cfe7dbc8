import type { EntityManager } from '@mikro-orm/postgresql';
import type { IndexUpdate } from './documents.js';
import { normaliseFilterValue, PAGE_SIZE, safeHighlight, type OpportunityQuery, type SearchIndex, type SearchPage, type ServiceSearchQuery, type ServiceSearchResult } from './search.port.js';

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

  /** The WHERE clause of a services query (optionally without its lot, for the per-lot counts). */
  private servicesWhere(query: ServiceSearchQuery, withLot = true): { where: string[]; params: unknown[] } {
    const where = [`d.index_name like 'services-%'`, 'not d.deleted'];
    const params: unknown[] = [];
    if (query.lot && withLot) {
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
    return { where, params };
  }

  async findServices(em: EntityManager, query: ServiceSearchQuery, limit: number): Promise<ServiceSearchResult> {
    const { where, params } = this.servicesWhere(query);
    const from = `from search_documents d where ${where.join(' and ')}`;
    const rank = query.q ? `ts_rank(to_tsvector('english', d.search_text), plainto_tsquery('english', ?)) desc, ` : '';
    const [rows, counted] = await Promise.all([
      em.execute<Array<{ object_id: string }>>(`select d.object_id ${from} order by ${rank}d.object_id limit ?`, [...params, ...(query.q ? [query.q] : []), limit]),
      em.execute<Array<{ n: string }>>(`select count(*) as n ${from}`, params),
    ]);
    return { serviceIds: rows.map((r) => r.object_id), total: Number(counted[0]?.n ?? 0) };
  }

  private async page(em: EntityManager, from: string, params: unknown[], order: string, orderParams: unknown[], q: string | undefined, highlightOf: string, page: number): Promise<{ total: number; hits: SearchPage['hits'] }> {
    const headline = q
      ? `ts_headline('english', ${highlightOf}, plainto_tsquery('english', ?), 'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) || ', MaxFragments=2, MaxWords=30, MinWords=10')`
      : 'null';
    const [rows, counted] = await Promise.all([
      em.execute<Array<{ object_id: string; document: Record<string, unknown>; highlight: string | null }>>(
        `select d.object_id, d.document, ${headline} as highlight ${from} order by ${order} limit ? offset ?`,
        [...(q ? [q] : []), ...params, ...orderParams, PAGE_SIZE, (page - 1) * PAGE_SIZE],
      ),
      em.execute<Array<{ n: string }>>(`select count(*) as n ${from}`, params),
    ]);
    return {
      total: Number(counted[0]?.n ?? 0),
      hits: rows.map((r) => ({ id: r.object_id, document: typeof r.document === 'string' ? (JSON.parse(r.document) as Record<string, unknown>) : r.document, highlight: r.highlight === null ? null : safeHighlight(r.highlight) })),
    };
  }

  async searchServices(em: EntityManager, query: ServiceSearchQuery, page: number): Promise<SearchPage> {
    const { where, params } = this.servicesWhere(query);
    const rank = query.q ? `ts_rank(to_tsvector('english', d.search_text), plainto_tsquery('english', ?)) desc, ` : '';
    const result = await this.page(em, `from search_documents d where ${where.join(' and ')}`, params, `${rank}d.object_id`, query.q ? [query.q] : [], query.q, `coalesce(d.document->>'serviceDescription', '')`, page);
    const all = this.servicesWhere(query, false);
    const counts = await em.execute<Array<{ lot: string; n: string }>>(`select d.document->>'lot' as lot, count(*) as n from search_documents d where ${all.where.join(' and ')} group by 1 order by 1`, all.params);
    return { ...result, lotCounts: counts.map((c) => ({ lot: c.lot, count: Number(c.n) })) };
  }

  async searchOpportunities(em: EntityManager, query: OpportunityQuery, page: number): Promise<SearchPage> {
    const where = [`d.index_name = 'briefs-digital-outcomes-and-specialists'`, 'not d.deleted'];
    const params: unknown[] = [];
    if (query.q) {
      where.push(`to_tsvector('english', d.search_text) @@ plainto_tsquery('english', ?)`);
      params.push(query.q);
    }
    const lotsWhere = [...where];
    const lotsParams = [...params];
    if (query.lots?.length) {
      where.push(`d.document->>'lot' in (${query.lots.map(() => '?').join(', ')})`);
      params.push(...query.lots);
    }
    if (query.statuses?.length) {
      where.push(`d.document->>'status' in (${query.statuses.map(() => '?').join(', ')})`);
      params.push(...query.statuses);
    }
    const order = `(d.document->>'statusOrder')::int, d.document->>'publishedAt' desc, (d.object_id)::int`;
    const result = await this.page(em, `from search_documents d where ${where.join(' and ')}`, params, order, [], query.q, `coalesce(d.document->>'summary', '')`, page);
    const counts = await em.execute<Array<{ lot: string; n: string }>>(`select d.document->>'lot' as lot, count(*) as n from search_documents d where ${lotsWhere.join(' and ')} group by 1 order by 1`, lotsParams);
    return { ...result, lotCounts: counts.map((c) => ({ lot: c.lot, count: Number(c.n) })) };
  }
}
