import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { LoaderFactory } from '../../app/context.js';
import { ANY_FRAMEWORK, type ContentCatalogue } from '../../app/content-port.js';
import { FrameworkLot } from './framework-lot.entity.js';
import { Framework } from './framework.entity.js';
import { Lot } from './lot.entity.js';

/** The lots of many frameworks in one query, in each framework's display order. */
export const lotsByFramework: LoaderFactory<number, Lot[]> = (em) =>
  new DataLoader<number, Lot[]>(async (frameworkIds) => {
    const rows = await em.find(FrameworkLot, { framework: { $in: [...frameworkIds] } }, { populate: ['lot'], orderBy: { position: 'asc', lot: { id: 'asc' } } });
    const byFramework = new Map<number, Lot[]>(frameworkIds.map((id) => [id, []]));
    for (const row of rows) byFramework.get(row.framework.id)?.push(row.lot.getEntity());
    return frameworkIds.map((id) => byFramework.get(id) ?? []);
  });

interface ReferenceById {
  frameworks: Map<number, Framework>;
  lots: Map<number, Lot>;
}

/**
 * Every framework and lot by id (a few dozen rows): read once per process, on a fork of its own so
 * that no request's identity map holds them, shared read-only by every request's field resolvers,
 * and dropped when a framework changes (`refreshFrameworkData`, and at once in the process that
 * changed it). A lot changes only with the reference seeds, loaded before the processes start.
 */
function referenceById(em: EntityManager, content: ContentCatalogue): Promise<ReferenceById> {
  return content.cachedAsync(ANY_FRAMEWORK, 'reference:by-id', async () => {
    const fork = em.fork();
    const [frameworks, lots] = await Promise.all([fork.find(Framework, {}), fork.find(Lot, {})]);
    return { frameworks: new Map(frameworks.map((f) => [f.id, f])), lots: new Map(lots.map((l) => [l.id, l])) };
  });
}

/** Rows by id from the reference data; any it lacks (created since it was read) are read from the database. */
async function byIdWithFallback<T extends { id: number }>(ids: readonly number[], held: Map<number, T>, read: (missing: number[]) => Promise<T[]>): Promise<Array<T | undefined>> {
  const missing = ids.filter((id) => !held.has(id));
  const fresh = missing.length ? new Map((await read(missing)).map((r) => [r.id, r])) : undefined;
  return ids.map((id) => held.get(id) ?? fresh?.get(id));
}

/** Frameworks by id, for the framework of many services, drafts or briefs: from the process's reference data. */
export const frameworkById: LoaderFactory<number, Framework | undefined> = (em, content) =>
  new DataLoader(async (ids) => byIdWithFallback(ids, (await referenceById(em, content)).frameworks, (missing) => em.find(Framework, { id: { $in: missing } })));

/** Lots by id, for the lot of many services, drafts or briefs: from the process's reference data. */
export const lotById: LoaderFactory<number, Lot | undefined> = (em, content) =>
  new DataLoader(async (ids) => byIdWithFallback(ids, (await referenceById(em, content)).lots, (missing) => em.find(Lot, { id: { $in: missing } })));
