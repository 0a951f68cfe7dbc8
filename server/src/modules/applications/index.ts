import type { ModuleDefinition } from '../module.js';
import { ApplicationResolver } from './application.resolver.js';
import { DraftService } from './draft-service.entity.js';
import { DraftServiceResolver } from './draft-service.resolver.js';
import { SupplierFramework } from './supplier-framework.entity.js';

export const applicationsModule: ModuleDefinition = {
  name: 'applications',
  entities: [SupplierFramework, DraftService],
  resolvers: [ApplicationResolver, DraftServiceResolver],
  jobs: [],
};
