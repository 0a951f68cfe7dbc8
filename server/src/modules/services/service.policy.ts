import type { Viewer } from '../../app/context.js';
import { FrameworkFamily, FrameworkStatus } from '../frameworks/framework.entity.js';
import { can, Permission } from '../../shared/permissions.js';
import { Role } from '../../shared/role.js';
import { ServiceStatus } from './service.entity.js';

export const isServiceOwner = (viewer: Viewer | null, supplierId: number): boolean => viewer?.role === Role.SUPPLIER && viewer.supplierId === supplierId;

/** Admins who may look at any service in any status (dm-journeys §3: view supplier services / a service). */
export const canViewAnyService = (viewer: Viewer | null): boolean => can(viewer?.role as Role | undefined, Permission.VIEW_SERVICES);

/** Admins who change any service (its answers, its status), where a supplier changes only its own. */
export const canEditAnyService = (viewer: Viewer | null): boolean => can(viewer?.role as Role | undefined, Permission.EDIT_SERVICES);

/** Reviewers of supplier edits to live services. */
export const canReviewServiceUpdates = (viewer: Viewer | null): boolean => can(viewer?.role as Role | undefined, Permission.REVIEW_SERVICE_UPDATES);

/** A supplier's own service, in any status but deleted (a deleted service is as if it never existed, except to admins). */
export const ownsService = (viewer: Viewer | null, service: { supplier: { id: number }; status: ServiceStatus }): boolean =>
  isServiceOwner(viewer, service.supplier.id) && service.status !== ServiceStatus.DELETED;

/** Who sees a service in whatever status it is: admins who view services, and its supplier (but not once deleted). */
export const canViewServiceInAnyStatus = (viewer: Viewer | null, service: { supplier: { id: number }; status: ServiceStatus }): boolean =>
  canViewAnyService(viewer) || ownsService(viewer, service);

/** Who may change a service: admins who edit services, any; its supplier, its own (not once deleted). */
export const canChangeService = (viewer: Viewer | null, service: { supplier: { id: number }; status: ServiceStatus }): boolean =>
  canEditAnyService(viewer) || ownsService(viewer, service);

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
