import type { Viewer } from '../../app/context.js';
import { FrameworkFamily, FrameworkStatus } from '../frameworks/framework.entity.js';
import { can, Permission } from '../../shared/permissions.js';
import { Role } from '../../shared/role.js';
import { ServiceStatus } from './service.entity.js';

export const isServiceOwner = (viewer: Viewer | null, supplierId: number): boolean => viewer?.role === Role.SUPPLIER && viewer.supplierId === supplierId;

/** Admins who may look at any service in any status (dm-journeys §3: view supplier services / a service). */
export const canViewAnyService = (viewer: Viewer | null): boolean => can(viewer?.role as Role | undefined, Permission.VIEW_SERVICES);

/** Frameworks whose services the public may see: live, or expired (shown as no longer available). */
export const PUBLIC_FRAMEWORK_STATUSES: readonly FrameworkStatus[] = [FrameworkStatus.LIVE, FrameworkStatus.EXPIRED];

/** Why the public cannot buy a service that still exists (the buyer page answers 410 with this). */
export enum Unavailability {
  FRAMEWORK_EXPIRED = 'FRAMEWORK_EXPIRED',
  REMOVED_BY_SUPPLIER = 'REMOVED_BY_SUPPLIER',
  REMOVED_BY_ADMIN = 'REMOVED_BY_ADMIN',
}

/**
 * What the public sees of a service: `visible`, `gone` (exists, cannot be bought) or `hidden`
 * (deleted, on a framework not yet live, or not a G-Cloud catalogue entry).
 */
export function publicVisibility(
  service: { status: ServiceStatus },
  framework: { status: FrameworkStatus; family: FrameworkFamily },
): { kind: 'visible' } | { kind: 'gone'; reason: Unavailability } | { kind: 'hidden' } {
  if (service.status === ServiceStatus.DELETED) return { kind: 'hidden' };
  if (framework.family !== FrameworkFamily.G_CLOUD || !PUBLIC_FRAMEWORK_STATUSES.includes(framework.status)) return { kind: 'hidden' };
  if (framework.status === FrameworkStatus.EXPIRED) return { kind: 'gone', reason: Unavailability.FRAMEWORK_EXPIRED };
  if (service.status === ServiceStatus.ENABLED) return { kind: 'gone', reason: Unavailability.REMOVED_BY_SUPPLIER };
  if (service.status === ServiceStatus.DISABLED) return { kind: 'gone', reason: Unavailability.REMOVED_BY_ADMIN };
  return { kind: 'visible' };
}
