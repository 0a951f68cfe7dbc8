import { useQuery } from '@apollo/client/react';
import { useFormMutation } from '@dm/web/ui';
import { graphql } from '../../gql';

export const ServiceEditsQueueDocument = graphql(`
  query ServiceEditsQueue($after: String) {
    serviceUpdatesToReview(first: 30, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        createdAt
        objectId
        data
        service {
          id
          data
          supplier {
            id
            name
          }
        }
      }
    }
  }
`);

export const useServiceEditsQueue = (after?: string) => useQuery(ServiceEditsQueueDocument, { variables: { after }, fetchPolicy: 'cache-and-network' });

export const ServiceEditsCountDocument = graphql(`
  query ServiceEditsCount {
    serviceUpdatesToReview(first: 1) {
      totalCount
    }
  }
`);

export const ServiceEditsToReviewDocument = graphql(`
  query ServiceEditsToReview($id: ID!) {
    service(id: $id) {
      id
      status
      data
      supplier {
        id
        name
      }
      framework {
        slug
        name
      }
      lot {
        name
      }
      pendingUpdates {
        id
        createdAt
        actorEmail
        data
      }
    }
  }
`);

export const ServiceEditsDiffDocument = graphql(`
  query ServiceEditsDiff($id: ID!, $from: ID!) {
    service(id: $id) {
      id
      diff(from: $from) {
        questionId
        question
        before
        after
      }
    }
  }
`);

const AcknowledgeServiceUpdatesDocument = graphql(`
  mutation AcknowledgeServiceUpdates($id: ID!, $auditEventId: Int!) {
    acknowledgeServiceUpdates(id: $id, auditEventId: $auditEventId) {
      id
      acknowledged
    }
  }
`);

export const useAcknowledgeServiceUpdates = () => useFormMutation(AcknowledgeServiceUpdatesDocument, { fieldOrder: ['auditEventId'] });

/** The service's name from its answers, or its id when it has none. */
export function serviceName(data: unknown, id: string): string {
  const name = data && typeof data === 'object' ? (data as Record<string, unknown>).serviceName : undefined;
  return typeof name === 'string' && name.trim() ? name : `Service ${id}`;
}
