import type { EntityManager } from '@mikro-orm/postgresql';
import { normaliseFilterValue, type ServiceSearch, type ServiceSearchQuery, type ServiceSearchResult } from './search.port.js';

/** The text a keyword search looks in: the service's name, description, features and benefits, and the supplier's name. */
const DOCUMENT = `to_tsvector('english', coalesce(s.data->>'serviceName', '') || ' ' || coalesce(s.data->>'serviceDescription', '') || ' ' ||
  coalesce(s.data->>'serviceFeatures', '') || ' ' || coalesce(s.data->>'serviceBenefits', '') || ' ' || coalesce(sup.name, ''))`;

/**
 * Postgres full-text search over the live catalogue (the default adapter): every keyword required
 * (plainto_tsquery never interprets search syntax), ranked by ts_rank then id.
 */
export class PostgresServiceSearch implements ServiceSearch {
  async findServices(em: EntityManager, query: ServiceSearchQuery, limit: number): Promise<ServiceSearchResult> {
    const where = [`s.status = 'published'`, `f.status = 'live'`, `f.family = 'g-cloud'`];
    const params: unknown[] = [];
    if (query.lot) {
      where.push('l.slug = ?');
      params.push(query.lot);
    }
    if (query.q) {
      where.push(`${DOCUMENT} @@ plainto_tsquery('english', ?)`);
      params.push(query.q);
    }
    for (const [key, values] of Object.entries(query.filters ?? {})) {
      // An answer is a value or a list of values; match any accepted value, normalised.
      where.push(`exists (select 1 from jsonb_array_elements_text(case jsonb_typeof(s.data->(?::text)) when 'array' then s.data->(?::text) else jsonb_build_array(s.data->(?::text)) end) v
        where lower(regexp_replace(v, '[\\W_]+', '', 'g')) in (${values.map(() => '?').join(', ')}))`);
      params.push(key, key, key, ...values.map(normaliseFilterValue));
    }
    const from = `from services s join frameworks f on f.id = s.framework_id join lots l on l.id = s.lot_id join suppliers sup on sup.id = s.supplier_id where ${where.join(' and ')}`;
    const rank = query.q ? `ts_rank(${DOCUMENT}, plainto_tsquery('english', ?)) desc, ` : '';
    const [rows, counted] = await Promise.all([
      em.execute<Array<{ service_id: string }>>(`select s.service_id ${from} order by ${rank}s.id limit ?`, [...params, ...(query.q ? [query.q] : []), limit]),
      em.execute<Array<{ n: string }>>(`select count(*) as n ${from}`, params),
    ]);
    return { serviceIds: rows.map((r) => r.service_id), total: Number(counted[0]?.n ?? 0) };
  }
}
