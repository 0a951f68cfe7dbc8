import { graphql } from '../../gql';
import type { FrameworkStatus, Role } from '../../gql/graphql';

/** Who sees a supplier's draft services (dm-journeys §3: framework managers and sourcing). */
export const VIEWS_DRAFT_SERVICES: readonly Role[] = ['ADMIN_FRAMEWORK_MANAGER', 'ADMIN_CCS_SOURCING'];

/** The frameworks whose drafts a role sees (AD8): framework managers from open, sourcing from pending, up to expired. */
export function draftFrameworkStatuses(role: Role): readonly FrameworkStatus[] {
  if (role === 'ADMIN_FRAMEWORK_MANAGER') return ['OPEN', 'PENDING', 'STANDSTILL', 'LIVE', 'EXPIRED'];
  if (role === 'ADMIN_CCS_SOURCING') return ['PENDING', 'STANDSTILL', 'LIVE', 'EXPIRED'];
  return [];
}

const answered = (value: unknown) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/**
 * How many required questions a draft has not answered yet: the questions full validation still
 * finds wrong or missing (`missingAnswers`) that have no answer at all. A wrong answer is answered.
 */
export function unansweredCount(data: Record<string, unknown>, missing: Record<string, unknown>): number {
  return Object.keys(missing).filter((key) => !answered(data[key])).length;
}

/** A draft's name for the table: its service name, or a placeholder while it has none. */
export const draftName = (data: Record<string, unknown>) => (typeof data.serviceName === 'string' && data.serviceName.trim() ? data.serviceName : null);

export const SupplierApplicationsForDraftsDocument = graphql(`
  query SupplierApplicationsForDrafts($id: ID!) {
    supplier(id: $id) {
      id
      name
      frameworkApplications {
        id
        framework {
          id
          slug
          name
          status
        }
      }
    }
  }
`);

export const SupplierFrameworkDraftsDocument = graphql(`
  query SupplierFrameworkDrafts($frameworkSlug: String!, $supplierId: ID!) {
    frameworkDraftServices(frameworkSlug: $frameworkSlug, supplierId: $supplierId, first: 100) {
      totalCount
      nodes {
        id
        createdAt
        status
        data
        missingAnswers
        lot {
          id
          name
        }
      }
    }
  }
`);
