import DataLoader from 'dataloader';
import type { LoaderFactory } from '../../app/context.js';
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

/** Frameworks by id, for the framework of many services or drafts in one query. */
export const frameworkById: LoaderFactory<number, Framework | undefined> = (em) =>
  new DataLoader(async (ids) => {
    const rows = await em.find(Framework, { id: { $in: [...ids] } });
    const byId = new Map(rows.map((f) => [f.id, f]));
    return ids.map((id) => byId.get(id));
  });

/** Lots by id, for the lot of many services or drafts in one query. */
export const lotById: LoaderFactory<number, Lot | undefined> = (em) =>
  new DataLoader(async (ids) => {
    const rows = await em.find(Lot, { id: { $in: [...ids] } });
    const byId = new Map(rows.map((l) => [l.id, l]));
    return ids.map((id) => byId.get(id));
  });
