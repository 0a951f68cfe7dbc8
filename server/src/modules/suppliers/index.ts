import type { ModuleDefinition } from '../module.js';
import { ContactInformation } from './contact-information.entity.js';
import { Supplier } from './supplier.entity.js';
import { SupplierResolver } from './supplier.resolver.js';

export const suppliersModule: ModuleDefinition = {
  name: 'suppliers',
  entities: [Supplier, ContactInformation],
  resolvers: [SupplierResolver],
  jobs: [],
  publicReads: { supplier: 60 },
};
