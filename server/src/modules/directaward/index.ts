import type { ModuleDefinition } from '../module.js';
import { DirectAwardProject, DirectAwardProjectUser, DirectAwardSearch, DirectAwardSearchResultEntry } from './project.entity.js';
import { DirectAwardProjectResolver } from './project.resolver.js';

export const directAwardModule: ModuleDefinition = {
  name: 'directaward',
  entities: [DirectAwardProject, DirectAwardProjectUser, DirectAwardSearch, DirectAwardSearchResultEntry],
  resolvers: [DirectAwardProjectResolver],
  jobs: [],
};
