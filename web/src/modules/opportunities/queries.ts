import { graphql } from '../../gql';

/** What the opportunity page offers a signed-in supplier: whether they may respond, and their response if any. */
export const SupplierOpportunityDocument = graphql(`
  query SupplierOpportunity($id: ID!) {
    brief(id: $id) {
      id
      myEligibility {
        eligible
        reason
      }
    }
    myBriefResponses {
      id
      status
      brief {
        id
      }
    }
  }
`);

export const AskQuestionBriefDocument = graphql(`
  query AskQuestionBrief($id: ID!) {
    brief(id: $id) {
      id
      status
      data
      clarificationQuestionsAreClosed
      clarificationQuestionsClosedAt
      clarificationQuestionsPublishedBy
      lot {
        slug
        name
      }
      framework {
        slug
        name
      }
      myEligibility {
        eligible
        reason
      }
    }
  }
`);

export const AskClarificationQuestionDocument = graphql(`
  mutation AskClarificationQuestion($id: ID!, $question: String!) {
    askClarificationQuestion(id: $id, question: $question)
  }
`);

export const OpportunitiesDashboardDocument = graphql(`
  query OpportunitiesDashboard($frameworkSlug: String!) {
    framework(slug: $frameworkSlug) {
      id
      slug
      name
      family
    }
    viewer {
      id
      supplier {
        id
        name
        services(frameworkSlug: $frameworkSlug) {
          id
        }
      }
    }
    myBriefResponses {
      id
      status
      createdAt
      submittedAt
      brief {
        id
        status
        data
        applicationsClosedAt
        framework {
          slug
        }
      }
    }
  }
`);

export const ResponseStartDocument = graphql(`
  query ResponseStart($id: ID!) {
    brief(id: $id) {
      id
      status
      data
      applicationsClosedAt
      lot {
        slug
        name
      }
      framework {
        slug
        name
      }
      myEligibility {
        eligible
        reason
      }
    }
    myBriefResponses {
      id
      status
      brief {
        id
      }
    }
  }
`);

export const CreateBriefResponseDocument = graphql(`
  mutation CreateBriefResponse($briefId: ID!) {
    createBriefResponse(briefId: $briefId) {
      id
      status
      brief {
        id
      }
    }
  }
`);

/** An opportunity's title from its answers. */
export const briefTitle = (data: unknown): string => {
  const title = (data as Record<string, unknown> | null)?.title;
  return typeof title === 'string' && title.trim() ? title : 'Untitled opportunity';
};

/** Where a supplier reads the application they made (the S11 answers page). */
export const applicationPath = (briefId: string, responseId: string) => `/suppliers/opportunities/${briefId}/responses/${responseId}/application`;

/** Where a supplier starts or carries on an application (the S11 start page). */
export const startPath = (briefId: string) => `/suppliers/opportunities/${briefId}/responses/start`;

export const askPath = (briefId: string) => `/suppliers/opportunities/${briefId}/ask-a-question`;

export const opportunityPath = (briefId: string) => `/digital-outcomes-and-specialists/opportunities/${briefId}`;

/** Why a supplier cannot respond, in the words of the page that says so (and a slug for it). */
export const INELIGIBLE: Record<string, { slug: string; text: (lot: string, framework: string) => string }> = {
  NOT_ON_FRAMEWORK: { slug: 'not-on-framework', text: (_lot, framework) => `You can’t apply because your company is not on the ${framework} framework.` },
  NO_SERVICE_ON_LOT: {
    slug: 'no-service-on-lot',
    text: (lot) => `You can’t apply because your company did not say it could provide ${lot.toLowerCase()} when it applied to the framework.`,
  },
  ROLE_NOT_OFFERED: {
    slug: 'role-not-offered',
    text: () => 'You can’t apply because your company did not say it could provide this specialist role when it applied to the framework.',
  },
};
