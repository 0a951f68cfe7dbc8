import type { Client } from '@opensearch-project/opensearch';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { IndexUpdate } from './documents.js';
import { MARK_END, MARK_START, normaliseFilterValue, PAGE_SIZE, safeHighlight, type OpportunityQuery, type SearchHit, type SearchIndex, type SearchPage, type ServiceSearchQuery, type ServiceSearchResult } from './search.port.js';

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
    filters: { type: 'object', dynamic: true },
    document: { type: 'object', enabled: false },
  },
};


/** Filter values of a document, normalised as queries are (case, spacing and punctuation ignored). */
function filterValues(document: Record<string, unknown>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(document)) {
    const values = (Array.isArray(value) ? value : [value]).filter((v) => typeof v === 'string' || typeof v === 'boolean').map((v) => normaliseFilterValue(String(v)));
    if (values.length && /^[A-Za-z][A-Za-z0-9]{0,99}$/.test(key)) out[key] = values;
  }
  return out;
}

/**
 * The OpenSearch adapter: one physical index per logical index (with a prefix, so that test runs
 * and environments can share a cluster), external versions so that an older update is refused by
 * the engine itself, and tombstone documents for removals.
 */
export class OpenSearchSearchIndex implements SearchIndex {
  private readonly ready = new Set<string>();

  constructor(
    private readonly client: Client,
    private readonly prefix = '',
  ) {}

  physical(indexName: string): string {
    return `${this.prefix}${indexName}`;
  }

  private async ensure(indexName: string): Promise<string> {
    const name = this.physical(indexName);
    if (this.ready.has(name)) return name;
    const exists = await this.client.indices.exists({ index: name });
    if (!exists.body) {
      await this.client.indices.create({ index: name, body: { settings: SETTINGS, mappings: MAPPINGS } as never }).catch((err: { meta?: { body?: { error?: { type?: string } } } }) => {
        if (err.meta?.body?.error?.type !== 'resource_already_exists_exception') throw err;
      });
    }
    this.ready.add(name);
    return name;
  }

  async apply(_em: EntityManager, update: IndexUpdate, version: bigint): Promise<boolean> {
    const index = await this.ensure(update.indexName);
    const upsert = update.action === 'upsert';
    const doc = upsert ? update.document : {};
    const body = {
      objectId: update.objectId,
      deleted: !upsert,
      searchText: upsert ? update.searchText : '',
      highlightText: String(doc.serviceDescription ?? doc.summary ?? ''),
      lot: doc.lot ?? null,
      status: doc.status ?? null,
      statusOrder: doc.statusOrder ?? null,
      publishedAt: doc.publishedAt ?? null,
      numericId: /^\d{1,18}$/.test(update.objectId) ? Number(update.objectId) : null,
      filters: upsert ? filterValues(doc) : {},
      document: doc,
    };
    try {
      await this.client.index({ index, id: update.objectId, body, version: Number(version), version_type: 'external', refresh: 'wait_for' });
      return true;
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode === 409) return false;
      throw err;
    }
  }

  private servicesQuery(query: ServiceSearchQuery, withLot = true): Record<string, unknown> {
    const filter: unknown[] = [{ term: { deleted: false } }];
    if (query.lot && withLot) filter.push({ term: { lot: query.lot } });
    for (const [key, values] of Object.entries(query.filters ?? {})) filter.push({ terms: { [`filters.${key}`]: values.map(normaliseFilterValue) } });
    // Keywords are plain words here (no search syntax), and every one of them is required.
    const must = query.q ? [{ match: { searchText: { query: query.q, operator: 'and' } } }] : [];
    return { bool: { must, filter } };
  }

  private hits(body: { hits: { hits: Array<{ _id: string; _source: { document: Record<string, unknown> }; highlight?: Record<string, string[]> }> } }, withHighlight: boolean): SearchHit[] {
    return body.hits.hits.map((h) => ({
      id: h._id,
      document: h._source.document,
      highlight: withHighlight ? safeHighlight((h.highlight?.highlightText ?? []).join(' … ')) || null : null,
    }));
  }

  async findServices(_em: EntityManager, query: ServiceSearchQuery, limit: number): Promise<ServiceSearchResult> {
    const res = await this.client.search({
      index: this.physical('services-*'),
      ignore_unavailable: true,
      allow_no_indices: true,
      body: { query: this.servicesQuery(query), size: limit, track_total_hits: true, sort: ['_score', { objectId: 'asc' }], _source: false } as never,
    });
    const body = res.body as unknown as { hits: { total: { value: number }; hits: Array<{ _id: string }> } };
    return { serviceIds: body.hits.hits.map((h) => h._id), total: body.hits.total.value };
  }

  /** One page with the total, the per-lot counts (before the post filter) and highlights. */
  private async page(index: string, q: string | undefined, query: unknown, postFilter: unknown[], sort: unknown[], page: number): Promise<SearchPage> {
    const res = await this.client.search({
      index: this.physical(index),
      ignore_unavailable: true,
      allow_no_indices: true,
      body: {
        query,
        post_filter: postFilter.length ? { bool: { filter: postFilter } } : undefined,
        from: (page - 1) * PAGE_SIZE,
        size: PAGE_SIZE,
        track_total_hits: true,
        sort,
        aggs: { lots: { terms: { field: 'lot', size: 50, order: { _key: 'asc' } } } },
        highlight: q ? { fields: { highlightText: { number_of_fragments: 2, fragment_size: 200 } }, pre_tags: [MARK_START], post_tags: [MARK_END], highlight_query: { match: { highlightText: q } } } : undefined,
      } as never,
    });
    const body = res.body as unknown as Parameters<OpenSearchSearchIndex['hits']>[0] & { hits: { total: { value: number } }; aggregations?: { lots: { buckets: Array<{ key: string; doc_count: number }> } } };
    return {
      total: body.hits.total.value,
      hits: this.hits(body, Boolean(q)),
      lotCounts: (body.aggregations?.lots.buckets ?? []).map((b) => ({ lot: b.key, count: b.doc_count })),
    };
  }

  async searchServices(_em: EntityManager, query: ServiceSearchQuery, page: number): Promise<SearchPage> {
    // The lot is a post filter, so that the per-lot counts ignore the chosen lot.
    return this.page('services-*', query.q, this.servicesQuery(query, false), query.lot ? [{ term: { lot: query.lot } }] : [], ['_score', { objectId: 'asc' }], page);
  }

  async searchOpportunities(_em: EntityManager, query: OpportunityQuery, page: number): Promise<SearchPage> {
    // Lots and statuses filter the page but not the per-lot counts (as the Postgres adapter).
    const post: unknown[] = [];
    if (query.statuses?.length) post.push({ terms: { status: query.statuses } });
    if (query.lots?.length) post.push({ terms: { lot: query.lots } });
    const must = query.q ? [{ match: { searchText: { query: query.q, operator: 'and' } } }] : [];
    const sort = [{ statusOrder: 'asc' }, { publishedAt: 'desc' }, { numericId: 'asc' }];
    return this.page('briefs-digital-outcomes-and-specialists', query.q, { bool: { must, filter: [{ term: { deleted: false } }] } }, post, sort, page);
  }
}
