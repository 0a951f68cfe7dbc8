import { ServiceDocumentsResolver } from './service.documents.js';
import { AuditType } from '../audit/audit.types.js';
import type { ModuleDefinition } from '../module.js';
import { ArchivedService } from './archived-service.entity.js';
import { releaseCopiedService } from './draft-copy.handlers.js';
import { DraftCopyResolver } from './draft-copy.resolver.js';
import { publishFrameworkServicesJob, publishOnLiveHandler } from './publish.js';
import { Service } from './service.entity.js';
import { AuditEventServiceResolver, ServiceResolver, SupplierServicesResolver } from './service.resolver.js';

export const servicesModule: ModuleDefinition = {
  name: 'services',
  entities: [Service, ArchivedService],
  resolvers: [ServiceResolver, SupplierServicesResolver, AuditEventServiceResolver, DraftCopyResolver, ServiceDocumentsResolver],
  jobs: [publishFrameworkServicesJob],
  handlers: [publishOnLiveHandler],
  inTransaction: [releaseCopiedService],
  publicReads: { service: 60, gCloudSuppliers: 60 },
  unseenEvents: [AuditType.ACKNOWLEDGE_SERVICE_UPDATES],
};
