import { registerEnumType } from 'type-graphql';

export enum Role {
  BUYER = 'buyer',
  SUPPLIER = 'supplier',
  ADMIN = 'admin',
  ADMIN_MANAGER = 'admin-manager',
  ADMIN_FRAMEWORK_MANAGER = 'admin-framework-manager',
  ADMIN_CCS_SOURCING = 'admin-ccs-sourcing',
  ADMIN_CCS_DATA_CONTROLLER = 'admin-ccs-data-controller',
  ADMIN_CCS_CATEGORY = 'admin-ccs-category',
}
registerEnumType(Role, {
  name: 'Role',
  valuesConfig: {
    ADMIN: { description: 'Support user accounts' },
    ADMIN_MANAGER: { description: 'Manage admin users' },
    ADMIN_FRAMEWORK_MANAGER: { description: 'Manage framework applications' },
    ADMIN_CCS_SOURCING: { description: 'Audit framework applications' },
    ADMIN_CCS_DATA_CONTROLLER: { description: 'Manage data' },
    ADMIN_CCS_CATEGORY: { description: 'Manage services' },
  },
});

export const ADMIN_ROLES: readonly Role[] = [
  Role.ADMIN,
  Role.ADMIN_MANAGER,
  Role.ADMIN_FRAMEWORK_MANAGER,
  Role.ADMIN_CCS_SOURCING,
  Role.ADMIN_CCS_DATA_CONTROLLER,
  Role.ADMIN_CCS_CATEGORY,
];

export const isAdminRole = (role: Role): boolean => ADMIN_ROLES.includes(role);

/** Roles an admin-manager may give through an invitation (admin-manager itself is not assignable). */
export const INVITABLE_ADMIN_ROLES: readonly Role[] = ADMIN_ROLES.filter((r) => r !== Role.ADMIN_MANAGER);
