import DataLoader from 'dataloader';
import type { LoaderFactory } from '../../app/context.js';
import { ContactInformation } from './contact-information.entity.js';
import { Supplier } from './supplier.entity.js';

/** Each supplier's first contact (buyers' contact and registered address), for many suppliers at once. */
export const primaryContactBySupplier: LoaderFactory<number, ContactInformation | undefined> = (em) =>
  new DataLoader(async (ids) => {
    const rows = await em.find(ContactInformation, { supplier: { $in: [...ids] } }, { orderBy: { id: 'asc' } });
    const first = new Map<number, ContactInformation>();
    for (const row of rows) if (!first.has(row.supplier.id)) first.set(row.supplier.id, row);
    return ids.map((id) => first.get(id));
  });

export const supplierById: LoaderFactory<number, Supplier | undefined> = (em) =>
  new DataLoader(async (ids) => {
    const rows = await em.find(Supplier, { id: { $in: [...ids] } });
    const byId = new Map(rows.map((s) => [s.id, s]));
    return ids.map((id) => byId.get(id));
  });
