import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContentCatalogue } from '../../app/content-port.js';
import type { IndexUpdate } from '../../app/search-port.js';
import { Brief } from '../briefs/brief.entity.js';
import { currentStatus } from '../briefs/brief.rules.js';
import { STATUS_BUCKET } from '../briefs/brief.status.js';
import { Framework } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import type { ServiceStatus } from '../services/service.entity.js';
import type { Supplier } from '../suppliers/supplier.entity.js';
import { isBriefSearchable, isSearchedFamily, isServiceSearchable } from './search.policy.js';
import { applyTransformations, BRIEF_TRANSFORMATIONS, serviceTransformations, transform } from './transformations.js';

export type { IndexedObject, IndexUpdate } from '../../app/search-port.js';

/** All DOS iterations share one briefs index; each G-Cloud framework has its own services index. */
export const BRIEFS_INDEX = 'briefs-digital-outcomes-and-specialists';
export const servicesIndex = (frameworkSlug: string) => `services-${frameworkSlug}`;

/** The words of the parts (strings, and strings in lists) joined by spaces, empty ones left out. */
function text(...parts: unknown[]): string {
  const words: string[] = [];
  for (const p of parts) {
    if (Array.isArray(p)) {
      for (const q of p) if (typeof q === 'string' && q) words.push(q);
    } else if (typeof p === 'string' && p) words.push(p);
  }
  return words.join(' ');
}

/** What a service's document is built from: a loaded entity, or a plain row streamed by a rebuild. */
export interface ServiceSource {
  serviceId: string;
  status: ServiceStatus;
  data: Record<string, unknown>;
  /** A date, or already its ISO form (as a rebuild reads it). */
  updatedAt: Date | string;
}
export type FrameworkSource = Pick<Framework, 'slug' | 'name' | 'family' | 'status'>;
export type LotSource = Pick<Lot, 'slug' | 'name'>;

/**
 * A G-Cloud service's document (services are loaded in batches), or its removal when it is not
 * searchable (search.policy.ts). Its transformations come from the process's content catalogue.
 * The entity's answers are copied (one level: transformations only replace top-level values).
 */
export function serviceUpdateOf(
  content: ContentCatalogue,
  service: ServiceSource,
  framework: FrameworkSource,
  lot: LotSource,
  supplier: Pick<Supplier, 'name'>,
): IndexUpdate | null {
  return serviceUpdateOwning(content, service, { ...service.data }, framework, lot, supplier.name);
}

/**
 * `serviceUpdateOf` for a row nobody else holds (a rebuild's): its answers object becomes the
 * document itself, with no copy. Same fields, same order, same values.
 */
export function serviceUpdateOfRow(content: ContentCatalogue, row: ServiceSource, framework: FrameworkSource, lot: LotSource, supplierName: string): IndexUpdate | null {
  return serviceUpdateOwning(content, row, row.data, framework, lot, supplierName);
}

function serviceUpdateOwning(
  content: ContentCatalogue,
  service: ServiceSource,
  doc: Record<string, unknown>,
  framework: FrameworkSource,
  lot: LotSource,
  supplierName: string,
): IndexUpdate | null {
  const serviceId = service.serviceId;
  if (!isSearchedFamily(framework)) return null;
  const indexName = servicesIndex(framework.slug);
  if (!isServiceSearchable(service, framework)) return { action: 'delete', indexName, objectType: 'service', objectId: serviceId };
  // Assigned in the order a spread `{ ...data, id, supplierName, … }` gives: existing keys keep their place, new ones follow.
  doc.id = serviceId;
  doc.supplierName = supplierName;
  doc.lot = lot.slug;
  doc.lotName = lot.name;
  doc.frameworkSlug = framework.slug;
  doc.frameworkName = framework.name;
  doc.updatedAt = typeof service.updatedAt === 'string' ? service.updatedAt : service.updatedAt.toISOString();
  // The text reads answers the fields above never overwrite, before the transformations add to any.
  const searchText = text(serviceId, doc.serviceName, doc.serviceDescription, doc.serviceFeatures, doc.serviceBenefits, supplierName, lot.name);
  return {
    action: 'upsert',
    indexName,
    objectType: 'service',
    objectId: serviceId,
    document: applyTransformations(doc, serviceTransformations(content, framework.slug)),
    searchText,
  };
}

/** A brief's document with its status (and the status's sort order) denormalised, or its removal (drafts, deleted briefs). */
export async function briefUpdate(em: EntityManager, briefId: number, now: Date): Promise<IndexUpdate | null> {
  const brief = await em.findOne(Brief, { id: briefId });
  const base = { indexName: BRIEFS_INDEX, objectType: 'brief' as const, objectId: String(briefId) };
  if (!brief || !isBriefSearchable(brief)) return { action: 'delete', ...base };
  const [framework, lot, status] = await Promise.all([
    em.findOneOrFail(Framework, { id: brief.framework.id }),
    em.findOneOrFail(Lot, { id: brief.lot.id }),
    currentStatus(em, brief, now),
  ]);
  const d = brief.data;
  return {
    action: 'upsert',
    ...base,
    document: transform(
      {
        ...d,
        id: brief.id,
        status,
        statusOrder: STATUS_BUCKET[status],
        lot: lot.slug,
        lotName: lot.name,
        frameworkSlug: framework.slug,
        frameworkName: framework.name,
        publishedAt: brief.publishedAt.toISOString(),
        applicationsClosedAt: brief.applicationsClosedAt?.toISOString() ?? null,
      },
      BRIEF_TRANSFORMATIONS,
    ),
    searchText: text(String(brief.id), d.title, d.summary, d.organisation, d.location),
  };
}
