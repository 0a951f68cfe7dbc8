import DataLoader from 'dataloader';
import type { LoaderFactory } from '../../app/context.js';
import { FrameworkLot } from './framework-lot.entity.js';
import type { Lot } from './lot.entity.js';

/** The lots of many frameworks in one query, in each framework's display order. */
export const lotsByFramework: LoaderFactory<number, Lot[]> = (em) =>
  new DataLoader<number, Lot[]>(async (frameworkIds) => {
    const rows = await em.find(
      FrameworkLot,
      { framework: { $in: [...frameworkIds] } },
      { populate: ['lot'], orderBy: { position: 'asc', lot: { id: 'asc' } } },
    );
    const byFramework = new Map<number, Lot[]>(frameworkIds.map((id) => [id, []]));
    for (const row of rows) byFramework.get(row.framework.id)?.push(row.lot.getEntity());
    return frameworkIds.map((id) => byFramework.get(id) ?? []);
  });
