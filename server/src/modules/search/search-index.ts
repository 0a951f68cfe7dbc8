import { Client } from '@opensearch-project/opensearch';
import { OpenSearchSearchIndex } from './opensearch-search.js';
import { PostgresSearchIndex } from './postgres-search.js';
import type { SearchIndex } from './search.port.js';

/** The adapter in use: Postgres full text unless OPENSEARCH_URL names a cluster. */
export let searchIndex: SearchIndex = new PostgresSearchIndex();

/** Chooses the adapter from the configuration; every API and worker process calls it at start. */
export function configureSearchIndex(config: { OPENSEARCH_URL?: string; OPENSEARCH_INDEX_PREFIX: string }): 'opensearch' | 'postgres' {
  if (!config.OPENSEARCH_URL) {
    searchIndex = new PostgresSearchIndex();
    return 'postgres';
  }
  searchIndex = new OpenSearchSearchIndex(new Client({ node: config.OPENSEARCH_URL, maxRetries: 3, requestTimeout: 30_000 }), config.OPENSEARCH_INDEX_PREFIX);
  return 'opensearch';
}
