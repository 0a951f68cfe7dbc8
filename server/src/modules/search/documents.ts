import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContentCatalogue } from '../../app/content-port.js';
import type { IndexUpdate } from '../../app/search-port.js';
import { Brief } from '../briefs/brief.entity.js';
import { currentStatus } from '../briefs/brief.rules.js';
import { STATUS_BUCKET } from '../briefs/brief.status.js';
import { Framework } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import type { Service } from '../services/service.entity.js';
import type { Supplier } from '../suppliers/supplier.entity.js';
import { isBriefSearchable, isSearchedFamily, isServiceSearchable } from './search.policy.js';
import { BRIEF_TRANSFORMATIONS, serviceTransformations, transform } from './transformations.js';

export type { IndexedObject, IndexUpdate } from '../../app/search-port.js';

/** All DOS iterations share one briefs index; each G-Cloud framework has its own services index. */
export const BRIEFS_INDEX = 'briefs-digital-outcomes-and-specialists';
export const servicesIndex = (frameworkSlug: string) => `services-${frameworkSlug}`;

const text = (...parts: unknown[]) =>
  parts
    .flatMap((p) => (Array.isArray(p) ? p : [p]))
    .filter((p) => typeof p === 'string' && p)
    .join(' ');

/**
 * A G-Cloud service's document (services are loaded in batches), or its removal when it is not
 * searchable (search.policy.ts). Its transformations come from the process's content catalogue.
 */
export function serviceUpdateOf(content: ContentCatalogue, service: Service, framework: Framework, lot: Lot, supplier: Supplier): IndexUpdate | null {
  const serviceId = service.serviceId;
  const base = { indexName: servicesIndex(framework.slug), objectType: 'service' as const, objectId: serviceId };
  if (!isSearchedFamily(framework)) return null;
  if (!isServiceSearchable(service, framework)) return { action: 'delete', ...base };
  const d = service.data;
  return {
    action: 'upsert',
    ...base,
    document: transform(
      {
        ...d,
        id: serviceId,
        supplierName: supplier.name,
        lot: lot.slug,
        lotName: lot.name,
        frameworkSlug: framework.slug,
        frameworkName: framework.name,
        updatedAt: service.updatedAt.toISOString(),
      },
      serviceTransformations(content, framework.slug),
    ),
    searchText: text(serviceId, d.serviceName, d.serviceDescription, d.serviceFeatures, d.serviceBenefits, supplier.name, lot.name),
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
