import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useViewer } from '../../ui/session/session';

/** The supplier the signed-in user acts for (null for anyone else). */
export const MySupplierDocument = graphql(`
  query MySupplier {
    viewer {
      id
      role
      supplier {
        id
        name
      }
    }
  }
`);

/** The id of the signed-in user's supplier, or null (visitors, buyers, admins); asked only of suppliers. */
export function useMySupplierId(): { supplierId: string | null; loading: boolean } {
  const viewer = useViewer();
  const supplier = viewer.data?.viewer?.role === 'SUPPLIER';
  const mine = useQuery(MySupplierDocument, { skip: !supplier });
  return { supplierId: supplier ? (mine.data?.viewer?.supplier?.id ?? null) : null, loading: viewer.loading || (supplier && mine.loading) };
}

/** A service's documents as its pages list them (spread into the service queries). */
export const ServiceDocumentFields = graphql(`
  fragment ServiceDocumentFields on ServiceDocument {
    questionId
    title
    fileName
    contentType
    size
    url
  }
`);

export const MyServicesDocument = graphql(`
  query MyServices {
    viewer {
      id
      supplier {
        id
        name
        services {
          id
          status
          data
          lot {
            slug
            name
          }
          framework {
            slug
            name
            status
            family
          }
        }
      }
    }
  }
`);

export const MyServiceDocument = graphql(`
  query MyService($id: ID!) {
    service(id: $id) {
      id
      status
      data
      updatedAt
      supplier {
        id
      }
      lot {
        slug
        name
      }
      framework {
        slug
        name
        status
        family
      }
      unavailability {
        reason
        since
      }
      editsAwaitingReviewSince
      documents {
        ...ServiceDocumentFields
      }
      displaySections {
        ...AnswerSectionFields
      }
    }
  }
`);

/** Changes answers of a live service; the answer refreshes what the service pages show. */
export const UpdateServiceDocument = graphql(`
  mutation UpdateService($id: ID!, $answers: JSONObject!) {
    updateService(id: $id, answers: $answers) {
      id
      data
      updatedAt
      editsAwaitingReviewSince
      documents {
        ...ServiceDocumentFields
      }
      displaySections {
        ...AnswerSectionFields
      }
    }
  }
`);

export const RemoveServiceDocument = graphql(`
  mutation RemoveService($id: ID!) {
    removeService(id: $id) {
      id
      status
      unavailability {
        reason
        since
      }
    }
  }
`);

export const FrameworkUpdatesDocument = graphql(`
  query FrameworkUpdates($frameworkSlug: String!) {
    framework(slug: $frameworkSlug) {
      id
      slug
      name
      status
      clarificationQuestionsOpen
      clarificationsCloseAt
      clarificationsPublishAt
    }
    frameworkCommunications(frameworkSlug: $frameworkSlug) {
      id
      fileName
      purpose
      contentType
      size
      createdAt
      downloadUrl
    }
  }
`);

export const AskFrameworkClarificationQuestionDocument = graphql(`
  mutation AskFrameworkClarificationQuestion($frameworkSlug: String!, $question: String!) {
    askFrameworkClarificationQuestion(frameworkSlug: $frameworkSlug, question: $question)
  }
`);

/** A service's name from its answers. */
export const serviceName = (data: unknown): string => {
  const name = (data as Record<string, unknown> | null)?.serviceName;
  return typeof name === 'string' && name.trim() ? name : 'Unnamed service';
};

/** How a supplier's list names a service's status. */
export const SERVICE_STATUS: Record<string, { text: string; classes?: string }> = {
  PUBLISHED: { text: 'Live', classes: 'govuk-tag--green' },
  ENABLED: { text: 'Removed', classes: 'govuk-tag--grey' },
  DISABLED: { text: 'Suspended', classes: 'govuk-tag--red' },
  DELETED: { text: 'Deleted', classes: 'govuk-tag--grey' },
};
