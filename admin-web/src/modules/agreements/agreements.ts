import { useQuery } from '@apollo/client/react';
import { useFormMutation } from '@dm/web/ui';
import { graphql } from '../../gql';
import type { AgreementStatus, FrameworkStatus, Role } from '../../gql/graphql';

/** What each agreement status is called on the admin pages, and its tag's colour. */
export const STATUS: Record<AgreementStatus, { label: string; tag: string }> = {
  SIGNED: { label: 'Waiting for approval', tag: 'govuk-tag--blue' },
  ON_HOLD: { label: 'On hold', tag: 'govuk-tag--yellow' },
  APPROVED: { label: 'Approved, waiting for countersignature', tag: 'govuk-tag--light-blue' },
  COUNTERSIGNED: { label: 'Countersigned', tag: 'govuk-tag--green' },
};

/** The status filter's values in the address (`?status=on-hold`), in the order the filter offers them. */
export const STATUS_PARAMS: ReadonlyArray<{ param: string; status: AgreementStatus }> = [
  { param: 'signed', status: 'SIGNED' },
  { param: 'on-hold', status: 'ON_HOLD' },
  { param: 'approved', status: 'APPROVED' },
  { param: 'countersigned', status: 'COUNTERSIGNED' },
];

/**
 * The status asked for in the address: none (every agreement), one of STATUS_PARAMS, or invalid
 * (the page says there is no such list). Only sourcing filters; anyone else's `status` is ignored.
 */
export function statusFilter(param: string | null, role: Role): { status: AgreementStatus | null } | 'invalid' {
  if (role !== 'ADMIN_CCS_SOURCING' || param === null || param === '') return { status: null };
  const found = STATUS_PARAMS.find((s) => s.param === param);
  return found ? { status: found.status } : 'invalid';
}

export const paramOf = (status: AgreementStatus | null) => STATUS_PARAMS.find((s) => s.status === status)?.param ?? null;

/** The frameworks whose agreements are signed online and may have been returned: standstill on. */
export const AGREEMENT_FRAMEWORK_STATUSES: readonly FrameworkStatus[] = ['STANDSTILL', 'LIVE', 'EXPIRED'];

/** What sourcing may do to an agreement in each status, as the API allows it (dm-api §3.9). */
export type AgreementAction = 'put-on-hold' | 'approve' | 'countersign' | 'cancel-approval';

export const ACTIONS: Record<AgreementStatus, readonly AgreementAction[]> = {
  SIGNED: ['approve', 'put-on-hold'],
  ON_HOLD: ['approve'],
  APPROVED: ['countersign', 'cancel-approval'],
  COUNTERSIGNED: [],
};

/** The actions an admin may take on an agreement: sourcing's, by status; nothing for the other roles. */
export const actionsFor = (role: Role, status: AgreementStatus): readonly AgreementAction[] => (role === 'ADMIN_CCS_SOURCING' ? ACTIONS[status] : []);

export const isAction = (value: string | undefined): value is AgreementAction =>
  value === 'put-on-hold' || value === 'approve' || value === 'countersign' || value === 'cancel-approval';

/** Each action's button, confirmation question, what it does, and the confirmation flashed after it. */
export const ACTION_COPY: Record<AgreementAction, { button: string; title: string; explain: string; done: (organisation: string) => string; warning?: boolean }> = {
  'put-on-hold': {
    button: 'Put on hold',
    title: 'Put this agreement on hold?',
    explain: 'Use this while you check something with the supplier. The agreement stays signed; you can approve it later.',
    done: (o) => `The agreement of ${o} is on hold`,
    warning: true,
  },
  approve: {
    button: 'Approve for countersignature',
    title: 'Approve this agreement for countersignature?',
    explain: 'You have checked the supplier’s details and signature. The agreement is then ready for CCS to countersign.',
    done: (o) => `The agreement of ${o} is approved for countersignature`,
  },
  countersign: {
    button: 'Countersign',
    title: 'Countersign this agreement?',
    explain: 'The agreement comes into force. We make the countersigned agreement and email it to the supplier’s users; this cannot be undone.',
    done: (o) => `You countersigned the agreement of ${o}`,
  },
  'cancel-approval': {
    button: 'Cancel approval',
    title: 'Cancel the approval of this agreement?',
    explain: 'The agreement goes back to waiting for approval, and cannot be countersigned until it is approved again.',
    done: (o) => `The approval of ${o}’s agreement is cancelled`,
    warning: true,
  },
};

