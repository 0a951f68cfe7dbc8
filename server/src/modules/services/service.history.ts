import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../app/context.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuditType } from '../audit/audit.types.js';
import { ArchivedService } from './archived-service.entity.js';
import type { Service } from './service.entity.js';

export interface ServiceChange {
  type: AuditType;
  actor: Pick<Viewer, 'id' | 'email'> | null;
  /** Extra audit details (old and new status, the draft published, the snapshot reverted to…). */
  data?: Record<string, unknown>;
  /** Known already (a service just created has no earlier snapshot); looked up otherwise. */
  previousArchivedServiceId?: number | null;
  supplierName: string;
}

/**
 * Every change to a service ends here, inside the caller's transaction: a snapshot of the service as
 * it now is, and an audit event linking the snapshot before and after (dm-api §5.4 step 6).
 */
export async function archiveChange(em: EntityManager, now: Date, service: Service, change: ServiceChange): Promise<ArchivedService> {
  const previous =
    change.previousArchivedServiceId !== undefined
      ? change.previousArchivedServiceId
      : ((await em.findOne(ArchivedService, { service: service.id }, { orderBy: { id: 'desc' }, fields: ['id'] }))?.id ?? null);
  const snapshot = em.create(ArchivedService, {
    service,
    serviceId: service.serviceId,
    supplier: service.supplier,
    framework: service.framework,
    lot: service.lot,
    data: structuredClone(service.data),
    status: service.status,
    createdAt: now,
  });
  await em.flush();
  recordAudit(em, now, {
    type: change.type,
    actor: change.actor,
    objectType: 'Service',
    objectId: service.serviceId,
    data: {
      serviceId: service.serviceId,
      supplierId: service.supplier.id,
      supplierName: change.supplierName,
      oldArchivedServiceId: previous,
      newArchivedServiceId: snapshot.id,
      ...change.data,
    },
  });
  // The audit event is the domain event: search (a handler of it) follows once this transaction commits.
  return snapshot;
}

/** JSON equality that ignores key order (answers come back from jsonb with keys reordered). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((v, i) => sameJson(v, (b as unknown[])[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export interface AnswerDiff {
  questionId: string;
  before: unknown;
  after: unknown;
}

/**
 * The answers that differ between two versions of a service, in `order` (the content's question
 * order) and then alphabetically for keys the content does not list. Absent answers are null.
 */
export function diffAnswers(before: Record<string, unknown>, after: Record<string, unknown>, order: readonly string[] = []): AnswerDiff[] {
  const rank = new Map(order.map((k, i) => [k, i]));
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || a.localeCompare(b));
  return keys.filter((k) => !sameJson(before[k], after[k])).map((k) => ({ questionId: k, before: before[k] ?? null, after: after[k] ?? null }));
}
