import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { useFormMutation } from '../../../ui/forms/useFormMutation';

export const UserResearchDocument = graphql(`
  query UserResearch {
    viewer {
      id
      userResearchOptedIn
    }
  }
`);

export const useUserResearch = () => useQuery(UserResearchDocument, { fetchPolicy: 'cache-and-network' });

const SetUserResearchOptInDocument = graphql(`
  mutation SetUserResearchOptIn($optedIn: Boolean!) {
    setUserResearchOptIn(optedIn: $optedIn) {
      id
      userResearchOptedIn
    }
  }
`);

export const useSetUserResearchOptIn = () => useFormMutation(SetUserResearchOptInDocument);
