import type { Viewer } from '../../app/context.js';
import { Role } from '../../shared/role.js';

/** Admins who look at applications: sourcing audits declarations; framework managers run the application. */
export const ADMIN_APPLICATION_VIEWERS: readonly Role[] = [Role.ADMIN_CCS_SOURCING, Role.ADMIN_FRAMEWORK_MANAGER];

/** Which supplier's application a viewer may see: their own, or any for application admins. */
export function canViewApplication(viewer: Viewer | null, supplierId: number): boolean {
  if (!viewer) return false;
  if (viewer.role === Role.SUPPLIER) return viewer.supplierId === supplierId;
  return ADMIN_APPLICATION_VIEWERS.includes(viewer.role as Role);
}
