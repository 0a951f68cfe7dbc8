import DataLoader from 'dataloader';
import type { LoaderFactory } from '../../app/context.js';
import { findPlain } from '../../shared/plain-rows.js';
import { Outcome } from './outcome.entity.js';

/** Completed outcomes per brief (read-only rows: what the outcome fields show). */
export const outcomeByBrief: LoaderFactory<number, Outcome | undefined> = (em) =>
  new DataLoader(async (ids) => {
    const rows = await findPlain(em, Outcome, 'e.brief_id in (?) and e.completed_at is not null', [[...ids]]);
    return ids.map((id) => rows.find((o) => o.brief?.id === id));
  });

/** Completed outcomes per direct award project (its outcome, and its stage). */
export const outcomeByProject: LoaderFactory<number, Outcome | undefined> = (em) =>
  new DataLoader(async (ids) => {
    const rows = await findPlain(em, Outcome, 'e.direct_award_project_id in (?) and e.completed_at is not null', [[...ids]]);
    return ids.map((id) => rows.find((o) => o.directAwardProject?.id === id));
  });
