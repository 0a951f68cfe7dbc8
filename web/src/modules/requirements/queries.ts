import { graphql } from '../../gql';
import { useFormMutation } from '../../ui/forms/useFormMutation';

/** A framework and its lots, for the start and create pages (is it live, does the lot take requirements). */
export const RequirementFrameworkDocument = graphql(`
  query RequirementFramework($slug: String!) {
    framework(slug: $slug) {
      slug
      name
      status
      family
      lots {
        slug
        name
        allowsBrief
      }
    }
  }
`);

/** Everything the buyer's pages of one requirement show. */
export const RequirementDocument = graphql(`
  query Requirement($id: ID!) {
    viewer {
      id
    }
    brief(id: $id) {
      id
      status
      data
      missingAnswers
      createdAt
      updatedAt
      publishedAt
      applicationsClosedAt
      clarificationQuestionsClosedAt
      clarificationQuestionsPublishedBy
      withdrawnAt
      isACopy
      timetableIfPublishedNow {
        publishedAt
        clarificationQuestionsClosedAt
        clarificationQuestionsPublishedBy
        applicationsClosedAt
      }
      framework {
        slug
        name
        status
      }
      lot {
        slug
        name
      }
      users {
        id
        name
        email
      }
      outcome {
        result
      }
      responses {
        id
        status
        supplier {
          id
          name
        }
      }
    }
  }
`);

/** The requirement as suppliers will read it (B7). */
export const RequirementPreviewDocument = graphql(`
  query RequirementPreview($id: ID!) {
    brief(id: $id) {
      id
      displaySections {
        ...AnswerSectionFields
      }
    }
  }
`);

/** B11: all the buyer's requirements. */
export const MyRequirementsDocument = graphql(`
  query MyRequirements {
    myBriefs {
      id
      status
      data
      missingAnswers
      createdAt
      publishedAt
      applicationsClosedAt
      withdrawnAt
      cancelledAt
      unsuccessfulAt
      framework {
        slug
        name
      }
      lot {
        slug
        name
      }
      outcome {
        result
        completedAt
      }
    }
  }
`);

export const CreateRequirementDocument = graphql(`
  mutation CreateRequirement($frameworkSlug: String!, $lotSlug: String!, $answers: JSONObject) {
    createBrief(frameworkSlug: $frameworkSlug, lotSlug: $lotSlug, answers: $answers) {
      id
    }
  }
`);

export const UpdateRequirementDocument = graphql(`
  mutation UpdateRequirement($id: ID!, $answers: JSONObject!) {
    updateBrief(id: $id, answers: $answers) {
      id
      data
      missingAnswers
      updatedAt
      timetableIfPublishedNow {
        publishedAt
        clarificationQuestionsClosedAt
        clarificationQuestionsPublishedBy
        applicationsClosedAt
      }
    }
  }
`);

export const PublishRequirementDocument = graphql(`
  mutation PublishRequirement($id: ID!) {
    publishBrief(id: $id) {
      id
      status
      publishedAt
      applicationsClosedAt
      clarificationQuestionsClosedAt
      clarificationQuestionsPublishedBy
      timetableIfPublishedNow {
        publishedAt
      }
    }
  }
`);

export const WithdrawRequirementDocument = graphql(`
  mutation WithdrawRequirement($id: ID!, $reason: String!) {
    withdrawBrief(id: $id, reason: $reason) {
      id
      status
      withdrawnAt
    }
  }
`);

export const DeleteRequirementDocument = graphql(`
  mutation DeleteRequirement($id: ID!) {
    deleteBrief(id: $id)
  }
`);

export const CopyRequirementDocument = graphql(`
  mutation CopyRequirement($id: ID!) {
    copyBrief(id: $id) {
      id
      framework {
        slug
      }
      lot {
        slug
      }
    }
  }
`);

export const ShareRequirementDocument = graphql(`
  mutation ShareRequirement($id: ID!, $email: String!) {
    addBriefUser(id: $id, email: $email) {
      id
      users {
        id
        name
        email
      }
    }
  }
`);

export const usePublishRequirement = () => useFormMutation(PublishRequirementDocument, { refetchQueries: ['MyRequirements'] });
export const useWithdrawRequirement = () => useFormMutation(WithdrawRequirementDocument, { fieldOrder: ['reason'], refetchQueries: ['MyRequirements'] });
export const useDeleteRequirement = () => useFormMutation(DeleteRequirementDocument, { refetchQueries: ['MyRequirements'] });
export const useCopyRequirement = () => useFormMutation(CopyRequirementDocument, { refetchQueries: ['MyRequirements'] });
export const useShareRequirement = () => useFormMutation(ShareRequirementDocument, { fieldOrder: ['email'] });
