import type { ModuleDefinition } from '../module.js';
import { SearchDocument } from './search-document.entity.js';
import { SearchIndexRecord } from './search-index-record.entity.js';
import { SearchAdminResolver } from './search-admin.resolver.js';
import { SearchIndexResolver, SearchQueryResolver } from './search.resolver.js';
import { searchIndexHandler } from './search.handlers.js';
import { closeBriefsInIndexJob, indexObjectJob, indexServicesJob, rebuildIndexJob } from './search.sync.js';

export { createSearchIndex } from './search-index.js';

export const searchModule: ModuleDefinition = {
  name: 'search',
  entities: [SearchDocument, SearchIndexRecord],
  resolvers: [SearchIndexResolver, SearchQueryResolver, SearchAdminResolver],
  jobs: [indexObjectJob, indexServicesJob, rebuildIndexJob, closeBriefsInIndexJob],
  handlers: [searchIndexHandler],
};
