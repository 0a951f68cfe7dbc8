import type { Role } from '../../gql/graphql';

/** Who may unlock, deactivate and reactivate buyers' and suppliers' accounts (dm-journeys §3: admin, category). */
export const MANAGES_ACCOUNTS: readonly Role[] = ['ADMIN', 'ADMIN_CCS_CATEGORY'];

export type AccountAction = 'unlock' | 'deactivate' | 'activate';

export interface ManagedAccount {
  id: string;
  role: Role;
  active: boolean;
  locked: boolean;
}

const ADMIN_ROLES: readonly Role[] = ['ADMIN', 'ADMIN_MANAGER', 'ADMIN_FRAMEWORK_MANAGER', 'ADMIN_CCS_SOURCING', 'ADMIN_CCS_DATA_CONTROLLER', 'ADMIN_CCS_CATEGORY'];

/**
 * What a viewer may do to an account, in the order the buttons show: unlock a locked account,
 * deactivate an active one or reactivate a deactivated one. Admin accounts are the admin-managers'
 * (AD15), and nobody acts on their own account, so those get nothing here.
 */
export function accountActions(viewer: { id: string; role: Role }, account: ManagedAccount): AccountAction[] {
  if (!MANAGES_ACCOUNTS.includes(viewer.role) || viewer.id === account.id || ADMIN_ROLES.includes(account.role)) return [];
  return [...(account.locked ? (['unlock'] as const) : []), account.active ? 'deactivate' : 'activate'];
}

export const ACTION_TEXT: Record<AccountAction, string> = { unlock: 'Unlock', deactivate: 'Deactivate', activate: 'Reactivate' };

/** What the flash says once done. */
export const actionDone = (action: AccountAction, email: string) =>
  action === 'unlock' ? `${email} has been unlocked` : action === 'deactivate' ? `${email} has been deactivated` : `${email} has been reactivated`;
