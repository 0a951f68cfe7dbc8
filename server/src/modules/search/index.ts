import { PostgresServiceSearch } from './postgres-search.js';
import type { ServiceSearch } from './search.port.js';

/** The adapter in use. OpenSearch (when OPENSEARCH_URL is set) arrives with the search issue. */
export const serviceSearch: ServiceSearch = new PostgresServiceSearch();
