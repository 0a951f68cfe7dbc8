import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from './errors.js';

/**
 * The search port as the rest of the application sees it. The search module implements it (a
 * Postgres full-text adapter and an OpenSearch one); each entry point builds one adapter from the
 * configuration and hands it down in the request, job and event handler contexts.
 */

export type IndexedObject = 'service' | 'brief';

/** What an index job writes: a document, or its removal (the object left the index or is gone). */
export type IndexUpdate =
  | { action: 'upsert'; indexName: string; objectType: IndexedObject; objectId: string; document: Record<string, unknown>; searchText: string }
  | { action: 'delete'; indexName: string; objectType: IndexedObject; objectId: string };

/**
 * A buyer's G-Cloud catalogue search as it is saved (direct award) and re-run: keywords, one lot,
 * and filters (answer key → chosen values; AND across keys; within a key, every value of a checkbox
 * question, any value of a radio or boolean one: see filterClauses).
 */
export interface ServiceSearchQuery {
  q?: string;
  lot?: string;
  filters?: Record<string, string[]>;
}

export interface ServiceSearchResult {
  /** Public service ids, best match first (ties in the order of sortHash, descending). */
  serviceIds: string[];
  total: number;
}

export interface SearchHit {
  id: string;
  document: Record<string, unknown>;
  /** The description (or summary) HTML-escaped, with <mark>…</mark> around matched words; null without keywords. */
  highlight: string | null;
}

export interface SearchPage {
  total: number;
  hits: SearchHit[];
  /** Matches per lot for the same keywords and filters, whatever lot (and category) is chosen. */
  lotCounts: Array<{ lot: string; count: number }>;
  /** Matches per value (normalised) of the facet filter within the chosen lot, whatever values are chosen. */
  facetCounts: Array<{ value: string; count: number }>;
}

export interface OpportunityQuery {
  q?: string;
  lots?: string[];
  statuses?: string[];
  /** Filters of the briefs search content (location, specialistRole, statusOpenClosed: radios, so any value of one), AND across. */
  filters?: Record<string, string[]>;
}

/** One document of a bulk write, with its version. */
export interface VersionedUpdate {
  update: IndexUpdate;
  version: bigint;
}

/**
 * Index jobs `apply` updates (a version that only moves forward: an older update never overwrites a
 * newer one, and a removal leaves a tombstone); queries read only the index.
 */
export interface SearchIndex {
  /** `postgres`, or `opensearch:<prefix>`: whose physical indices a `search_indices` row describes. */
  readonly engine: string;
  /** Writes the update to every physical index behind its alias (active, building, previous). */
  apply(em: EntityManager, update: IndexUpdate, version: bigint): Promise<boolean>;
  /**
   * `apply` for many updates at one version, in one request per physical index (OpenSearch) or one
   * transaction (Postgres): returns the updates written. The same rules as `apply`: an older version
   * is refused, and so is a second update of one object in the batch (its version is not newer).
   */
  applyMany(em: EntityManager, updates: readonly IndexUpdate[], version: bigint): Promise<IndexUpdate[]>;
  findServices(em: EntityManager, query: ServiceSearchQuery, limit: number): Promise<ServiceSearchResult>;
  /** One page of services: relevance, then sortHash descending; with counts per value of `facetKey` (the categories). */
  searchServices(em: EntityManager, query: ServiceSearchQuery, page: number, facetKey?: string): Promise<SearchPage>;
  /** One page of opportunities: live first, then closed, then withdrawn; newest first; then sortHash ascending. */
  searchOpportunities(em: EntityManager, query: OpportunityQuery, page: number): Promise<SearchPage>;

  // Index management (dated physical indices behind aliases; see modules/search/search.indices.ts).
  /** `bulkLoad`: a rebuild will fill it before it is searched (engines may defer refreshes). */
  createPhysical(physical: string, opts?: { bulkLoad?: boolean }): Promise<void>;
  /** Writes a batch to one physical index (older versions refused); returns how many were written. */
  bulk(em: EntityManager, physical: string, items: VersionedUpdate[]): Promise<number>;
  /** Points the alias at the physical index, atomically away from any other. */
  pointAlias(alias: string, physical: string): Promise<void>;
  dropPhysical(em: EntityManager, physical: string): Promise<void>;
  /** Searchable documents in a physical index (tombstones excluded). */
  countPhysical(em: EntityManager, physical: string): Promise<number>;
}

const FILTER_KEY = /^[A-Za-z][A-Za-z0-9]{0,99}$/;

/**
 * A G-Cloud search as the API accepts it (searched now or saved by direct award): trimmed keywords,
 * a lot slug, filter keys that are question ids, each filter's values deduplicated and sorted.
 */
export function cleanSearchQuery(raw: ServiceSearchQuery): ServiceSearchQuery {
  // Control characters (which Postgres text cannot hold) and the engines' highlight marks (U+E000, U+E001) are not search words.
  const notSearchWords = /[\u0000-\u001f\u007f\uE000\uE001]/g; // eslint-disable-line no-control-regex
  const q = raw.q?.replace(notSearchWords, ' ').trim().replace(/\s+/g, ' ') ?? '';
  if (q.length > 500) throw badInput('Search for 500 characters or fewer', { q: 'Search for 500 characters or fewer' });
  if (raw.lot !== undefined && raw.lot !== null && !/^[\w-]{1,100}$/.test(raw.lot)) throw badInput('Choose a category', { lot: 'Choose a category' });
  const filters: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(raw.filters ?? {})) {
    if (!FILTER_KEY.test(key) || !Array.isArray(values) || values.some((v) => typeof v !== 'string' || v.length > 200))
      throw badInput(`Filter ${key} is not valid`, { [`filters.${key}`]: 'Choose from the filter options' });
    if (values.length) filters[key] = [...new Set(values)].sort();
  }
  return { ...(q ? { q } : {}), ...(raw.lot ? { lot: raw.lot } : {}), ...(Object.keys(filters).length ? { filters } : {}) };
}

/** Filter values compared ignoring case, spacing and punctuation: by both engines, the filter content and the summary. */
export const normaliseFilterValue = (v: string) => v.toLowerCase().replace(/[\W_]+/g, '');
