import { Client } from '@opensearch-project/opensearch';
import type { ContentCatalogue } from '../../app/content-port.js';
import { OpenSearchSearchIndex } from './opensearch-search.js';
import { PostgresSearchIndex } from './postgres-search.js';
import type { SearchIndex } from './search.port.js';

/**
 * The adapter the configuration chooses: Postgres full text unless OPENSEARCH_URL names a cluster.
 * Each entry point builds one at start, with the process's content catalogue (how filters combine
 * is read from the content), and hands it down in its contexts (AppContext, JobContext).
 */
export function createSearchIndex(config: { OPENSEARCH_URL?: string; OPENSEARCH_INDEX_PREFIX?: string }, content: ContentCatalogue): SearchIndex {
  if (!config.OPENSEARCH_URL) return new PostgresSearchIndex(content);
  return new OpenSearchSearchIndex(new Client({ node: config.OPENSEARCH_URL, maxRetries: 3, requestTimeout: 30_000 }), config.OPENSEARCH_INDEX_PREFIX ?? '', content);
}
