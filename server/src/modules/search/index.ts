import type { ModuleDefinition } from '../module.js';
import { SearchDocument } from './search-document.entity.js';
import { SearchIndexRecord } from './search-index-record.entity.js';
import { SearchAdminResolver } from './search-admin.resolver.js';
import { OpportunitySearchResolver } from './opportunity-search.resolver.js';
import { SearchFiltersResolver } from './search-filters.resolver.js';
import { SearchUpdatesResolver } from './search-updates.resolver.js';
import { ServiceSearchResolver } from './service-search.resolver.js';
import { searchIndexHandler } from './search.handlers.js';
import { closeBriefsInIndexJob, indexObjectJob, indexServicesJob, rebuildIndexJob } from './search.sync.js';

export { createSearchIndex } from './search-index.js';

export const searchModule: ModuleDefinition = {
  name: 'search',
  entities: [SearchDocument, SearchIndexRecord],
  resolvers: [ServiceSearchResolver, OpportunitySearchResolver, SearchFiltersResolver, SearchUpdatesResolver, SearchAdminResolver],
  jobs: [indexObjectJob, indexServicesJob, rebuildIndexJob, closeBriefsInIndexJob],
  handlers: [searchIndexHandler],
  publicReads: { serviceSearch: 30, opportunitySearch: 30, searchFilters: 300 },
};
