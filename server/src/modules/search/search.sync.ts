import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../app/clock.js';
import { defineJob, type JobQueue } from '../../app/jobs.js';
import { SEARCH_INDEX_CHANNEL, type SearchIndexEvent } from '../../app/pubsub.js';
import { Brief } from '../briefs/brief.entity.js';
import { Framework, FrameworkFamily } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { Service } from '../services/service.entity.js';
import { briefUpdate, serviceUpdateOf, type IndexUpdate, type IndexedObject } from './documents.js';
import { dbVersion, serviceUpdatesPage, type ServiceScope } from './rebuild.rows.js';
import { rebuildIndex, type Indexing } from './search.indices.js';
import type { SearchIndex } from './search.port.js';

/** Objects read and written per transaction by the jobs that index many. */
const BATCH = 500;

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
  await tx.execute(
    `select ${events.map(() => `pg_notify('${SEARCH_INDEX_CHANNEL}', ?)`).join(', ')}`,
    events.map((e) => JSON.stringify(e)),
  );
}

/** Writes the updates to the index in bulk and announces those written; returns how many. */
async function applyAndAnnounce(tx: EntityManager, search: SearchIndex, clock: Clock, updates: IndexUpdate[], version: bigint): Promise<number> {
  if (!updates.length) return 0;
  const applied = await search.applyMany(tx, updates, version);
  await announce(
    tx,
    applied.map((u) => indexEvent(u, version.toString(), clock)),
  );
  return applied.length;
}

/**
 * Reads the object as it is now and applies it to the index. The version is the database clock
 * (microseconds) taken before the read, so a job that read older state can never overwrite a newer
 * one, whatever order jobs finish in. Idempotent: running it again re-applies the same state.
 */
export async function indexCurrent(em: EntityManager, indexing: Indexing, objectType: IndexedObject, id: string): Promise<boolean> {
  const written = objectType === 'service' ? await indexServiceBatch(em, indexing, [id]) : await indexBriefBatch(em, indexing, [Number(id)]);
  return written > 0;
}

/**
 * Many services at once, as the `search.index` handler receives them: one transaction, one version,
 * the services with their frameworks, lots and suppliers in four statements, then every update
 * written in one bulk write and announced. The same rules and guarantees as one at a time, a
 * handful of round trips per batch instead of about nine per service.
 */
export async function indexServiceBatch(em: EntityManager, { search, clock, content }: Indexing, serviceIds: readonly string[]): Promise<number> {
  if (!serviceIds.length) return 0;
  return em.transactional(async (tx) => {
    const version = await dbVersion(tx);
    const services = await tx.find(Service, { serviceId: { $in: [...serviceIds] } });
    const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
    const [frameworks, lots, suppliers] = await Promise.all([
      tx.find(Framework, { id: { $in: [...new Set(services.map((s) => s.framework.id))] } }).then(byId),
      tx.find(Lot, { id: { $in: [...new Set(services.map((s) => s.lot.id))] } }).then(byId),
      tx.find(Supplier, { id: { $in: [...new Set(services.map((s) => s.supplier.id))] } }).then(byId),
    ]);
    const updates = services
      .map((service) => serviceUpdateOf(content, service, frameworks.get(service.framework.id)!, lots.get(service.lot.id)!, suppliers.get(service.supplier.id)!))
      .filter((u): u is IndexUpdate => u !== null);
    return applyAndAnnounce(tx, search, clock, updates, version);
  });
}

/** Many briefs at once (each read as it is now, its status as of now): one transaction, one version, one bulk write. */
export async function indexBriefBatch(em: EntityManager, { search, clock }: Indexing, briefIds: readonly number[]): Promise<number> {
  if (!briefIds.length) return 0;
  return em.transactional(async (tx) => {
    const version = await dbVersion(tx);
    const now = clock.now();
    const updates: IndexUpdate[] = [];
    for (const id of briefIds) {
      const update = await briefUpdate(tx, id, now);
      if (update) updates.push(update);
    }
    return applyAndAnnounce(tx, search, clock, updates, version);
  });
}

