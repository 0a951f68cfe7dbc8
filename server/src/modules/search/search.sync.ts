import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../app/clock.js';
import { defineJob, type JobQueue } from '../../app/jobs.js';
import { SEARCH_INDEX_CHANNEL, type SearchIndexEvent } from '../../app/pubsub.js';
import { Brief } from '../briefs/brief.entity.js';
import { Framework, FrameworkFamily } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { Service } from '../services/service.entity.js';
import { briefUpdate, serviceUpdate, serviceUpdateOf, type IndexUpdate, type IndexedObject } from './documents.js';
import { rebuildIndex } from './search.indices.js';
import type { SearchIndex } from './search.port.js';

const indexEvent = (update: IndexUpdate, version: string, clock: Clock): SearchIndexEvent => ({
  index: update.indexName,
  objectType: update.objectType,
  objectId: update.objectId,
  action: update.action,
  version,
  at: clock.now().toISOString(),
});

/** Announces applied updates to every API process (and so to subscribers) when the transaction commits, in one statement. */
async function announce(tx: EntityManager, events: SearchIndexEvent[]): Promise<void> {
  if (!events.length) return;
  await tx.execute(`select ${events.map(() => `pg_notify('${SEARCH_INDEX_CHANNEL}', ?)`).join(', ')}`, events.map((e) => JSON.stringify(e)));
}

/**
 * Reads the object as it is now and applies it to the index. The version is the database clock
 * (microseconds) taken before the read, so a job that read older state can never overwrite a newer
 * one, whatever order jobs finish in. Idempotent: running it again re-applies the same state.
 */
export async function indexCurrent(em: EntityManager, search: SearchIndex, clock: Clock, objectType: IndexedObject, id: string): Promise<boolean> {
  return em.transactional(async (tx) => {
    const [row] = await tx.execute<Array<{ v: string }>>(`select (extract(epoch from clock_timestamp()) * 1000000)::bigint as v`);
    const update = objectType === 'service' ? await serviceUpdate(tx, id) : await briefUpdate(tx, Number(id), clock.now());
    if (!update || !(await search.apply(tx, update, BigInt(row!.v)))) return false;
    await announce(tx, [indexEvent(update, row!.v, clock)]);
    return true;
  });
}

/**
 * Many services at once, as the `search.index` handler receives them: one transaction, one version,
 * the services with their frameworks, lots and suppliers in four statements, then each update
 * applied and announced. The same rules and guarantees as `indexCurrent`, a handful of round trips
 * per batch instead of about nine per service.
 */
export async function indexServiceBatch(em: EntityManager, search: SearchIndex, clock: Clock, serviceIds: readonly string[]): Promise<number> {
  if (!serviceIds.length) return 0;
  return em.transactional(async (tx) => {
    const [row] = await tx.execute<Array<{ v: string }>>(`select (extract(epoch from clock_timestamp()) * 1000000)::bigint as v`);
    const version = BigInt(row!.v);
    const services = await tx.find(Service, { serviceId: { $in: [...serviceIds] } });
    const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
    const [frameworks, lots, suppliers] = await Promise.all([
      tx.find(Framework, { id: { $in: [...new Set(services.map((s) => s.framework.id))] } }).then(byId),
      tx.find(Lot, { id: { $in: [...new Set(services.map((s) => s.lot.id))] } }).then(byId),
      tx.find(Supplier, { id: { $in: [...new Set(services.map((s) => s.supplier.id))] } }).then(byId),
    ]);
    const announced: SearchIndexEvent[] = [];
    for (const service of services) {
      const update = serviceUpdateOf(service, frameworks.get(service.framework.id)!, lots.get(service.lot.id)!, suppliers.get(service.supplier.id)!);
      if (!update || !(await search.apply(tx, update, version))) continue;
      announced.push(indexEvent(update, row!.v, clock));
    }
    await announce(tx, announced);
    return announced.length;
  });
}

