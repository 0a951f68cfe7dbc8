import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../app/clock.js';
import type { EventHandler } from '../../app/events.js';
import { defineJob } from '../../app/jobs.js';
import type { Logger } from '../../app/logger.js';
import { DraftService } from '../applications/draft-service.entity.js';
import { AuditType } from '../audit/audit.types.js';
import { Framework, FrameworkStatus } from '../frameworks/framework.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { newServiceId } from './service-id.js';
import { Service, ServiceStatus } from './service.entity.js';
import { archiveChange } from './service.history.js';

/** Drafts turned into services per transaction: big enough to be quick, small enough to hold few locks. */
export const PUBLISH_BATCH_SIZE = 200;

/** Ids not yet taken, drawn again where the random draw hit an existing service. */
async function freshServiceIds(em: EntityManager, n: number): Promise<string[]> {
  const ids = new Set<string>();
  while (ids.size < n) {
    const candidates = Array.from({ length: n - ids.size }, newServiceId).filter((id) => !ids.has(id));
    const taken = new Set((await em.find(Service, { serviceId: { $in: candidates } }, { fields: ['serviceId'] })).map((s) => s.serviceId));
    for (const id of candidates) if (!taken.has(id)) ids.add(id);
  }
  return [...ids];
}

/**
 * Publishes one batch: submitted drafts of suppliers on the framework that have no service yet
 * become published services (with a first snapshot and a `publish_draft_service` audit event), and
 * each draft keeps the id of its service. Rows are claimed with SKIP LOCKED, so several workers can
 * share the work; a draft that has its service id is never published twice.
 */
async function publishBatch(em: EntityManager, now: Date, frameworkId: number, batchSize: number, jobId: string): Promise<number> {
  return em.transactional(async (tx) => {
    const framework = await tx.findOne(Framework, { id: frameworkId });
    if (!framework || framework.status !== FrameworkStatus.LIVE) return 0;
    const claimed = await tx.execute<Array<{ id: number }>>(
      `select d.id from draft_services d
         join supplier_frameworks sf on sf.supplier_id = d.supplier_id and sf.framework_id = d.framework_id
        where d.framework_id = ? and d.status = 'submitted' and d.service_id is null and sf.on_framework
        order by d.id limit ? for update of d skip locked`,
      [frameworkId, batchSize],
    );
    if (!claimed.length) return 0;
    const drafts = await tx.find(DraftService, { id: { $in: claimed.map((r) => Number(r.id)) } }, { orderBy: { id: 'asc' } });
    const suppliers = new Map((await tx.find(Supplier, { id: { $in: [...new Set(drafts.map((d) => d.supplier.id))] } })).map((s) => [s.id, s]));
    const ids = await freshServiceIds(tx, drafts.length);
    const pairs = drafts.map((draft, i) => {
      const service = tx.create(Service, {
        serviceId: ids[i]!,
        supplier: draft.supplier,
        framework: draft.framework,
        lot: draft.lot,
        data: structuredClone(draft.data),
        status: ServiceStatus.PUBLISHED,
        createdAt: now,
        updatedAt: now,
      });
      draft.serviceId = service.serviceId;
      draft.updatedAt = now;
      return { draft, service };
    });
    await tx.flush();
    for (const { draft, service } of pairs) {
      await archiveChange(tx, now, service, {
        type: AuditType.PUBLISH_DRAFT_SERVICE,
        actor: null,
        supplierName: suppliers.get(draft.supplier.id)!.name,
        previousArchivedServiceId: null,
        data: { draftId: draft.id, frameworkSlug: framework.slug, jobId },
      });
    }
    return drafts.length;
  });
}

/** Publishes every waiting draft of a live framework, batch by batch; returns how many were published. */
export async function publishFrameworkServices(
  em: EntityManager,
  clock: Clock,
  frameworkId: number,
  opts: { batchSize?: number; logger?: Logger; jobId?: string } = {},
): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await publishBatch(em, clock.now(), frameworkId, opts.batchSize ?? PUBLISH_BATCH_SIZE, opts.jobId ?? 'direct');
    em.clear();
    if (n === 0) break;
    total += n;
    opts.logger?.info({ frameworkId, published: total }, 'publishing services');
  }
  return total;
}

/**
 * Enqueued when a framework goes live (by the handler below). Idempotent: run again (a retry, a
 * second worker, an admin re-run) it publishes only what is still waiting.
 */
export const publishFrameworkServicesJob = defineJob<{ frameworkId: number }>({
  name: 'services.publish-framework',
  queue: { retryLimit: 10, retryDelay: 30, retryBackoff: true, retryDelayMax: 1800, expireInSeconds: 3600 },
  async handle({ frameworkId }, { em, clock, logger, jobId }) {
    const published = await publishFrameworkServices(em, clock, frameworkId, { logger, jobId });
    logger.info({ frameworkId, published }, 'framework services published');
  },
});

/**
 * Going live publishes the successful applicants' services: a framework's status becoming live is
 * the event, the publishing job (batches of drafts, minutes for a large framework) does the work.
 */
export const publishOnLiveHandler: EventHandler = {
  name: 'services.publish-on-live',
  types: [AuditType.FRAMEWORK_UPDATE],
  async handle(events, { em, jobs }) {
    const live = events.filter((e) => (e.data.update as Record<string, unknown> | undefined)?.status === 'live' && e.objectId);
    if (!live.length) return;
    await em.transactional(async (tx) => {
      for (const e of live) await jobs.enqueue(tx, publishFrameworkServicesJob, { frameworkId: Number(e.objectId) }, { singletonKey: `publish-framework-${e.objectId}-${e.id}` });
    });
  },
};
