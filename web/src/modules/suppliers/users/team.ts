import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { useFormMutation } from '../../../ui/forms/useFormMutation';

/** The supplier's active users, for the contributors pages. */
export const SupplierTeamDocument = graphql(`
  query SupplierTeam {
    viewer {
      id
      supplier {
        id
        name
        users {
          id
          name
          email
          active
        }
      }
    }
  }
`);

export const useSupplierTeam = () => useQuery(SupplierTeamDocument, { fetchPolicy: 'cache-and-network' });

const InviteSupplierUserDocument = graphql(`
  mutation InviteSupplierUser($id: ID!, $email: String!) {
    inviteSupplierUser(id: $id, email: $email)
  }
`);

const DeactivateSupplierUserDocument = graphql(`
  mutation DeactivateSupplierUser($id: ID!) {
    deactivateSupplierUser(id: $id) {
      id
      active
    }
  }
`);

/** An address that already has an account is refused without field errors: it is the email field's error. */
export const useInviteContributor = () =>
  useFormMutation(InviteSupplierUserDocument, { fieldOrder: ['email'], refusalFields: (code, message) => (code === 'CONFLICT' ? { email: message } : undefined) });

/** The removed user comes back inactive: the cached list leaves them out at once, before it is read again. */
export const useRemoveContributor = () => useFormMutation(DeactivateSupplierUserDocument);
