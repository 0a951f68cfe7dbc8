import DataLoader from 'dataloader';
import type { LoaderFactory } from '../../app/context.js';
import { Document } from './document.entity.js';

/** Documents by id for one request (service pages list several). */
export const documentById: LoaderFactory<string, Document | undefined> = (em) =>
  new DataLoader(async (ids) => {
    const rows = await em.find(Document, { id: { $in: [...ids] } });
    const byId = new Map(rows.map((d) => [d.id, d]));
    return ids.map((id) => byId.get(id));
  });
