import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { AccountAction } from './userActions';

export const UnlockAccountDocument = graphql(`
  mutation UnlockAccount($id: ID!) {
    unlockUser(id: $id) {
      id
      locked
      active
    }
  }
`);

export const SetAccountActiveDocument = graphql(`
  mutation SetAccountActive($id: ID!, $active: Boolean!) {
    setUserActive(id: $id, active: $active) {
      id
      locked
      active
    }
  }
`);

/** Runs one account action; resolves when the API has done it (the cache updates the row). */
export function useAccountAction(): (action: AccountAction, id: string) => Promise<void> {
  const [unlock] = useMutation(UnlockAccountDocument);
  const [setActive] = useMutation(SetAccountActiveDocument);
  return async (action, id) => {
    const result = action === 'unlock' ? await unlock({ variables: { id } }) : await setActive({ variables: { id, active: action === 'activate' } });
    if (result.error) throw result.error;
  };
}
