import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../app/clock.js';
import type { ContentCatalogue } from '../../app/content-port.js';
import { conflict, notFound } from '../../app/errors.js';
import { SEARCH_INDEX_CHANNEL, type SearchIndexEvent } from '../../app/pubsub.js';
import { Brief } from '../briefs/brief.entity.js';
import { Framework, FrameworkFamily, FrameworkStatus } from '../frameworks/framework.entity.js';
import { Service } from '../services/service.entity.js';
import { BRIEFS_INDEX, briefUpdate, servicesIndex } from './documents.js';
import { dbVersion, servicePages } from './rebuild.rows.js';
import type { IndexState } from './search-index-record.entity.js';
import type { SearchIndex, VersionedUpdate } from './search.port.js';

/**
 * Dated physical indices behind aliases (dm-search §4.1, done without its gaps): a rebuild fills a
 * new index while index jobs write to it as well as to the live one, swaps the alias in one step,
 * keeps the previous index (still written to) for a rollback, and removes older ones.
 */
export const REBUILD_BATCH = 500;
export const REBUILD_CONCURRENCY = 2;

/**
 * What writing documents needs: the adapter, the clock (versions, announcements) and the content
 * catalogue (service transformations). Job and event handler contexts have all three.
 */
export interface Indexing {
  search: SearchIndex;
  clock: Clock;
  content: ContentCatalogue;
}

const physicalName = (alias: string, now: Date) =>
  `${alias}-${now
    .toISOString()
    .replace(/[-:.Z]/g, '')
    .toLowerCase()}${randomBytes(2).toString('hex')}`;

interface Row {
  physical_name: string;
  state: IndexState;
}

/**
 * The physical indices an update for `alias` goes to. The first write to an alias creates its
 * first index (under a lock, so concurrent first writes agree on one).
 */
export async function writeTargets(em: EntityManager, index: SearchIndex, alias: string, now = new Date()): Promise<Array<{ physical: string; state: IndexState }>> {
  const select = () =>
    em.execute<Row[]>(`select physical_name, state from search_indices where engine = ? and alias = ? and state in ('active', 'building', 'previous')`, [index.engine, alias]);
  let rows = await select();
  if (!rows.some((r) => r.state === 'active')) {
    await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`search-index:${index.engine}:${alias}`]);
    rows = await select();
    if (!rows.some((r) => r.state === 'active')) {
      const physical = physicalName(alias, now);
      await index.createPhysical(physical);
      await index.pointAlias(alias, physical);
      await em.execute(`insert into search_indices (engine, alias, physical_name, state, created_at, activated_at, documents) values (?, ?, ?, 'active', ?, ?, 0)`, [
        index.engine,
        alias,
        physical,
        now,
        now,
      ]);
      rows = await select();
    }
  }
  return rows.map((r) => ({ physical: r.physical_name, state: r.state }));
}

/** The aliases to manage: each live G-Cloud framework's, any that already has an index, and the briefs index. */
export async function knownAliases(em: EntityManager): Promise<string[]> {
  const frameworks = await em.find(Framework, { family: FrameworkFamily.G_CLOUD }, { orderBy: { id: 'asc' } });
  const indexed = new Set((await em.execute<Array<{ alias: string }>>(`select distinct alias from search_indices`)).map((r) => r.alias));
  return [...frameworks.filter((f) => f.status === FrameworkStatus.LIVE || indexed.has(servicesIndex(f.slug))).map((f) => servicesIndex(f.slug)), BRIEFS_INDEX];
}

export interface RebuildProgress {
  alias: string;
  physicalName: string;
  indexed: number;
  total: number;
}

async function announce(em: EntityManager, event: SearchIndexEvent): Promise<void> {
  await em.execute(`select pg_notify('${SEARCH_INDEX_CHANNEL}', ?)`, [JSON.stringify(event)]);
}

