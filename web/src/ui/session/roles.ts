import type { Role } from '../gql/graphql';

/** How the service names each role to the people who have it. */
export const ROLE_LABELS: Record<Role, string> = {
  BUYER: 'Buyer',
  SUPPLIER: 'Supplier',
  ADMIN: 'Support user accounts',
  ADMIN_CCS_CATEGORY: 'Manage services',
  ADMIN_CCS_DATA_CONTROLLER: 'Manage data',
  ADMIN_CCS_SOURCING: 'Audit framework applications',
  ADMIN_FRAMEWORK_MANAGER: 'Manage framework applications',
  ADMIN_MANAGER: 'Manage admin users',
};
