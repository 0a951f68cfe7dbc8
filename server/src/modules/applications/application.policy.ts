import type { Viewer } from '../../app/context.js';
import { Role } from '../../shared/role.js';

/** Admins who look at applications: sourcing audits declarations; framework managers run the application. */
export const ADMIN_APPLICATION_VIEWERS: readonly Role[] = [Role.ADMIN_CCS_SOURCING, Role.ADMIN_FRAMEWORK_MANAGER];

/** The role gate of reading an application: suppliers (their own) and the application admins. */
export const APPLICATION_READERS: readonly Role[] = [Role.SUPPLIER, ...ADMIN_APPLICATION_VIEWERS];

/**
 * Whose application a viewer the gate let in may see: a supplier only its own, the application
 * admins any. Which roles get this far is the gate's rule alone (APPLICATION_READERS), so a wrong
 * role is refused in one place, with FORBIDDEN.
 */
export function canViewApplication(viewer: Viewer, supplierId: number): boolean {
  return viewer.role !== Role.SUPPLIER || viewer.supplierId === supplierId;
}

/**
 * Who may list a supplier's applications (a field anyone can ask for): its own users, and the
 * application admins. Anyone else gets nothing (null), not an error.
 */
export function canListApplications(viewer: Viewer, supplierId: number): boolean {
  return viewer.role === Role.SUPPLIER ? viewer.supplierId === supplierId : ADMIN_APPLICATION_VIEWERS.includes(viewer.role as Role);
}
