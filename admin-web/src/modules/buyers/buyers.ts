import { useQuery } from '@apollo/client/react';
import { useFormMutation, useFormQuery, type FieldErrors } from '@dm/web/ui';
import { graphql } from '../../gql';
import type { BriefResponseStatus, BriefStatus } from '../../gql/graphql';

export const OpportunityBuyersDocument = graphql(`
  query OpportunityBuyers($id: ID!) {
    brief(id: $id) {
      id
      data
      status
      createdAt
      publishedAt
      applicationsClosedAt
      withdrawnAt
      withdrawnReason
      framework {
        slug
        name
      }
      lot {
        id
        name
      }
      users {
        id
        name
        email
        phoneNumber
      }
      responses {
        id
        status
        awardedAt
        supplier {
          name
        }
      }
    }
  }
`);

/** An opportunity found by its id; the query is a form step, so an unknown id is the field's error. */
export const useFindOpportunity = () =>
  useFormQuery(OpportunityBuyersDocument, {
    fieldOrder: ['opportunityId'],
    refusalFields: (code) => (code === 'NOT_FOUND' ? { opportunityId: 'No opportunity has this ID: check the number at the end of the opportunity’s web address' } : undefined),
  });

export const useOpportunity = (id: string) => useQuery(OpportunityBuyersDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });

/** What was typed in the "Opportunity ID" field, as the id to look up: digits only (a pasted URL's last part too). */
export function opportunityIdFrom(typed: string): { id?: string; errors: FieldErrors } {
  const value = typed.trim().replace(/\/+$/, '');
  if (!value) return { errors: { opportunityId: 'Enter an opportunity ID' } };
  const last = value.slice(value.lastIndexOf('/') + 1);
  if (!/^\d{1,9}$/.test(last)) return { errors: { opportunityId: 'Enter the opportunity ID as a number, like 10423' } };
  return { id: String(Number(last)), errors: {} };
}

export const BRIEF_STATUS: Record<BriefStatus, { label: string; className: string }> = {
  DRAFT: { label: 'Draft', className: 'govuk-tag--grey' },
  LIVE: { label: 'Live', className: 'govuk-tag--green' },
  CLOSED: { label: 'Closed', className: 'govuk-tag--blue' },
  AWARDED: { label: 'Awarded', className: 'govuk-tag--purple' },
  CANCELLED: { label: 'Cancelled', className: 'govuk-tag--orange' },
  UNSUCCESSFUL: { label: 'Unsuccessful', className: 'govuk-tag--yellow' },
  WITHDRAWN: { label: 'Withdrawn', className: 'govuk-tag--red' },
};

export const titleOf = (data: unknown): string => {
  const title = (data as { title?: unknown } | null)?.title;
  return typeof title === 'string' && title.trim() ? title : 'Untitled requirement';
};

/** Only a live opportunity can be withdrawn. */
export const canWithdraw = (status: BriefStatus) => status === 'LIVE';

/** The responses whose award an admin can undo: awarded with the contract details, or chosen and waiting for them. */
export const awardedResponses = <R extends { status: BriefResponseStatus; awardedAt?: unknown }>(responses: readonly R[] | null | undefined): R[] =>
  (responses ?? []).filter((r) => r.status === 'AWARDED' || r.status === 'PENDING_AWARDED');

const WithdrawOpportunityDocument = graphql(`
  mutation AdminWithdrawOpportunity($id: ID!, $reason: String!) {
    withdrawBrief(id: $id, reason: $reason) {
      id
      status
      withdrawnAt
      withdrawnReason
    }
  }
`);

export const useWithdrawOpportunity = () =>
  useFormMutation(WithdrawOpportunityDocument, {
    fieldOrder: ['reason'],
    refusalFields: (code, message) => (code === 'CONFLICT' ? { reason: `It cannot be withdrawn now: ${message.toLowerCase()}` } : undefined),
  });

const UnawardContractDocument = graphql(`
  mutation AdminUnawardContract($briefId: ID!, $responseId: ID!) {
    unawardContract(briefId: $briefId, responseId: $responseId) {
      id
      status
      awardedAt
    }
  }
`);

export const useUnawardContract = () => useFormMutation(UnawardContractDocument, { refetchQueries: ['OpportunityBuyers'], awaitRefetchQueries: true });

export const BuyerEmailDomainsDocument = graphql(`
  query BuyerEmailDomains {
    buyerEmailDomains {
      id
      domain
      createdAt
    }
  }
`);

export const useBuyerEmailDomains = () => useQuery(BuyerEmailDomainsDocument, { fetchPolicy: 'cache-and-network' });

const AddBuyerEmailDomainDocument = graphql(`
  mutation AddBuyerEmailDomain($domain: String!) {
    addBuyerEmailDomain(domain: $domain) {
      id
      domain
      createdAt
    }
  }
`);

/** Duplicates and sub-domains of an approved domain are refused as conflicts: the domain field's error. */
export const useAddBuyerEmailDomain = () =>
  useFormMutation(AddBuyerEmailDomainDocument, {
    fieldOrder: ['domain'],
    refusalFields: (code, message) => (code === 'CONFLICT' ? { domain: message } : undefined),
    refetchQueries: ['BuyerEmailDomains'],
    awaitRefetchQueries: true,
  });

const RemoveBuyerEmailDomainDocument = graphql(`
  mutation RemoveBuyerEmailDomain($id: ID!) {
    removeBuyerEmailDomain(id: $id)
  }
`);

export const useRemoveBuyerEmailDomain = () => useFormMutation(RemoveBuyerEmailDomainDocument, { refetchQueries: ['BuyerEmailDomains'], awaitRefetchQueries: true });

/** A domain as typed ("@Police.UK " → "police.uk"); the API checks its format and rules. */
export const normaliseDomain = (typed: string) => typed.trim().toLowerCase().replace(/^@/, '');