/** Reads the alias's objects in id order, a batch at a time, as updates with the version of their read. */
async function* batches(em: EntityManager, { clock, content }: Indexing, alias: string, size: number): AsyncGenerator<VersionedUpdate[]> {
  if (alias !== BRIEFS_INDEX) {
    yield* servicePages(em, content, alias.slice('services-'.length), size);
    return;
  }
  let after = 0;
  for (;;) {
    const fork = em.fork();
    const version = await dbVersion(fork);
    const briefs = await fork.find(Brief, { publishedAt: { $ne: null }, id: { $gt: after } }, { orderBy: { id: 'asc' }, limit: size, fields: ['id'] });
    if (!briefs.length) return;
    const updates: VersionedUpdate[] = [];
    for (const b of briefs) {
      const update = await briefUpdate(fork, b.id, clock.now());
      if (update) updates.push({ update, version });
    }
    yield updates;
    after = briefs[briefs.length - 1]!.id;
  }
}

async function expected(em: EntityManager, alias: string): Promise<number> {
  if (alias === BRIEFS_INDEX) return em.count(Brief, { publishedAt: { $ne: null } });
  return em.count(Service, { framework: { slug: alias.slice('services-'.length) } });
}

/**
 * Builds a new physical index for the alias from Postgres and makes it the live one. Progress is
 * announced on the search index feed after every batch. On failure the new index is dropped and
 * the alias is left as it was.
 */
export async function rebuildIndex(
  em: EntityManager,
  indexing: Indexing,
  alias: string,
  opts: { batchSize?: number; onProgress?: (p: RebuildProgress) => void | Promise<void> } = {},
): Promise<RebuildProgress> {
  const { search: index, clock } = indexing;
  if (!(await knownAliases(em)).includes(alias)) throw notFound(`Search index '${alias}'`);
  const start = clock.now();
  const physical = physicalName(alias, start);
  await em.fork().transactional((tx) => writeTargets(tx, index, alias, start));
  const total = await expected(em, alias);
  await index.createPhysical(physical, { bulkLoad: true });
  try {
    // Registered (and committed) before the first read, so that every index job from now on writes here too.
    await em.execute(`insert into search_indices (engine, alias, physical_name, state, created_at, documents, total) values (?, ?, ?, 'building', ?, 0, ?)`, [
      index.engine,
      alias,
      physical,
      start,
      total,
    ]);
  } catch (err) {
    await index.dropPhysical(em, physical);
    if ((err as { code?: string }).code === '23505') throw conflict(`The search index '${alias}' is already being rebuilt`);
    throw err;
  }
  const progress: RebuildProgress = { alias, physicalName: physical, indexed: 0, total };
  const event = (action: string): SearchIndexEvent => ({
    index: alias,
    objectType: 'index',
    objectId: physical,
    action,
    version: '0',
    at: clock.now().toISOString(),
    indexed: progress.indexed,
    total,
  });
  // Up to REBUILD_CONCURRENCY bulk requests in flight, and the next batch read and built while they are.
  const inFlight = new Set<Promise<void>>();
  // Progress is counted, recorded and announced one batch at a time, in the order batches finish.
  let reported: Promise<void> = Promise.resolve();
  const write = async (batch: VersionedUpdate[]) => {
    await index.bulk(em.fork(), physical, batch);
    const report = reported.then(async () => {
      progress.indexed += batch.length;
      await em.fork().execute(`update search_indices set documents = ? where engine = ? and physical_name = ?`, [progress.indexed, index.engine, physical]);
      await announce(em.fork(), event('rebuild-progress'));
      await opts.onProgress?.({ ...progress });
    });
    reported = report.catch(() => undefined);
    await report;
  };
  try {
    for await (const batch of batches(em, indexing, alias, opts.batchSize ?? REBUILD_BATCH)) {
      if (inFlight.size >= REBUILD_CONCURRENCY) await Promise.race(inFlight);
      const pending = write(batch);
      inFlight.add(pending);
      void pending.then(
        () => inFlight.delete(pending),
        () => undefined,
      );
    }
    await Promise.all(inFlight);
    await swap(em, index, alias, physical, clock.now());
    await announce(em, event('rebuild-complete'));
    return progress;
  } catch (err) {
    await Promise.allSettled(inFlight);
    await em.execute(`update search_indices set state = 'failed', error = ? where engine = ? and physical_name = ?`, [
      String((err as Error).message).slice(0, 2000),
      index.engine,
      physical,
    ]);
    await index.dropPhysical(em, physical).catch(() => undefined);
    await announce(em, event('rebuild-failed')).catch(() => undefined);
    throw err;
  }
}

