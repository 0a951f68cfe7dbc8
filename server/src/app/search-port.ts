import type { EntityManager } from '@mikro-orm/postgresql';

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
