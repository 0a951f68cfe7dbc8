import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { ViewerDocument } from './viewer';

export { ViewerDocument };

const SignInDocument = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      id
      name
      email
      role
    }
  }
`);

const SignOutDocument = graphql(`
  mutation SignOut {
    signOut
  }
`);

export function useViewer() {
  return useQuery(ViewerDocument);
}

/** Signs in; the session cookie is set by the API; the viewer query is refreshed. */
export function useSignIn() {
  return useMutation(SignInDocument, { refetchQueries: [ViewerDocument], awaitRefetchQueries: true });
}

export function useSignOut() {
  return useMutation(SignOutDocument, { refetchQueries: [ViewerDocument], awaitRefetchQueries: true });
}
