import DataLoader from 'dataloader';
import type { LoaderFactory } from '../../app/context.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { AuditType } from '../audit/audit.types.js';
import { FrameworkFamily, FrameworkStatus } from '../frameworks/framework.entity.js';
import { Service, ServiceStatus } from './service.entity.js';

/** Key for `servicesBySupplier`: whose services, optionally on one framework, and whether only buyable ones. */
export interface SupplierServicesKey {
  supplierId: number;
  frameworkSlug: string | null;
  publicOnly: boolean;
}

/**
 * Services of many suppliers, one query per distinct (framework, visibility) asked for, in the
 * original's supplier order: framework, lot, service name. Deleted services are never listed.
 */
export const servicesBySupplier: LoaderFactory<SupplierServicesKey, Service[]> = (em) =>
  new DataLoader<SupplierServicesKey, Service[], string>(
    async (keys) => {
      const groups = new Map<string, SupplierServicesKey[]>();
      for (const key of keys) {
        const g = `${key.frameworkSlug ?? ''}|${key.publicOnly}`;
        groups.set(g, [...(groups.get(g) ?? []), key]);
      }
      const found = new Map<string, Service[]>();
      for (const group of groups.values()) {
        const { frameworkSlug, publicOnly } = group[0]!;
        const framework: Record<string, unknown> = {};
        if (frameworkSlug) framework.slug = frameworkSlug;
        if (publicOnly) Object.assign(framework, { status: FrameworkStatus.LIVE, family: FrameworkFamily.G_CLOUD });
        const rows = await em.find(
          Service,
          {
            supplier: { $in: group.map((k) => k.supplierId) },
            status: publicOnly ? ServiceStatus.PUBLISHED : { $ne: ServiceStatus.DELETED },
            ...(Object.keys(framework).length ? { framework } : {}),
          },
          { orderBy: { framework: { id: 'asc' }, lot: { id: 'asc' }, id: 'asc' } },
        );
        for (const row of rows) {
          const k = `${row.supplier.id}|${frameworkSlug ?? ''}|${publicOnly}`;
          found.set(k, [...(found.get(k) ?? []), row]);
        }
      }
      return keys.map((k) => {
        const rows = found.get(`${k.supplierId}|${k.frameworkSlug ?? ''}|${k.publicOnly}`) ?? [];
        return rows.sort((a, b) => a.framework.id - b.framework.id || a.lot.id - b.lot.id || String(a.data.serviceName ?? '').localeCompare(String(b.data.serviceName ?? '')));
      });
    },
    { cacheKeyFn: (k) => `${k.supplierId}|${k.frameworkSlug ?? ''}|${k.publicOnly}` },
  );

/** When each service's status last changed (for "removed on <date>"), for many services at once. */
export const lastStatusChange: LoaderFactory<string, Date | undefined> = (em) =>
  new DataLoader(async (serviceIds) => {
    const rows = await em.find(
      AuditEvent,
      { type: AuditType.UPDATE_SERVICE_STATUS, objectType: 'Service', objectId: { $in: [...serviceIds] } },
      { orderBy: { createdAt: 'asc', id: 'asc' }, fields: ['objectId', 'createdAt'] },
    );
    const latest = new Map<string, Date>();
    for (const row of rows) latest.set(row.objectId!, row.createdAt);
    return serviceIds.map((id) => latest.get(id));
  });

/** Services by public id (an audit event's object), for many at once. */
export const serviceByPublicId: LoaderFactory<string, Service | undefined> = (em) =>
  new DataLoader(async (ids) => {
    const rows = await em.find(Service, { serviceId: { $in: [...ids] } });
    const byId = new Map(rows.map((s) => [s.serviceId, s]));
    return ids.map((id) => byId.get(id));
  });
