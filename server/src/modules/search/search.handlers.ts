import type { EventHandler } from '../../app/events.js';
import { AuditType } from '../audit/audit.types.js';
import { indexBriefBatch, indexServiceBatch, indexServicesJob } from './search.sync.js';

/** The events that can change what search shows: any change to a service or brief, and the changes that reach many services. */
const INDEXED_TYPES: readonly AuditType[] = [
  AuditType.IMPORT_SERVICE,
  AuditType.PUBLISH_DRAFT_SERVICE,
  AuditType.UPDATE_SERVICE,
  AuditType.UPDATE_SERVICE_ADMIN,
  AuditType.UPDATE_SERVICE_STATUS,
  AuditType.TRANSFER_SERVICE,
  AuditType.UPDATE_BRIEF,
  AuditType.UPDATE_BRIEF_STATUS,
  AuditType.BRIEF_APPLICATIONS_CLOSED,
  AuditType.ADD_BRIEF_CLARIFICATION_QUESTION,
  AuditType.UPDATE_BRIEF_RESPONSE,
  AuditType.COMPLETE_OUTCOME,
  AuditType.SUPPLIER_UPDATE,
  AuditType.FRAMEWORK_UPDATE,
];

const numeric = (v: unknown): number | null => (typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : null);

/**
 * Keeps the search indices following the data: each service or brief an event touched is applied
 * again as it is now (once per batch, however many events touched it); a supplier's new name or a
 * framework's new status reaches all their services through one job each. Idempotent: applying an
 * object again writes the same document with a newer version.
 */
export const searchIndexHandler: EventHandler = {
  name: 'search.index',
  types: INDEXED_TYPES,
  batchSize: 200,
  async handle(events, ctx) {
    const { em, jobs } = ctx;
    const services = new Set<string>();
    const briefs = new Set<number>();
    const reindex: Array<{ frameworkId?: number; supplierId?: number }> = [];
    for (const e of events) {
      if (e.objectType === 'Service' && e.objectId) services.add(e.objectId);
      if (e.objectType === 'Brief' && numeric(e.objectId) !== null) briefs.add(numeric(e.objectId)!);
      const briefId = numeric(e.data.briefId);
      if (briefId !== null) briefs.add(briefId);
      const update = (e.data.update ?? {}) as Record<string, unknown>;
      if (e.type === AuditType.SUPPLIER_UPDATE && typeof update.name === 'string' && numeric(e.objectId) !== null) reindex.push({ supplierId: numeric(e.objectId)! });
      // The job takes only G-Cloud services: DOS frameworks' status changes reach none.
      if (e.type === AuditType.FRAMEWORK_UPDATE && update.status !== undefined && numeric(e.objectId) !== null) reindex.push({ frameworkId: numeric(e.objectId)! });
    }
    // In the dispatcher's transaction: enqueued once, however often the batch is retried (say, while the engine is down).
    for (const r of reindex) await jobs.enqueue(em, indexServicesJob, r);
    // One bulk write for the services and one for the briefs of the batch.
    await indexServiceBatch(em.fork(), ctx, [...services]);
    await indexBriefBatch(em.fork(), ctx, [...briefs]);
  },
};
