import { AuditType } from './audit.types.js';
import type { ModuleDefinition } from '../module.js';
import { AuditEvent } from './audit-event.entity.js';
import { AuditResolver } from './audit.resolver.js';

export const auditModule: ModuleDefinition = {
  name: 'audit',
  entities: [AuditEvent],
  resolvers: [AuditResolver],
  jobs: [],
  unseenEvents: [AuditType.ADMIN_ACCESS_REFUSED],
};

export { recordAdminRefusal } from './audit.service.js';
