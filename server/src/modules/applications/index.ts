import type { ModuleDefinition } from '../module.js';
import { ApplicationResolver } from './application.resolver.js';
import { SupplierFramework } from './supplier-framework.entity.js';

export const applicationsModule: ModuleDefinition = {
  name: 'applications',
  entities: [SupplierFramework],
  resolvers: [ApplicationResolver],
  jobs: [],
};
