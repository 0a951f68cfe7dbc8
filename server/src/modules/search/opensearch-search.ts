import type { Client } from '@opensearch-project/opensearch';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContentCatalogue } from '../../app/content-port.js';
import { DomainError } from '../../app/errors.js';
import { normaliseFilterValue } from '../../app/search-port.js';
import { filterClauses, type SearchKind } from '../frameworks/search-filters.js';
import type { IndexUpdate } from './documents.js';
import { writeTargets } from './search.indices.js';
import {
  byAlias,
  onePerObject,
  MARK_END,
  MARK_START,
  PAGE_SIZE,
  safeHighlight,
  simpleQuery,
  sortHash,
  type OpportunityQuery,
  type SearchHit,
  type SearchIndex,
  type SearchPage,
  type ServiceSearchQuery,
  type ServiceSearchResult,
  type VersionedUpdate,
} from './search.port.js';

/** Analysis as the original's mappings: standard tokens, lower case, light English stemming. */
const SETTINGS = {
  analysis: {
    analyzer: { stemming_analyzer: { type: 'custom', tokenizer: 'standard', filter: ['lowercase', 'possessive_english_stemmer', 'light_english_stemmer'] } },
    filter: { light_english_stemmer: { type: 'stemmer', name: 'light_english' }, possessive_english_stemmer: { type: 'stemmer', name: 'possessive_english' } },
  },
};

const MAPPINGS = {
  dynamic: false,
  dynamic_templates: [{ filters: { path_match: 'filters.*', mapping: { type: 'keyword' } } }],
  properties: {
    objectId: { type: 'keyword' },
    deleted: { type: 'boolean' },
    searchText: { type: 'text', analyzer: 'stemming_analyzer' },
    highlightText: { type: 'text', analyzer: 'stemming_analyzer' },
    lot: { type: 'keyword' },
    status: { type: 'keyword' },
    statusOrder: { type: 'integer' },
    publishedAt: { type: 'date' },
    numericId: { type: 'long' },
    sortHash: { type: 'keyword' },
    filters: { type: 'object', dynamic: true },
    document: { type: 'object', enabled: false },
  },
};

const FILTER_FIELD = /^[A-Za-z][A-Za-z0-9]{0,99}$/;

/** Filter values of a document, normalised as queries are (case, spacing and punctuation ignored). */
function filterValues(document: Record<string, unknown>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  // Loops rather than chained filter/map: this runs for every answer of every document a rebuild writes.
  for (const key in document) {
    if (!Object.hasOwn(document, key) || !FILTER_FIELD.test(key)) continue;
    const value = document[key];
    const values: string[] = [];
    if (Array.isArray(value)) {
      for (const v of value) if (typeof v === 'string' || typeof v === 'boolean') values.push(normaliseFilterValue(String(v)));
    } else if (typeof value === 'string' || typeof value === 'boolean') values.push(normaliseFilterValue(String(value)));
    if (values.length) out[key] = values;
  }
  return out;
}

/** Highlights are whole texts (descriptions and summaries are at most 500 characters); one without a match is cut here. */
const HIGHLIGHT_LIMIT = 10_000;

/** Searches fail fast, and as the API's SERVICE_UNAVAILABLE, while the engine cannot be reached. */
const SEARCH_OPTIONS = { requestTimeout: 10_000, maxRetries: 1 };

function unavailable(err: unknown): never {
  const e = err as { name?: string; statusCode?: number };
  if (e.name === 'ConnectionError' || e.name === 'TimeoutError' || e.name === 'NoLivingConnectionsError' || (e.statusCode ?? 0) >= 500) {
    throw new DomainError('SERVICE_UNAVAILABLE', 'Search is not available at the moment; try again in a few minutes');
  }
  throw err;
}

const statusOf = (err: unknown) => (err as { statusCode?: number; meta?: { statusCode?: number } }).statusCode ?? (err as { meta?: { statusCode?: number } }).meta?.statusCode;

