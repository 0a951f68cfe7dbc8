import type { Viewer } from '../../app/context.js';
import { Permission, can } from '../../shared/permissions.js';
import { Role, isAdminRole } from '../../shared/role.js';
import type { User } from './user.entity.js';

/**
 * Admin users are managed by admin-managers only; everyone else by the support roles. So an
 * admin-manager cannot unlock a supplier, and a support admin cannot deactivate another admin.
 */
export function canManageAccount(viewer: Viewer | null, target: Pick<User, 'role' | 'id'>): boolean {
  if (!viewer || viewer.id === target.id) return false;
  const role = viewer.role as Role;
  if (isAdminRole(target.role)) return role === Role.ADMIN_MANAGER;
  return role !== Role.ADMIN_MANAGER && can(role, Permission.UNLOCK_OR_DEACTIVATE_USERS);
}

/** Which users an admin may list: admin-managers see admin users; support roles see everyone. */
export function visibleRoles(viewer: Viewer): readonly Role[] | 'all' {
  return viewer.role === Role.ADMIN_MANAGER ? Object.values(Role).filter(isAdminRole) : 'all';
}
