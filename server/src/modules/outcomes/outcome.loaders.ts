import DataLoader from 'dataloader';
import type { LoaderFactory } from '../../app/context.js';
import { Outcome } from './outcome.entity.js';

/** Completed outcomes per brief. */
export const outcomeByBrief: LoaderFactory<number, Outcome | undefined> = (em) =>
  new DataLoader(async (ids) => {
    const rows = await em.find(Outcome, { brief: { $in: [...ids] }, completedAt: { $ne: null } });
    return ids.map((id) => rows.find((o) => o.brief?.id === id));
  });

/** Completed outcomes per direct award project (its outcome, and its stage). */
export const outcomeByProject: LoaderFactory<number, Outcome | undefined> = (em) =>
  new DataLoader(async (ids) => {
    const rows = await em.find(Outcome, { directAwardProject: { $in: [...ids] }, completedAt: { $ne: null } });
    return ids.map((id) => rows.find((o) => o.directAwardProject?.id === id));
  });
