import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditType } from '../audit/audit.types.js';
import type { Framework } from '../frameworks/framework.entity.js';
import type { Lot } from '../frameworks/lot.entity.js';
import type { Supplier } from '../suppliers/supplier.entity.js';
import { newServiceId } from './service-id.js';
import { Service, ServiceStatus } from './service.entity.js';
import { archiveChange } from './service.history.js';

/**
 * Adds a service that did not come through an application here (data loads, demo data, tests),
 * with its first snapshot and an `import_service` audit event, like every other service change.
 */
export async function importService(
  em: EntityManager,
  now: Date,
  fields: { supplier: Supplier; framework: Framework; lot: Lot; data: Record<string, unknown>; status?: ServiceStatus; serviceId?: string },
): Promise<Service> {
  const service = em.create(Service, {
    serviceId: fields.serviceId ?? newServiceId(),
    supplier: fields.supplier,
    framework: fields.framework,
    lot: fields.lot,
    data: fields.data,
    status: fields.status ?? ServiceStatus.PUBLISHED,
    createdAt: now,
    updatedAt: now,
  });
  await em.flush();
  await archiveChange(em, now, service, { type: AuditType.IMPORT_SERVICE, actor: null, supplierName: fields.supplier.name, previousArchivedServiceId: null });
  await em.flush();
  return service;
}