/** Filter clauses: one `term` per value that must be there, one `terms` for alternatives. */
function filterQueries(content: ContentCatalogue, kind: SearchKind, filters: Record<string, string[]> | undefined, except?: string): unknown[] {
  return filterClauses(content, kind, filters, except).flatMap<unknown>(({ key, values, every }) =>
    every ? values.map((v) => ({ term: { [`filters.${key}`]: v } })) : [{ terms: { [`filters.${key}`]: values } }],
  );
}

/**
 * The order of equals: the id's hash (indices made before it was indexed sort their documents last,
 * until rebuilt, rather than failing).
 */
const byHash = (order: 'asc' | 'desc') => ({ sortHash: { order, unmapped_type: 'keyword' } });
const SERVICES_SORT = ['_score', byHash('desc')];

/** The indexed body of an update: text, sort keys, normalised filter values and the document itself. */
function indexedBody(update: IndexUpdate): Record<string, unknown> {
  const upsert = update.action === 'upsert';
  const doc = upsert ? update.document : {};
  return {
    objectId: update.objectId,
    deleted: !upsert,
    searchText: upsert ? update.searchText : '',
    highlightText: String(doc.serviceDescription ?? doc.summary ?? ''),
    lot: doc.lot ?? null,
    status: doc.status ?? null,
    statusOrder: doc.statusOrder ?? null,
    publishedAt: doc.publishedAt ?? null,
    numericId: /^\d{1,18}$/.test(update.objectId) ? Number(update.objectId) : null,
    sortHash: sortHash(update.objectId),
    filters: upsert ? filterValues(doc) : {},
    document: doc,
  };
}

/**
 * The OpenSearch adapter: dated physical indices (`<prefix>ix-<alias>-<date>`) behind aliases
 * (`<prefix><alias>`; the prefix lets test runs and environments share a cluster), external
 * versions so that an older update is refused by the engine itself, and tombstones for removals.
 */
export class OpenSearchSearchIndex implements SearchIndex {
  readonly engine: string;

  /** `content`: the process's catalogue, which says how each filter's values combine. */
  constructor(
    private readonly client: Client,
    private readonly prefix: string,
    private readonly content: ContentCatalogue,
  ) {
    this.engine = `opensearch:${prefix}`;
  }

  /** The engine's name for a physical index, and for an alias. */
  physical(name: string): string {
    return `${this.prefix}ix-${name}`;
  }

  alias(name: string): string {
    return `${this.prefix}${name}`;
  }

  async createPhysical(physical: string, opts: { bulkLoad?: boolean } = {}): Promise<void> {
    // An index being filled by a rebuild is not refreshed until it is swapped in (faster bulk loads).
    const settings = opts.bulkLoad ? { ...SETTINGS, refresh_interval: '-1' } : SETTINGS;
    await this.client.indices
      .create({ index: this.physical(physical), body: { settings, mappings: MAPPINGS } as never })
      .catch((err: { meta?: { body?: { error?: { type?: string } } } }) => {
        if (err.meta?.body?.error?.type !== 'resource_already_exists_exception') throw err;
      });
  }

  async apply(em: EntityManager, update: IndexUpdate, version: bigint): Promise<boolean> {
    return (await this.applyMany(em, [update], version)).length > 0;
  }

  async applyMany(em: EntityManager, updates: readonly IndexUpdate[], version: bigint): Promise<IndexUpdate[]> {
    const distinct = onePerObject(updates);
    const applied = new Set<IndexUpdate>();
    for (const [alias, batch] of byAlias(distinct)) {
      const targets = await writeTargets(em, this, alias);
      const items = batch.map((update) => ({ update, version }));
      for (const target of targets) {
        // Searchable as soon as the handler ends, in the index searches read (edits are rare next to searches,
        // so a refresh per request is affordable); a building or previous index is refreshed when swapped in.
        const statuses = await this.write(target.physical, items, target.state === 'active');
        statuses.forEach((status, i) => {
          if (status < 300) applied.add(batch[i]!);
          // A previous or building index removed a moment ago (rebuild finished or failed) is no loss; the only one is.
          else if (status === 404 && targets.length === 1) throw new Error(`indexing into ${this.physical(target.physical)} failed: index_not_found_exception`);
        });
      }
    }
    return distinct.filter((u) => applied.has(u));
  }

