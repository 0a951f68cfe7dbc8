import DataLoader from 'dataloader';
import type { LoaderFactory } from '../../app/context.js';
import { DraftService, DraftStatus } from './draft-service.entity.js';
import { SupplierFramework } from './supplier-framework.entity.js';

/** How many of an application's draft services are in each status. */
export interface DraftCounts {
  notSubmitted: number;
  submitted: number;
  failed: number;
}

/** Key of `draftCountsByApplication`: the supplier and framework of one application. */
export interface ApplicationKey {
  supplierId: number;
  frameworkId: number;
}

const keyOf = (k: ApplicationKey) => `${k.supplierId}:${k.frameworkId}`;

/** Every application of many suppliers in one query, oldest framework first. */
export const applicationsBySupplier: LoaderFactory<number, SupplierFramework[]> = (em) =>
  new DataLoader(async (supplierIds) => {
    const rows = await em.find(SupplierFramework, { supplier: { $in: [...supplierIds] } }, { orderBy: { framework: { id: 'asc' } } });
    return supplierIds.map((id) => rows.filter((r) => r.supplier.id === id));
  });

/** The draft counts of many applications in one query (only the ids and statuses are read). */
export const draftCountsByApplication: LoaderFactory<ApplicationKey, DraftCounts> = (em) =>
  new DataLoader<ApplicationKey, DraftCounts, string>(
    async (keys) => {
      const rows = await em.find(
        DraftService,
        { supplier: { $in: [...new Set(keys.map((k) => k.supplierId))] }, framework: { $in: [...new Set(keys.map((k) => k.frameworkId))] } },
        { fields: ['id', 'supplier', 'framework', 'status'] },
      );
      const counts = new Map<string, DraftCounts>(keys.map((k) => [keyOf(k), { notSubmitted: 0, submitted: 0, failed: 0 }]));
      for (const row of rows) {
        const c = counts.get(keyOf({ supplierId: row.supplier.id, frameworkId: row.framework.id }));
        if (!c) continue;
        if (row.status === DraftStatus.SUBMITTED) c.submitted += 1;
        else if (row.status === DraftStatus.FAILED) c.failed += 1;
        else c.notSubmitted += 1;
      }
      return keys.map((k) => counts.get(keyOf(k))!);
    },
    { cacheKeyFn: keyOf },
  );
