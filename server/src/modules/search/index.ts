import type { ModuleDefinition } from '../module.js';
import { SearchDocument } from './search-document.entity.js';
import { SearchIndexResolver, SearchQueryResolver } from './search.resolver.js';
import { indexObjectJob, indexServicesJob } from './search.sync.js';

export { searchIndex as serviceSearch } from './search-index.js';

export const searchModule: ModuleDefinition = {
  name: 'search',
  entities: [SearchDocument],
  resolvers: [SearchIndexResolver, SearchQueryResolver],
  jobs: [indexObjectJob, indexServicesJob],
};