  /**
   * One `_bulk` request to one physical index with external versions: the status of each item, in
   * order. 409 (the index holds a newer version) and 404 (no such index) are the caller's to read.
   */
  private async write(physical: string, items: readonly VersionedUpdate[], refresh: boolean): Promise<number[]> {
    const index = this.physical(physical);
    const body = items.flatMap(({ update, version }) => [
      { index: { _index: index, _id: update.objectId, version: Number(version), version_type: 'external' } },
      indexedBody(update),
    ]);
    const res = await this.client.bulk({ body: body as never, refresh });
    const result = res.body as unknown as { items: Array<{ index?: { status: number; error?: { type?: string; reason?: string } } }> };
    return result.items.map(({ index: item }) => {
      const status = item?.status ?? 500;
      if (status >= 300 && status !== 409 && status !== 404) throw new Error(`bulk indexing into ${index} failed: ${item?.error?.type ?? status} ${item?.error?.reason ?? ''}`);
      return status;
    });
  }

  async bulk(_em: EntityManager, physical: string, items: VersionedUpdate[]): Promise<number> {
    if (!items.length) return 0;
    const statuses = await this.write(physical, items, false);
    if (statuses.includes(404)) throw new Error(`bulk indexing into ${this.physical(physical)} failed: index_not_found_exception`);
    return statuses.filter((s) => s < 300).length;
  }

  async pointAlias(alias: string, physical: string): Promise<void> {
    const name = this.alias(alias);
    const target = this.physical(physical);
    await this.client.indices.putSettings({ index: target, body: { index: { refresh_interval: '1s' } } as never });
    await this.client.indices.refresh({ index: target });
    const holders = await this.client.indices
      .getAlias({ name })
      .then((r) => Object.keys(r.body as object))
      .catch((err) => {
        if (statusOf(err) === 404) return [] as string[];
        throw err;
      });
    const actions: unknown[] = holders.filter((h) => h !== target).map((h) => ({ remove: { index: h, alias: name } }));
    actions.push({ add: { index: target, alias: name } });
    await this.client.indices.updateAliases({ body: { actions } as never });
  }

  async dropPhysical(_em: EntityManager, physical: string): Promise<void> {
    await this.client.indices.delete({ index: this.physical(physical) }).catch((err) => {
      if (statusOf(err) !== 404) throw err;
    });
  }

  async countPhysical(_em: EntityManager, physical: string): Promise<number> {
    const res = await this.client.count({ index: this.physical(physical), body: { query: { term: { deleted: false } } } as never }).catch((err) => {
      if (statusOf(err) === 404) return { body: { count: 0 } };
      throw err;
    });
    return (res.body as { count: number }).count;
  }

  private servicesQuery(query: ServiceSearchQuery, opts: { withLot?: boolean; except?: string } = {}): Record<string, unknown> {
    const filter: unknown[] = [{ term: { deleted: false } }];
    if (query.lot && opts.withLot !== false) filter.push({ term: { lot: query.lot } });
    filter.push(...filterQueries(this.content, 'services', query.filters, opts.except));
    // The original's simple query syntax (every word required, phrases, exclusions, either-or), never a query string.
    const must = query.q ? [simpleQuery(query.q, 'searchText')] : [];
    return { bool: { must, filter } };
  }

  private hits(
    body: { hits: { hits: Array<{ _id: string; _source: { document: Record<string, unknown> }; highlight?: Record<string, string[]> }> } },
    withHighlight: boolean,
  ): SearchHit[] {
    return body.hits.hits.map((h) => ({
      id: h._id,
      document: h._source.document,
      highlight: withHighlight ? safeHighlight((h.highlight?.highlightText ?? []).join(' … ')) || null : null,
    }));
  }

  private search(index: string, body: Record<string, unknown>) {
    return this.client.search({ index: this.alias(index), ignore_unavailable: true, allow_no_indices: true, body: body as never }, SEARCH_OPTIONS).catch(unavailable);
  }

  async findServices(_em: EntityManager, query: ServiceSearchQuery, limit: number): Promise<ServiceSearchResult> {
    const res = await this.search('services-*', { query: this.servicesQuery(query), size: limit, track_total_hits: true, sort: SERVICES_SORT, _source: false });
    const body = res.body as unknown as { hits: { total: { value: number }; hits: Array<{ _id: string }> } };
    return { serviceIds: body.hits.hits.map((h) => h._id), total: body.hits.total.value };
  }

