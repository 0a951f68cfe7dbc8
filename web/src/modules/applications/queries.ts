import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useFormMutation, useSaveAnswers } from '../../ui/forms/useFormMutation';

/** The framework applied to, and the supplier applying (whether its company details were ever confirmed). */
export const ApplyingToDocument = graphql(`
  query ApplyingTo($slug: String!) {
    framework(slug: $slug) {
      id
      slug
      name
      status
      applicationsCloseAt
      lots {
        id
        slug
        name
        unitSingular
        unitPlural
      }
    }
    viewer {
      id
      supplier {
        id
        name
        companyDetails {
          confirmed
        }
      }
    }
  }
`);

/** The supplier's application to a framework: NOT_FOUND until it registers interest. */
export const FrameworkApplicationDocument = graphql(`
  query FrameworkApplication($slug: String!) {
    frameworkApplication(frameworkSlug: $slug) {
      id
      applicationCompanyDetailsConfirmed
      applicationStatus
      declarationStatus
      onFramework
      agreement {
        id
      }
      declaration
      prefilledAnswers
      prefillDeclarationFrom {
        slug
        name
      }
      reusableDeclarations {
        slug
        name
      }
    }
  }
`);

/** The application's services, for the counts by lot. */
export const ApplicationServicesDocument = graphql(`
  query ApplicationServices($slug: String!) {
    draftServices(frameworkSlug: $slug) {
      id
      status
      lot {
        id
        slug
      }
    }
  }
`);

const RegisterInterestDocument = graphql(`
  mutation RegisterFrameworkInterest($frameworkSlug: String!) {
    registerFrameworkInterest(frameworkSlug: $frameworkSlug) {
      id
      applicationCompanyDetailsConfirmed
      applicationStatus
      declarationStatus
    }
  }
`);

const SaveDeclarationDocument = graphql(`
  mutation SaveDeclarationAnswers($frameworkSlug: String!, $answers: JSONObject!) {
    saveDeclarationAnswers(frameworkSlug: $frameworkSlug, answers: $answers) {
      id
      declarationStatus
      applicationStatus
      declaration
      prefilledAnswers
    }
  }
`);

const CompleteDeclarationDocument = graphql(`
  mutation CompleteDeclaration($frameworkSlug: String!) {
    completeDeclaration(frameworkSlug: $frameworkSlug) {
      id
      declarationStatus
      applicationStatus
    }
  }
`);

const SetDeclarationReuseDocument = graphql(`
  mutation SetDeclarationReuse($frameworkSlug: String!, $fromFrameworkSlug: String) {
    setDeclarationReuse(frameworkSlug: $frameworkSlug, fromFrameworkSlug: $fromFrameworkSlug) {
      id
      prefillDeclarationFrom {
        slug
        name
      }
      prefilledAnswers
    }
  }
`);

/** The application, or `null` while the supplier has not registered interest (the API's NOT_FOUND). */
export function useFrameworkApplication(slug: string) {
  const result = useQuery(FrameworkApplicationDocument, { variables: { slug }, errorPolicy: 'all' });
  const notFound = CombinedGraphQLErrors.is(result.error) && result.error.errors.some((e) => e.extensions?.code === 'NOT_FOUND');
  return { ...result, application: result.data?.frameworkApplication ?? null, notRegistered: notFound, failed: Boolean(result.error) && !notFound };
}

export const useRegisterInterest = () => useFormMutation(RegisterInterestDocument, { refetchQueries: [FrameworkApplicationDocument], awaitRefetchQueries: true });
/** A declaration page's save, as QuestionPage takes it: resolves when saved, throws the API's refusal. */
export const useSaveDeclarationAnswers = (frameworkSlug: string) => useSaveAnswers(SaveDeclarationDocument, { frameworkSlug });
export const useCompleteDeclaration = (hrefFor: (field: string) => string) => useFormMutation(CompleteDeclarationDocument, { hrefFor });
export const useSetDeclarationReuse = () =>
  useFormMutation(SetDeclarationReuseDocument, { fieldOrder: ['reuse'], refetchQueries: [FrameworkApplicationDocument], awaitRefetchQueries: true });

/** The code of a query's failure ("NOT_FOUND"), if the API gave one. */
export { errorCode } from '../../ui/app/errors';

/** What the application page shows once the framework has closed: the result, the agreement, the submitted services, the communications. */
export const ApplicationOutcomeDocument = graphql(`
  query ApplicationOutcome($slug: String!) {
    framework(slug: $slug) {
      id
      slug
      family
      isESignatureSupported
      intentionToAwardAt
      liveAt
      clarificationQuestionsOpen
    }
    draftServices(frameworkSlug: $slug) {
      id
      status
      data
      lot {
        id
        slug
        name
      }
    }
    frameworkCommunications(frameworkSlug: $slug) {
      id
      createdAt
    }
    viewer {
      id
      supplier {
        id
        services(frameworkSlug: $slug) {
          id
          status
        }
      }
    }
  }
`);