/** One object's index update; enqueued in the transaction of every change that affects its document. */
export const indexObjectJob = defineJob<{ objectType: IndexedObject; id: string }>({
  name: 'search.index',
  queue: { retryLimit: 20, retryDelay: 2, retryBackoff: true, retryDelayMax: 300 },
  async handle({ objectType, id }, { em, search, clock }) {
    await indexCurrent(em, search, clock, objectType, id);
  },
});

/** Every service of one framework (its status changed) or one supplier (its name changed). */
export const indexServicesJob = defineJob<{ frameworkId?: number; supplierId?: number }>({
  name: 'search.index-services',
  queue: { retryLimit: 10, retryDelay: 5, retryBackoff: true, retryDelayMax: 600, expireInSeconds: 3600 },
  async handle({ frameworkId, supplierId }, { em, search, clock }) {
    const where: Record<string, unknown> = { framework: { family: FrameworkFamily.G_CLOUD } };
    if (frameworkId !== undefined) where.framework = { id: frameworkId, family: FrameworkFamily.G_CLOUD };
    if (supplierId !== undefined) where.supplier = supplierId;
    await indexServicesWhere(em, search, clock, where);
  },
});

async function indexServicesWhere(em: EntityManager, search: SearchIndex, clock: Clock, where: Record<string, unknown>): Promise<number> {
  let after = 0;
  let count = 0;
  for (;;) {
    const batch = await em.fork().find(Service, { ...where, id: { $gt: after } }, { orderBy: { id: 'asc' }, limit: 500, fields: ['id', 'serviceId'] });
    if (!batch.length) return count;
    for (const s of batch) await indexCurrent(em.fork(), search, clock, 'service', s.serviceId);
    count += batch.length;
    after = batch[batch.length - 1]!.id;
  }
}

export const queueIndex = (em: EntityManager, jobs: JobQueue, objectType: IndexedObject, id: string | number) => jobs.enqueue(em, indexObjectJob, { objectType, id: String(id) });

/** Indexes everything again (data loads, a new index): every G-Cloud service and every brief. */
export async function reindexAll(em: EntityManager, search: SearchIndex, clock: Clock): Promise<{ services: number; briefs: number }> {
  const services = await indexServicesWhere(em, search, clock, { framework: { family: FrameworkFamily.G_CLOUD } });
  const briefs = await em.fork().find(Brief, { publishedAt: { $ne: null } }, { fields: ['id'], orderBy: { id: 'asc' } });
  for (const b of briefs) await indexCurrent(em.fork(), search, clock, 'brief', String(b.id));
  return { services, briefs: briefs.length };
}

/** A full rebuild of one alias, asked for by an admin; progress goes out on the search index feed. */
export const rebuildIndexJob = defineJob<{ alias: string }>({
  name: 'search.rebuild',
  queue: { retryLimit: 0, expireInSeconds: 3600 },
  async handle({ alias }, { em, search, clock, logger }) {
    const done = await rebuildIndex(em, search, clock, alias);
    logger.info({ alias, physicalName: done.physicalName, documents: done.indexed }, 'search index rebuilt');
  },
});

/**
 * A safety net for the closing job of each brief: every minute, briefs whose deadline passed in the
 * last two minutes are indexed again, so that no opportunity stays "open" in search for more than a
 * minute after it closes, however it was written (data loads schedule no closing job).
 */
export const closeBriefsInIndexJob = defineJob<Record<string, never>>({
  name: 'search.close-briefs',
  cron: '* * * * *',
  queue: { retryLimit: 2, retryDelay: 10, expireInSeconds: 300 },
  async handle(_data, { em, search, clock }) {
    const now = clock.now();
    const briefs = await em.fork().find(Brief, { publishedAt: { $ne: null }, applicationsClosedAt: { $lte: now, $gt: new Date(now.getTime() - 2 * 60_000) } }, { fields: ['id'] });
    for (const b of briefs) await indexCurrent(em.fork(), search, clock, 'brief', String(b.id));
  },
});
