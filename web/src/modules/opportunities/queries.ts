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

/** A response's pages: the opportunity it answers and the response (NOT_FOUND unless it is the viewer's). */
export const BriefResponsePageDocument = graphql(`
  query BriefResponsePage($id: ID!, $responseId: ID!) {
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
    }
    briefResponse(id: $responseId) {
      id
      status
      data
      submittedAt
      brief {
        id
      }
    }
  }
`);

/** The supplier's services on a framework: the day rate question replays the maximum it gave for the role. */
export const ResponseRateServicesDocument = graphql(`
  query ResponseRateServices($frameworkSlug: String!) {
    viewer {
      id
      supplier {
        id
        services(frameworkSlug: $frameworkSlug) {
          id
          status
          data
          lot {
            slug
          }
        }
      }
    }
  }
`);

export const UpdateBriefResponseDocument = graphql(`
  mutation UpdateBriefResponse($id: ID!, $answers: JSONObject!) {
    updateBriefResponse(id: $id, answers: $answers) {
      id
      status
      data
      submittedAt
    }
  }
`);

export const SubmitBriefResponseDocument = graphql(`
  mutation SubmitBriefResponse($id: ID!) {
    submitBriefResponse(id: $id) {
      id
      status
      data
      submittedAt
    }
  }
`);

/** What happens after applying: the opportunity and the viewer's response to it, if any. */
export const ResponseResultDocument = graphql(`
  query ResponseResult($id: ID!) {
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
    }
    myBriefResponses {
      id
      status
      submittedAt
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

/** Where a supplier carries on an application: its first question not answered yet (or its answers page). */
export const responsePath = (briefId: string, responseId: string) => `/suppliers/opportunities/${briefId}/responses/${responseId}`;

/** A question's page of the application, in the flow ("Save and continue" to the next). */
export const questionPath = (briefId: string, responseId: string, questionId: string) => `${responsePath(briefId, responseId)}/${questionId}`;

/** A question's page reached from the answers page: saving goes back there. */
export const editQuestionPath = (briefId: string, responseId: string, questionId: string) => `${questionPath(briefId, responseId, questionId)}/edit`;

/** After applying: the confirmation and what happens next. */
export const resultPath = (briefId: string) => `/suppliers/opportunities/${briefId}/responses/result`;

/** The supplier's opportunities dashboard for a DOS framework (S13). */
export const dashboardPath = (frameworkSlug: string) => `/suppliers/opportunities/frameworks/${frameworkSlug}`;

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
