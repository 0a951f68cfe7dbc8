import { useQuery } from '@apollo/client/react';
import { useFormMutation } from '@dm/web/ui';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';

/** The roles an admin-manager gives, with what each may do (the permission matrix, in words). */
export const ASSIGNABLE_ROLES: ReadonlyArray<{ role: Role; short: string; label: string; hint: string }> = [
  { role: 'ADMIN_FRAMEWORK_MANAGER', short: 'Manage framework', label: 'Manage framework applications', hint: 'Frameworks, communications, application statistics and reports.' },
  { role: 'ADMIN_CCS_SOURCING', short: 'Audit framework', label: 'Audit framework applications', hint: 'Declarations and framework agreements.' },
  { role: 'ADMIN_CCS_CATEGORY', short: 'Manage services', label: 'Manage services', hint: 'Services, service edits, suppliers and buyers.' },
  { role: 'ADMIN_CCS_DATA_CONTROLLER', short: 'Manage data', label: 'Manage data', hint: 'Company details and supplier lists.' },
  { role: 'ADMIN', short: 'Support accounts', label: 'Support user accounts', hint: 'Find, unlock and deactivate users; buyer email domains.' },
];

export const shortRole = (role: Role) => ASSIGNABLE_ROLES.find((r) => r.role === role)?.short ?? role;

export const AdminAccountsDocument = graphql(`
  query AdminAccounts {
    users(first: 100) {
      totalCount
      nodes {
        id
        name
        email
        role
        active
      }
    }
  }
`);

export type AdminAccount = { id: string; name: string; email: string; role: Role; active: boolean };

/** The accounts of the assignable roles, active first, then by name (AD15). */
export function manageable(nodes: readonly AdminAccount[]): AdminAccount[] {
  return nodes
    .filter((u) => ASSIGNABLE_ROLES.some((r) => r.role === u.role))
    .sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'en-GB') || a.email.localeCompare(b.email));
}

export const useAdminAccounts = () => useQuery(AdminAccountsDocument, { fetchPolicy: 'cache-and-network' });

const AdminAccountDocument = graphql(`
  query AdminAccount($id: ID!) {
    user(id: $id) {
      id
      name
      email
      role
      active
    }
  }
`);

/** One admin account; the API answers NOT_FOUND for an id that is not an admin's. */
export const useAdminAccount = (id: string) => useQuery(AdminAccountDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });

const InviteAdminUserDocument = graphql(`
  mutation InviteAdminUser($input: InviteAdminUserInput!) {
    inviteAdminUser(input: $input)
  }
`);

/** An address that already has an account is the email field's error. */
export const useInviteAdminUser = () =>
  useFormMutation(InviteAdminUserDocument, { fieldOrder: ['email', 'role'], refusalFields: (code, message) => (code === 'CONFLICT' ? { email: message } : undefined) });

const UpdateAdminUserDocument = graphql(`
  mutation UpdateAdminUser($id: ID!, $input: UpdateAdminUserInput!) {
    updateAdminUser(id: $id, input: $input) {
      id
      name
      role
      active
    }
  }
`);

export const useUpdateAdminUser = () => useFormMutation(UpdateAdminUserDocument, { fieldOrder: ['name', 'role', 'active'] });