/**
 * Where an action leads (dm-journeys AD11): putting on hold or approving moves on to the next
 * agreement of the list as it was shown (with its status filter), or back to the list after the
 * last; countersigning and cancelling an approval come back to the same agreement.
 */
export function afterAction(action: AgreementAction, id: string, shown: ReadonlyArray<{ id: string }>): { next: string | null } | 'same' {
  if (action === 'countersign' || action === 'cancel-approval') return 'same';
  const at = shown.findIndex((a) => a.id === id);
  const next = at >= 0 ? shown[at + 1] : undefined;
  return { next: next?.id ?? null };
}

/** The API's error code of a failed query (NOT_FOUND for a framework that does not exist). */
export { errorCode } from '@dm/web/ui';

/** The registered address on one line, leaving out what is missing. */
export const addressLine = (a: { address1?: string | null; city?: string | null; postcode?: string | null } | null | undefined) =>
  [a?.address1, a?.city, a?.postcode].filter((p): p is string => Boolean(p?.trim())).join(', ');

export const AgreementFrameworksDocument = graphql(`
  query AdminAgreementFrameworks {
    frameworks {
      slug
      name
      status
      isESignatureSupported
    }
  }
`);

export const AgreementFrameworkDocument = graphql(`
  query AdminAgreementFramework($slug: String!) {
    framework(slug: $slug) {
      slug
      name
      status
      isESignatureSupported
    }
  }
`);

export const AdminAgreementsDocument = graphql(`
  query AdminFrameworkAgreements($frameworkSlug: String!, $status: AgreementStatus) {
    frameworkAgreements(frameworkSlug: $frameworkSlug, status: $status) {
      id
      status
      signedAt
      signerName
      signerRole
      agreementVersion
      putOnHoldAt
      approvedAt
      countersignedAt
      countersignerName
      countersignerRole
      supplier {
        id
        name
        companyDetails {
          registeredName
          companiesHouseNumber
          otherCompanyRegistrationNumber
          dunsNumber
          registeredAddress {
            address1
            city
            postcode
          }
        }
      }
      signaturePage {
        id
        fileName
        size
        downloadUrl
      }
      countersignedAgreement {
        id
        fileName
        size
        downloadUrl
      }
    }
  }
`);

export type AdminAgreement = NonNullable<ReturnType<typeof useAgreements>['data']>['frameworkAgreements'][number];

export const useAgreements = (frameworkSlug: string, status: AgreementStatus | null) =>
  useQuery(AdminAgreementsDocument, { variables: { frameworkSlug, status }, fetchPolicy: 'cache-and-network' });

export const useAgreementFramework = (slug: string) => useQuery(AgreementFrameworkDocument, { variables: { slug } });

/** The supplier's registered name, or its trading name when it has none: what the flash names. */
export const organisation = (a: AdminAgreement) => a.supplier.companyDetails?.registeredName || a.supplier.name;

const PutOnHoldDocument = graphql(`
  mutation AdminPutAgreementOnHold($id: ID!) {
    putFrameworkAgreementOnHold(id: $id) {
      id
      status
      putOnHoldAt
    }
  }
`);

const ApproveDocument = graphql(`
  mutation AdminApproveAgreement($id: ID!) {
    approveFrameworkAgreement(id: $id) {
      id
      status
      putOnHoldAt
      approvedAt
      countersignerName
      countersignerRole
    }
  }
`);

const UnapproveDocument = graphql(`
  mutation AdminUnapproveAgreement($id: ID!) {
    unapproveFrameworkAgreement(id: $id) {
      id
      status
      approvedAt
      countersignerName
      countersignerRole
    }
  }
`);

const CountersignDocument = graphql(`
  mutation AdminCountersignAgreement($id: ID!) {
    countersignFrameworkAgreement(id: $id) {
      id
      status
      countersignedAt
    }
  }
`);

/** The mutation of each action; lists of agreements are fetched again after it. */
export function useAgreementAction(action: AgreementAction) {
  const options = { refetchQueries: ['AdminFrameworkAgreements'], awaitRefetchQueries: true };
  const hold = useFormMutation(PutOnHoldDocument, options);
  const approve = useFormMutation(ApproveDocument, options);
  const unapprove = useFormMutation(UnapproveDocument, options);
  const countersign = useFormMutation(CountersignDocument, options);
  return { 'put-on-hold': hold, approve, 'cancel-approval': unapprove, countersign }[action];
}
