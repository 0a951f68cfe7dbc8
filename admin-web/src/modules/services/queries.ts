import { useQuery } from '@apollo/client/react';
import { useFormMutation, useSaveAnswers } from '@dm/web/ui';
import { graphql } from '../../gql';

export const AdminServiceLookupDocument = graphql(`
  query AdminServiceLookup($id: ID!) {
    service(id: $id) {
      id
    }
  }
`);

export const AdminServiceDocument = graphql(`
  query AdminService($id: ID!) {
    service(id: $id) {
      id
      status
      data
      createdAt
      updatedAt
      editsAwaitingReviewSince
      publicUrl
      supplier {
        id
        name
      }
      framework {
        slug
        name
        status
        family
      }
      lot {
        slug
        name
      }
      lastStatusChange {
        id
        actorEmail
        createdAt
        data
      }
    }
  }
`);

export const useAdminService = (id: string) => useQuery(AdminServiceDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });

export const AdminSupplierServicesDocument = graphql(`
  query AdminSupplierServices($id: ID!) {
    supplier(id: $id) {
      id
      name
      services {
        id
        status
        data
        framework {
          slug
          name
          status
        }
        lot {
          slug
          name
        }
      }
    }
  }
`);

export const useSupplierServices = (id: string) => useQuery(AdminSupplierServicesDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });

const SuspendSupplierServicesDocument = graphql(`
  mutation SuspendSupplierServices($supplierId: ID!, $frameworkSlug: String!, $suspended: Boolean!) {
    setSupplierServicesSuspended(supplierId: $supplierId, frameworkSlug: $frameworkSlug, suspended: $suspended) {
      id
      status
    }
  }
`);

export const useSuspendSupplierServices = () => useFormMutation(SuspendSupplierServicesDocument, { refetchQueries: ['AdminSupplierServices'], awaitRefetchQueries: true });

const AdminUpdateServiceDocument = graphql(`
  mutation AdminUpdateService($id: ID!, $answers: JSONObject!) {
    updateService(id: $id, answers: $answers) {
      id
      data
      updatedAt
    }
  }
`);

/** Saves changed answers as an admin edit; throws the API's refusal (QuestionPage shows its fieldErrors). */
export const useAdminUpdateService = (id: string) => useSaveAnswers(AdminUpdateServiceDocument, { id });

const SetAdminServiceStatusDocument = graphql(`
  mutation SetAdminServiceStatus($id: ID!, $status: ServiceStatus!, $reason: String) {
    setServiceStatus(id: $id, status: $status, reason: $reason) {
      id
      status
      lastStatusChange {
        id
        actorEmail
        createdAt
        data
      }
    }
  }
`);

export const useSetServiceStatus = () => useFormMutation(SetAdminServiceStatusDocument, { fieldOrder: ['reason'], refetchQueries: ['AdminService'] });

export const AdminServiceVersionsDocument = graphql(`
  query AdminServiceVersions($id: ID!, $after: String) {
    service(id: $id) {
      id
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
        slug
        name
      }
    }
    archivedServices(serviceId: $id, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        status
        createdAt
        data
      }
    }
  }
`);

export const AdminServiceTransferCandidatesDocument = graphql(`
  query AdminServiceTransferCandidates($name: String) {
    suppliers(name: $name, first: 20) {
      totalCount
      nodes {
        id
        name
        companyDetails {
          dunsNumber
        }
      }
    }
  }
`);

export const AdminTransferTargetDocument = graphql(`
  query AdminTransferTarget($id: ID!) {
    supplier(id: $id) {
      id
      name
      companyDetails {
        dunsNumber
      }
    }
  }
`);

const TransferServiceDocument = graphql(`
  mutation TransferService($id: ID!, $toSupplierId: ID!, $reason: String!) {
    transferService(id: $id, toSupplierId: $toSupplierId, reason: $reason) {
      id
      supplier {
        id
        name
      }
    }
  }
`);

export const useTransferService = () => useFormMutation(TransferServiceDocument, { fieldOrder: ['toSupplierId', 'reason'], refetchQueries: ['AdminService'] });

/** The service's name from its answers, or its id when it has none. */
export function serviceName(data: unknown, id: string): string {
  const name = data && typeof data === 'object' ? (data as Record<string, unknown>).serviceName : undefined;
  return typeof name === 'string' && name.trim() ? name : `Service ${id}`;
}
