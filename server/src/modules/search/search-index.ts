import { PostgresSearchIndex } from './postgres-search.js';
import type { SearchIndex } from './search.port.js';

/** The adapter in use. OpenSearch (when OPENSEARCH_URL is set) arrives with the search issue. */
export const searchIndex: SearchIndex = new PostgresSearchIndex();