  /** The request body of one page: the total, per-lot counts (before the post filter), facet counts and highlights. */
  private pageBody(q: string | undefined, query: unknown, postFilter: unknown[], sort: unknown[], page: number, aggs: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      query,
      post_filter: postFilter.length ? { bool: { filter: postFilter } } : undefined,
      from: (page - 1) * PAGE_SIZE,
      size: PAGE_SIZE,
      track_total_hits: true,
      sort,
      aggs: { lots: { terms: { field: 'lot', size: 50, order: { _key: 'asc' } } }, ...aggs },
      // The whole text (as the original: number_of_fragments 0), marked where the keywords match.
      highlight: q
        ? {
            fields: { highlightText: { number_of_fragments: 0, no_match_size: HIGHLIGHT_LIMIT } },
            pre_tags: [MARK_START],
            post_tags: [MARK_END],
            highlight_query: simpleQuery(q, 'highlightText'),
          }
        : undefined,
    };
  }

  private async page(index: string, q: string | undefined, body: Record<string, unknown>): Promise<SearchPage> {
    const res = await this.search(index, body);
    type Buckets = { buckets: Array<{ key: string; doc_count: number }> };
    const found = res.body as unknown as Parameters<OpenSearchSearchIndex['hits']>[0] & {
      hits: { total: { value: number } };
      aggregations?: { lots: Buckets; facet?: { values: Buckets } };
    };
    return {
      total: found.hits.total.value,
      hits: this.hits(found, Boolean(q)),
      lotCounts: (found.aggregations?.lots.buckets ?? []).map((b) => ({ lot: b.key, count: b.doc_count })),
      facetCounts: (found.aggregations?.facet?.values.buckets ?? []).map((b) => ({ value: b.key, count: b.doc_count })),
    };
  }

  /** The one request a service search page makes (the benchmark sends it straight to the engine too). */
  serviceSearchRequest(query: ServiceSearchQuery, page: number, facetKey?: string): { index: string; body: Record<string, unknown> } {
    // The lot and the facet's values are post filters, so that lot counts ignore both and facet counts ignore the values.
    const post: unknown[] = [];
    if (query.lot) post.push({ term: { lot: query.lot } });
    if (facetKey) post.push(...filterQueries(this.content, 'services', { [facetKey]: query.filters?.[facetKey] ?? [] }));
    const aggs = facetKey
      ? {
          facet: {
            filter: query.lot ? { term: { lot: query.lot } } : { match_all: {} },
            aggs: { values: { terms: { field: `filters.${facetKey}`, size: 1000, order: { _key: 'asc' } } } },
          },
        }
      : {};
    return { index: this.alias('services-*'), body: this.pageBody(query.q, this.servicesQuery(query, { withLot: false, except: facetKey }), post, SERVICES_SORT, page, aggs) };
  }

  async searchServices(_em: EntityManager, query: ServiceSearchQuery, page: number, facetKey?: string): Promise<SearchPage> {
    return this.page('services-*', query.q, this.serviceSearchRequest(query, page, facetKey).body);
  }

  async searchOpportunities(_em: EntityManager, query: OpportunityQuery, page: number): Promise<SearchPage> {
    // Lots filter the page but not the per-lot counts (as the Postgres adapter).
    const filter: unknown[] = [{ term: { deleted: false } }];
    if (query.statuses?.length) filter.push({ terms: { status: query.statuses } });
    filter.push(...filterQueries(this.content, 'briefs', query.filters));
    const post = query.lots?.length ? [{ terms: { lot: query.lots } }] : [];
    const must = query.q ? [simpleQuery(query.q, 'searchText')] : [];
    // As the original: status bucket, newest first, then the id's hash ascending; never relevance.
    const sort = [{ statusOrder: 'asc' }, { publishedAt: 'desc' }, byHash('asc')];
    return this.page('briefs-digital-outcomes-and-specialists', query.q, this.pageBody(query.q, { bool: { must, filter } }, post, sort, page));
  }
}