/** One object's index update; enqueued in the transaction of every change that affects its document. */
export const indexObjectJob = defineJob<{ objectType: IndexedObject; id: string }>({
  name: 'search.index',
  queue: { retryLimit: 20, retryDelay: 2, retryBackoff: true, retryDelayMax: 300 },
  async handle({ objectType, id }, ctx) {
    await indexCurrent(ctx.em, ctx, objectType, id);
  },
});

/** Every service of one framework (its status changed) or one supplier (its name changed). */
export const indexServicesJob = defineJob<{ frameworkId?: number; supplierId?: number }>({
  name: 'search.index-services',
  queue: { retryLimit: 10, retryDelay: 5, retryBackoff: true, retryDelayMax: 600, expireInSeconds: 3600 },
  async handle({ frameworkId, supplierId }, ctx) {
    await indexServicesWhere(ctx.em, ctx, { family: FrameworkFamily.G_CLOUD, frameworkId, supplierId });
  },
});

/**
 * Reads and indexes services a page at a time, as plain rows (rebuild.rows.ts): per page one
 * transaction, its version taken before the read, one bulk write, and the announcements.
 */
async function indexServicesWhere(em: EntityManager, { search, clock, content }: Indexing, scope: ServiceScope): Promise<number> {
  let after = 0;
  let count = 0;
  for (;;) {
    const page = await em.fork().transactional(async (tx) => {
      const version = await dbVersion(tx);
      const read = await serviceUpdatesPage(tx, content, scope, after, BATCH);
      if (read) await applyAndAnnounce(tx, search, clock, read.updates, version);
      return read;
    });
    if (!page) return count;
    count += page.read;
    after = page.last;
  }
}

/** Indexes briefs a batch at a time (one bulk write each). */
async function indexBriefsInBatches(em: EntityManager, indexing: Indexing, briefIds: readonly number[]): Promise<void> {
  for (let i = 0; i < briefIds.length; i += BATCH) await indexBriefBatch(em.fork(), indexing, briefIds.slice(i, i + BATCH));
}

export const queueIndex = (em: EntityManager, jobs: JobQueue, objectType: IndexedObject, id: string | number) => jobs.enqueue(em, indexObjectJob, { objectType, id: String(id) });

/** Indexes everything again (data loads, a new index): every G-Cloud service and every brief. */
export async function reindexAll(em: EntityManager, indexing: Indexing): Promise<{ services: number; briefs: number }> {
  const services = await indexServicesWhere(em, indexing, { family: FrameworkFamily.G_CLOUD });
  const briefs = await em.fork().find(Brief, { publishedAt: { $ne: null } }, { fields: ['id'], orderBy: { id: 'asc' } });
  await indexBriefsInBatches(
    em,
    indexing,
    briefs.map((b) => b.id),
  );
  return { services, briefs: briefs.length };
}

/** A full rebuild of one alias, asked for by an admin; progress goes out on the search index feed. */
export const rebuildIndexJob = defineJob<{ alias: string }>({
  name: 'search.rebuild',
  queue: { retryLimit: 0, expireInSeconds: 3600 },
  async handle({ alias }, ctx) {
    const done = await rebuildIndex(ctx.em, ctx, alias);
    ctx.logger.info({ alias, physicalName: done.physicalName, documents: done.indexed }, 'search index rebuilt');
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
  async handle(_data, ctx) {
    const { em, clock } = ctx;
    const now = clock.now();
    const briefs = await em.fork().find(Brief, { publishedAt: { $ne: null }, applicationsClosedAt: { $lte: now, $gt: new Date(now.getTime() - 2 * 60_000) } }, { fields: ['id'] });
    await indexBriefsInBatches(
      em,
      ctx,
      briefs.map((b) => b.id),
    );
  },
});
