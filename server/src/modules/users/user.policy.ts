import type { Viewer } from '../../app/context.js';
import { Role, isAdminRole } from '../../shared/role.js';
import type { User } from './user.entity.js';

/**
 * Admin users are managed by admin-managers only; everyone else by the support roles. So an
 * admin-manager cannot unlock a supplier, and a support admin cannot deactivate another admin. Who
 * may manage accounts at all is the resolvers' role gate (`UNLOCK_OR_DEACTIVATE_USERS`); this is
 * the rule per account.
 */
export function canManageAccount(viewer: Viewer | null, target: Pick<User, 'role' | 'id'>): boolean {
  if (!viewer || viewer.id === target.id) return false;
  return isAdminRole(target.role) === (viewer.role === Role.ADMIN_MANAGER);
}

/** Which users an admin may list: admin-managers see admin users; support roles see everyone. */
export function visibleRoles(viewer: Viewer): readonly Role[] | 'all' {
  return viewer.role === Role.ADMIN_MANAGER ? Object.values(Role).filter(isAdminRole) : 'all';
}
