import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContentCatalogue } from '../../app/content-port.js';
import { filterClauses, type SearchKind } from '../frameworks/search-filters.js';
import type { IndexUpdate } from './documents.js';
import { writeTargets } from './search.indices.js';
import { searchWords, toTsquery } from './search.keywords.js';
import {
  byAlias,
  onePerObject,
  PAGE_SIZE,
  safeHighlight,
  sortHash,
  type OpportunityQuery,
  type SearchIndex,
  type SearchPage,
  type ServiceSearchQuery,
  type ServiceSearchResult,
  type VersionedUpdate,
} from './search.port.js';

const ENGINE = 'postgres';
/** The physical indices searches read: the active one of each alias. */
const activeOf = (aliasCondition: string) => `d.index_name in (select physical_name from search_indices where engine = '${ENGINE}' and state = 'active' and ${aliasCondition})`;
const SERVICES = activeOf(`alias like 'services-%'`);
const BRIEFS = activeOf(`alias = 'briefs-digital-outcomes-and-specialists'`);
const normalised = (expr: string) => `lower(regexp_replace(${expr}, '[\\W_]+', '', 'g'))`;
/** The values of an answer (one value or a list; none when absent) as rows `v`, with its JSON path as the parameter. */
const answerValues = `jsonb_path_query(d.document, ?::jsonpath) v`;
const answerPath = (key: string) => `lax $."${key}"[*]`; // keys are question ids (letters and digits only)
const valueText = `(v #>> '{}')`;

function addFilters(content: ContentCatalogue, kind: SearchKind, filters: Record<string, string[]> | undefined, where: string[], params: unknown[], except?: string): void {
  for (const { key, values, every } of filterClauses(content, kind, filters, except)) {
    // An answer is a value or a list of values, matched normalised: every chosen value, or any of them.
    const oneOf = (n: number) => `exists (select 1 from ${answerValues} where ${normalised(valueText)} in (${Array.from({ length: n }, () => '?').join(', ')}))`;
    for (const group of every ? values.map((v) => [v]) : [values]) {
      where.push(oneOf(group.length));
      params.push(answerPath(key), ...group);
    }
  }
}

/**
 * The keywords' condition on the indexed text and, when there are words, their query (a parameter
 * of `to_tsquery`); keywords without a word match nothing, as in the original.
 */
function addKeywords(q: string | undefined, where: string[], params: unknown[]): string | null {
  if (!q) return null;
  const tsquery = toTsquery(q);
  if (tsquery === null) where.push('false');
  else {
    where.push(`d.search_vector @@ to_tsquery('english', ?)`);
    params.push(tsquery);
  }
  return tsquery;
}

/** Indexed text is stored as its words (as `toTsquery` reads keywords), so that both split text alike. */
const toRow = ({ update, version }: VersionedUpdate, physical: string) => {
  const upsert = update.action === 'upsert';
  return [
    physical,
    update.objectType,
    update.objectId,
    version.toString(),
    JSON.stringify(upsert ? update.document : {}),
    upsert ? searchWords(update.searchText).join(' ') : '',
    !upsert,
    sortHash(update.objectId),
  ];
};

const UPSERT_TAIL = `on conflict (index_name, object_id) do update set version = excluded.version, document = excluded.document,
  search_text = excluded.search_text, deleted = excluded.deleted, updated_at = excluded.updated_at, sort_hash = excluded.sort_hash
  where search_documents.version < excluded.version`;

/** Rows of one upsert statement: 8 parameters each, well below Postgres's 65,535. */
const ROWS_PER_STATEMENT = 1000;

const RANK = `ts_rank(d.search_vector, to_tsquery('english', ?)) desc, `;

/**
 * The zero-configuration adapter: documents in `search_documents`, matched with Postgres full text
 * search (the original's simple query syntax read by search.keywords.ts: every word required, phrases,
 * exclusions and either-or, never an error), ranked by ts_rank, ties broken by the id's hash.
 * A physical index is the set of rows with its name; an alias is the `active` row of `search_indices`.
 */
export class PostgresSearchIndex implements SearchIndex {
  readonly engine = ENGINE;

