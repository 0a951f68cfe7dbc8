import type { EntityManager } from '@mikro-orm/postgresql';
import { registerEnumType } from 'type-graphql';
import { Service, ServiceStatus } from '../services/service.entity.js';
import type { Brief } from './brief.entity.js';

/** Why a supplier cannot respond to a brief (dm-journeys S11's three reasons). */
export enum IneligibleReason {
  NOT_ON_FRAMEWORK = 'NOT_ON_FRAMEWORK',
  NO_SERVICE_ON_LOT = 'NO_SERVICE_ON_LOT',
  ROLE_NOT_OFFERED = 'ROLE_NOT_OFFERED',
}
registerEnumType(IneligibleReason, {
  name: 'IneligibleReason',
  valuesConfig: {
    NOT_ON_FRAMEWORK: { description: 'The supplier has no live service on the framework.' },
    NO_SERVICE_ON_LOT: { description: 'The supplier does not offer this lot.' },
    ROLE_NOT_OFFERED: { description: 'The supplier does not offer the specialist role asked for.' },
  },
});

export type Eligibility = { eligible: true; services: Service[] } | { eligible: false; reason: IneligibleReason };

/** The role a digital specialists brief asks for (e.g. "developer"), or null for other lots. */
export const specialistRole = (brief: Brief, lotSlug: string): string | null =>
  lotSlug === 'digital-specialists' && typeof brief.data.specialistRole === 'string' ? brief.data.specialistRole : null;

/**
 * dm-api §5.12: a published service on the brief's framework and lot, and for specialists one that
 * offers the role (its answers hold `<role>Locations`). Location is not checked, as in the original.
 */
export async function eligibility(em: EntityManager, brief: Brief, lotSlug: string, supplierId: number): Promise<Eligibility> {
  const services = await em.find(Service, { supplier: supplierId, framework: brief.framework.id, status: ServiceStatus.PUBLISHED }, { orderBy: { id: 'asc' } });
  if (!services.length) return { eligible: false, reason: IneligibleReason.NOT_ON_FRAMEWORK };
  const onLot = services.filter((s) => s.lot.id === brief.lot.id);
  if (!onLot.length) return { eligible: false, reason: IneligibleReason.NO_SERVICE_ON_LOT };
  const role = specialistRole(brief, lotSlug);
  const offering = role ? onLot.filter((s) => `${role}Locations` in s.data) : onLot;
  if (!offering.length) return { eligible: false, reason: IneligibleReason.ROLE_NOT_OFFERED };
  return { eligible: true, services: offering };
}
