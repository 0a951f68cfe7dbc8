import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { useFormMutation } from '../forms/useFormMutation';
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

const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

const ResetPasswordDocument = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

const CreateAccountDocument = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
      name
      email
      role
    }
  }
`);

export const AccountLinkDocument = graphql(`
  query AccountLink($token: String!) {
    accountLink(token: $token) {
      email
      role
    }
  }
`);

export function useViewer() {
  return useQuery(ViewerDocument);
}

/** Wrong details flag both fields; a deactivated or locked account is one line of the summary. */
const signInRefusal = (code: string, message: string) => (code === 'UNAUTHENTICATED' ? { email: message, password: message } : undefined);

const refreshViewer = { refetchQueries: [ViewerDocument], awaitRefetchQueries: true };

/** Signs in; the API sets the session cookie and the viewer is asked again. */
export const useSignIn = () => useFormMutation(SignInDocument, { fieldOrder: ['email', 'password'], refusalFields: signInRefusal, ...refreshViewer });
export const useSignOut = () => useFormMutation(SignOutDocument, refreshViewer);
export const useRequestPasswordReset = () => useFormMutation(RequestPasswordResetDocument, { fieldOrder: ['email'] });
export const useResetPassword = () => useFormMutation(ResetPasswordDocument, { fieldOrder: ['password', 'confirmPassword'] });
export const useChangePassword = () => useFormMutation(ChangePasswordDocument, { fieldOrder: ['currentPassword', 'newPassword', 'confirmPassword'] });
/** Creates the account an emailed link invited, and signs it in. */
export const useCreateAccount = () => useFormMutation(CreateAccountDocument, { fieldOrder: ['name', 'phoneNumber', 'password'], ...refreshViewer });