  /** `content`: the process's catalogue, which says how each filter's values combine. */
  constructor(private readonly content: ContentCatalogue) {}

  async apply(em: EntityManager, update: IndexUpdate, version: bigint): Promise<boolean> {
    return (await this.applyMany(em, [update], version)).length > 0;
  }

  async applyMany(em: EntityManager, updates: readonly IndexUpdate[], version: bigint): Promise<IndexUpdate[]> {
    const distinct = onePerObject(updates);
    const rows: unknown[][] = [];
    const aliasOf = new Map<string, string>();
    for (const [alias, batch] of byAlias(distinct)) {
      for (const { physical } of await writeTargets(em, this, alias)) {
        aliasOf.set(physical, alias);
        rows.push(...batch.map((update) => toRow({ update, version }, physical)));
      }
    }
    const write = async (tx: EntityManager) => {
      const written = new Set<string>();
      for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
        for (const r of await this.upsert(tx, rows.slice(i, i + ROWS_PER_STATEMENT))) written.add(`${aliasOf.get(r.index_name)}\u0000${r.object_id}`);
      }
      return written;
    };
    // All or nothing: several statements share a transaction (the caller's, when it has one).
    const written = rows.length <= ROWS_PER_STATEMENT || em.isInTransaction() ? await write(em) : await em.transactional(write);
    return distinct.filter((u) => written.has(`${u.indexName}\u0000${u.objectId}`));
  }

  /** Upserts rows (as `toRow` makes them) where they are newer; returns those written. */
  private upsert(em: EntityManager, rows: unknown[][]): Promise<Array<{ index_name: string; object_id: string }>> {
    if (!rows.length) return Promise.resolve([]);
    return em.execute(
      `insert into search_documents (index_name, object_type, object_id, version, document, search_text, deleted, sort_hash, updated_at)
       values ${rows.map(() => '(?, ?, ?, ?, ?::jsonb, ?, ?, ?, clock_timestamp())').join(', ')} ${UPSERT_TAIL} returning index_name, object_id`,
      rows.flat(),
    );
  }

  async createPhysical(): Promise<void> {
    // Rows are created by writes; nothing to prepare.
  }

  async bulk(em: EntityManager, physical: string, items: VersionedUpdate[]): Promise<number> {
    return (
      await this.upsert(
        em,
        items.map((i) => toRow(i, physical)),
      )
    ).length;
  }

  async pointAlias(): Promise<void> {
    // The alias is the `active` row of search_indices, changed in the same transaction.
  }

  async dropPhysical(em: EntityManager, physical: string): Promise<void> {
    await em.execute(`delete from search_documents where index_name = ?`, [physical]);
  }

  async countPhysical(em: EntityManager, physical: string): Promise<number> {
    const [row] = await em.execute<Array<{ n: string }>>(`select count(*) as n from search_documents where index_name = ? and not deleted`, [physical]);
    return Number(row?.n ?? 0);
  }

  /** The WHERE clause of a services query, optionally without its lot and without one filter; and its keywords' query. */
  private servicesWhere(query: ServiceSearchQuery, opts: { withLot?: boolean; except?: string } = {}): { where: string[]; params: unknown[]; tsquery: string | null } {
    const where = [SERVICES, 'not d.deleted'];
    const params: unknown[] = [];
    if (query.lot && opts.withLot !== false) {
      where.push(`d.document->>'lot' = ?`);
      params.push(query.lot);
    }
    const tsquery = addKeywords(query.q, where, params);
    addFilters(this.content, 'services', query.filters, where, params, opts.except);
    return { where, params, tsquery };
  }

  async findServices(em: EntityManager, query: ServiceSearchQuery, limit: number): Promise<ServiceSearchResult> {
    const { where, params, tsquery } = this.servicesWhere(query);
    const from = `from search_documents d where ${where.join(' and ')}`;
    const [rows, counted] = await Promise.all([
      em.execute<Array<{ object_id: string }>>(`select d.object_id ${from} order by ${tsquery ? RANK : ''}d.sort_hash collate "C" desc limit ?`, [
        ...params,
        ...(tsquery ? [tsquery] : []),
        limit,
      ]),
      em.execute<Array<{ n: string }>>(`select count(*) as n ${from}`, params),
    ]);
    return { serviceIds: rows.map((r) => r.object_id), total: Number(counted[0]?.n ?? 0) };
  }

  /**
   * One page with the total. The highlight is the whole text (as the original, whose texts are
   * short), marked where the keywords match; markup in it is text, escaped by safeHighlight.
   */
  private async page(
    em: EntityManager,
    from: string,
    params: unknown[],
    order: string,
    orderParams: unknown[],
    tsquery: string | null,
    highlightOf: string,
    page: number,
  ): Promise<{ total: number; hits: SearchPage['hits'] }> {
    const headline = tsquery
      ? `ts_headline('english', ${highlightOf}, to_tsquery('english', ?), 'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) || ', HighlightAll=true')`
      : 'null';
    // The total comes with the page (a window count over the same matches); only a page past the end
    // counts on its own. The highlight is made for the page's rows only, outside (again in order).
    const rows = await em.execute<Array<{ object_id: string; document: Record<string, unknown>; highlight: string | null; total: string }>>(
      `select d.object_id, d.document, ${headline} as highlight, d.total
       from (select d.object_id, d.document, d.sort_hash, d.search_vector, count(*) over () as total ${from} order by ${order} limit ? offset ?) d
       order by ${order}`,
      [...(tsquery ? [tsquery] : []), ...params, ...orderParams, PAGE_SIZE, (page - 1) * PAGE_SIZE, ...orderParams],
    );
    const total = rows.length ? Number(rows[0]!.total) : page === 1 ? 0 : Number((await em.execute<Array<{ n: string }>>(`select count(*) as n ${from}`, params))[0]?.n ?? 0);
    return {
      total,
      hits: rows.map((r) => ({
        id: r.object_id,
        document: typeof r.document === 'string' ? (JSON.parse(r.document) as Record<string, unknown>) : r.document,
        highlight: r.highlight ? safeHighlight(r.highlight) : null,
      })),
    };
  }

  private async lotCounts(em: EntityManager, where: string[], params: unknown[]): Promise<SearchPage['lotCounts']> {
    const counts = await em.execute<Array<{ lot: string; n: string }>>(
      `select d.document->>'lot' as lot, count(*) as n from search_documents d where ${where.join(' and ')} group by 1 order by 1`,
      params,
    );
    return counts.map((c) => ({ lot: c.lot, count: Number(c.n) }));
  }

  /**
   * A G-Cloud results page in one scan of the matches: the matches without the chosen lot and
   * category (what the lot counts count) are read once into `m`, each with whether it is in the
   * chosen lot, whether it is on the page's terms, its rank, and (in the chosen lot) the category
   * values it has. The page, its total, the lot counts and the category counts (the chosen lot's,
   * without the chosen category) all come from `m`; the page's documents and highlights are read
   * for its 30 rows only.
   */
  async searchServices(em: EntityManager, query: ServiceSearchQuery, page: number, facetKey?: string): Promise<SearchPage> {
    const base = this.servicesWhere(query, { withLot: false, except: facetKey });
    const inLot = query.lot ? `d.document->>'lot' = ?` : 'true';
    const lotParams = query.lot ? [query.lot] : [];
    const facetCond: string[] = [];
    const facetParams: unknown[] = [];
    const facetValues = facetKey ? query.filters?.[facetKey] : undefined;
    if (facetKey && facetValues?.length) addFilters(this.content, 'services', { [facetKey]: facetValues }, facetCond, facetParams);
    const onPage = [inLot, ...facetCond].join(' and ');
    const onPageParams = [...lotParams, ...facetParams];
    const tsquery = base.tsquery;
    // Relevance, then the hash of the id, descending (the original's sortonly_serviceIdHash): with equal
    // scores, and with no keywords at all, a stable order that favours no supplier for its ids.
    const rank = tsquery ? `case when ${onPage} then ts_rank(d.search_vector, to_tsquery('english', ?)) end` : 'null::real';
    // Each answer value once per service, normalised as filters match them.
    const facet = facetKey ? `case when ${inLot} then array(select distinct ${normalised(valueText)} from ${answerValues}) end` : 'null::text[]';
    const matches = `with m as materialized (
        select d.id, d.document->>'lot' as lot, (${inLot}) as in_lot, (${onPage}) as on_page, ${rank} as rank, ${facet} as facet, d.sort_hash
        from search_documents d where ${base.where.join(' and ')})`;
    const matchParams = [...lotParams, ...onPageParams, ...(tsquery ? [...onPageParams, tsquery] : []), ...(facetKey ? [...lotParams, answerPath(facetKey)] : []), ...base.params];
    const counts = `(select count(*) from m where on_page) as total,
        (select coalesce(json_agg(json_build_object('lot', x.lot, 'count', x.n) order by x.lot), '[]') from (select lot, count(*) as n from m group by lot) x) as lots,
        (select coalesce(json_agg(json_build_object('value', x.value, 'count', x.n) order by x.value), '[]')
           from (select value, count(*) as n from m cross join lateral unnest(m.facet) value where m.in_lot group by value) x) as facets`;
    const headline = tsquery
      ? `ts_headline('english', coalesce(d.document->>'serviceDescription', ''), to_tsquery('english', ?), 'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) || ', HighlightAll=true')`
      : 'null';
    type Counted = Array<{ lot?: string; value?: string; count: number }>;
    type Row = { object_id: string; document: Record<string, unknown> | string; highlight: string | null; total: string; lots: string | Counted; facets: string | Counted };
    const rows = await em.execute<Row[]>(
      `${matches}, hits as (select id, rank, sort_hash from m where on_page order by rank desc nulls last, sort_hash collate "C" desc limit ? offset ?)
       select d.object_id, d.document, ${headline} as highlight, ${counts}
       from hits h join search_documents d on d.id = h.id order by h.rank desc nulls last, h.sort_hash collate "C" desc`,
      [...matchParams, PAGE_SIZE, (page - 1) * PAGE_SIZE, ...(tsquery ? [tsquery] : [])],
    );
    // An empty page (no match, or past the end) has no row to carry the counts: they are asked alone.
    const summary = rows[0] ?? (await em.execute<Row[]>(`${matches} select ${counts}`, matchParams))[0]!;
    const list = (v: string | Counted): Counted => (typeof v === 'string' ? (JSON.parse(v) as Counted) : v);
    return {
      total: Number(summary.total),
      hits: rows.map((r) => ({
        id: r.object_id,
        document: typeof r.document === 'string' ? (JSON.parse(r.document) as Record<string, unknown>) : r.document,
        highlight: r.highlight ? safeHighlight(r.highlight) : null,
      })),
      lotCounts: list(summary.lots).map((l) => ({ lot: l.lot!, count: Number(l.count) })),
      facetCounts: facetKey ? list(summary.facets).map((f) => ({ value: f.value!, count: Number(f.count) })) : [],
    };
  }

  async searchOpportunities(em: EntityManager, query: OpportunityQuery, page: number): Promise<SearchPage> {
    const where = [BRIEFS, 'not d.deleted'];
    const params: unknown[] = [];
    const tsquery = addKeywords(query.q, where, params);
    addFilters(this.content, 'briefs', query.filters, where, params);
    if (query.statuses?.length) {
      where.push(`d.document->>'status' in (${query.statuses.map(() => '?').join(', ')})`);
      params.push(...query.statuses);
    }
    // Lot counts: the same search in every lot.
    const lotsWhere = [...where];
    const lotsParams = [...params];
    if (query.lots?.length) {
      where.push(`d.document->>'lot' in (${query.lots.map(() => '?').join(', ')})`);
      params.push(...query.lots);
    }
    // As the original: status bucket, newest first, then the hash of the id (ascending); never relevance.
    const order = `(d.document->>'statusOrder')::int, d.document->>'publishedAt' desc, d.sort_hash collate "C"`;
    const [result, lotCounts] = await Promise.all([
      this.page(em, `from search_documents d where ${where.join(' and ')}`, params, order, [], tsquery, `coalesce(d.document->>'summary', '')`, page),
      this.lotCounts(em, lotsWhere, lotsParams),
    ]);
    return { ...result, lotCounts, facetCounts: [] };
  }
}
