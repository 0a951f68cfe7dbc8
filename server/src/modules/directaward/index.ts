import { AuditType } from '../audit/audit.types.js';
import type { ModuleDefinition } from '../module.js';
import { DirectAwardProject, DirectAwardProjectUser, DirectAwardSearch, DirectAwardSearchResultEntry } from './project.entity.js';
import { DirectAwardProjectResolver } from './project.resolver.js';

export const directAwardModule: ModuleDefinition = {
  name: 'directaward',
  entities: [DirectAwardProject, DirectAwardProjectUser, DirectAwardSearch, DirectAwardSearchResultEntry],
  resolvers: [DirectAwardProjectResolver],
  jobs: [],
  // Buyers' projects and saved searches are theirs alone.
  unseenEvents: [AuditType.CREATE_PROJECT, AuditType.UPDATE_PROJECT, AuditType.CREATE_PROJECT_SEARCH, AuditType.LOCK_PROJECT, AuditType.DOWNLOADED_PROJECT],
};