/** The new index becomes active, the active one previous; anything older is removed. */
async function swap(em: EntityManager, index: SearchIndex, alias: string, physical: string, now: Date): Promise<void> {
  const older = await em.transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`search-index:${index.engine}:${alias}`]);
    const old = await tx.execute<Row[]>(`select physical_name, state from search_indices where engine = ? and alias = ? and state = 'previous'`, [index.engine, alias]);
    await tx.execute(`delete from search_indices where engine = ? and alias = ? and state in ('previous', 'failed')`, [index.engine, alias]);
    await tx.execute(`update search_indices set state = 'previous' where engine = ? and alias = ? and state = 'active'`, [index.engine, alias]);
    await tx.execute(`update search_indices set state = 'active', activated_at = ? where engine = ? and physical_name = ?`, [now, index.engine, physical]);
    await index.pointAlias(alias, physical);
    return old.map((r) => r.physical_name);
  });
  for (const name of older) await index.dropPhysical(em, name);
}

/** The previous index becomes active again (it has been kept up to date), the active one previous. */
export async function rollbackIndex(em: EntityManager, index: SearchIndex, clock: Clock, alias: string): Promise<string> {
  const physical = await em.transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`search-index:${index.engine}:${alias}`]);
    const [previous] = await tx.execute<Row[]>(`select physical_name, state from search_indices where engine = ? and alias = ? and state = 'previous'`, [index.engine, alias]);
    if (!previous) throw conflict(`The search index '${alias}' has no previous index to roll back to`);
    await tx.execute(`update search_indices set state = 'swapping' where engine = ? and alias = ? and state = 'active'`, [index.engine, alias]);
    await tx.execute(`update search_indices set state = 'active', activated_at = ? where engine = ? and physical_name = ?`, [clock.now(), index.engine, previous.physical_name]);
    await tx.execute(`update search_indices set state = 'previous' where engine = ? and alias = ? and state = 'swapping'`, [index.engine, alias]);
    await index.pointAlias(alias, previous.physical_name);
    return previous.physical_name;
  });
  await announce(em, { index: alias, objectType: 'index', objectId: physical, action: 'rollback', version: '0', at: clock.now().toISOString() });
  return physical;
}

export interface PhysicalIndexStatus {
  physicalName: string;
  state: IndexState;
  createdAt: Date;
  activatedAt: Date | null;
  documents: number;
  total: number | null;
  error: string | null;
}

export interface AliasStatus {
  alias: string;
  indices: PhysicalIndexStatus[];
}

/** Every alias with its physical indices, newest first; document counts from the engine. */
export async function indexStatus(em: EntityManager, index: SearchIndex): Promise<AliasStatus[]> {
  const rows = await em.execute<Array<Row & { alias: string; created_at: Date; activated_at: Date | null; documents: number; total: number | null; error: string | null }>>(
    `select alias, physical_name, state, created_at, activated_at, documents, total, error from search_indices where engine = ? order by alias, id desc`,
    [index.engine],
  );
  const out: AliasStatus[] = [];
  for (const alias of await knownAliases(em)) {
    const indices: PhysicalIndexStatus[] = [];
    for (const r of rows.filter((x) => x.alias === alias)) {
      indices.push({
        physicalName: r.physical_name,
        state: r.state,
        createdAt: new Date(r.created_at),
        activatedAt: r.activated_at ? new Date(r.activated_at) : null,
        documents: r.state === 'building' || r.state === 'failed' ? r.documents : await index.countPhysical(em, r.physical_name),
        total: r.total,
        error: r.error,
      });
    }
    out.push({ alias, indices });
  }
  return out;
}
