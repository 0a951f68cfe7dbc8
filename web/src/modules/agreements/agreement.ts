import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { FrameworkAgreementSigningQuery } from '../../gql/graphql';
import { useFormMutation } from '../../ui/forms/useFormMutation';

/** What the signing pages need: the framework, the supplier's result and agreement, its company and its lots. */
export const FrameworkAgreementSigningDocument = graphql(`
  query FrameworkAgreementSigning($frameworkSlug: String!) {
    framework(slug: $frameworkSlug) {
      id
      slug
      name
      family
      status
      isESignatureSupported
      lots {
        id
        name
      }
    }
    frameworkApplication(frameworkSlug: $frameworkSlug) {
      id
      onFramework
      agreement {
        ...AgreementDetails
      }
    }
    draftServices(frameworkSlug: $frameworkSlug) {
      id
      status
      lot {
        id
      }
    }
    viewer {
      id
      supplier {
        id
        name
        companyDetails {
          registeredName
          registeredAddress {
            address1
            city
            postcode
          }
          companiesHouseNumber
          otherCompanyRegistrationNumber
          dunsNumber
        }
        services(frameworkSlug: $frameworkSlug) {
          id
          status
          lot {
            id
          }
        }
      }
    }
  }
`);

/** A signed agreement as the supplier's pages show it. */
export const AgreementDetailsFragment = graphql(`
  fragment AgreementDetails on FrameworkAgreement {
    id
    status
    signerName
    signerRole
    signedAt
    countersignedAt
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
`);

export const useAgreementSigning = (frameworkSlug: string) => useQuery(FrameworkAgreementSigningDocument, { variables: { frameworkSlug }, fetchPolicy: 'cache-and-network' });

const SignFrameworkAgreementDocument = graphql(`
  mutation SignFrameworkAgreement($frameworkSlug: String!, $signerName: String!, $signerRole: String!, $acceptTerms: Boolean!) {
    signFrameworkAgreement(frameworkSlug: $frameworkSlug, signerName: $signerName, signerRole: $signerRole, acceptTerms: $acceptTerms) {
      ...AgreementDetails
    }
  }
`);

export const SIGN_FIELDS = ['signerName', 'signerRole', 'acceptTerms'] as const;

/** Signs the agreement; the signing pages' data is read again so they show it signed. */
export const useSignFrameworkAgreement = () =>
  useFormMutation(SignFrameworkAgreementDocument, { fieldOrder: SIGN_FIELDS, refetchQueries: [FrameworkAgreementSigningDocument], awaitRefetchQueries: true });

export type SigningData = FrameworkAgreementSigningQuery;
export type SigningFramework = SigningData['framework'];

/** What each framework calls its agreement (the frameworks' e-signature messages). */
export const contractTitle = (framework: Pick<SigningFramework, 'family'>) =>
  framework.family === 'DIGITAL_OUTCOMES_AND_SPECIALISTS' ? 'Framework Award Form' : 'Framework Agreement';

/** The sign page's heading, as each framework had it. */
export function signPageTitle(framework: Pick<SigningFramework, 'slug' | 'family'>): string {
  if (framework.slug === 'g-cloud-12') return 'Sign agreement';
  if (framework.family === 'DIGITAL_OUTCOMES_AND_SPECIALISTS') return 'Sign contract';
  return 'Supplier appointment terms';
}

/**
 * The lots the supplier was accepted on, numbered as the framework lists them ("Lot 1: Cloud hosting"):
 * those of its submitted drafts, and of its services on the framework.
 */
export function acceptedLots(data: SigningData): string[] {
  const ids = new Set<string>([
    ...data.draftServices.filter((d) => d.status === 'SUBMITTED').map((d) => d.lot.id),
    ...(data.viewer?.supplier?.services ?? []).filter((s) => s.status !== 'DELETED').map((s) => s.lot.id),
  ]);
  return data.framework.lots.flatMap((lot, i) => (ids.has(lot.id) ? [`Lot ${i + 1}: ${lot.name}`] : []));
}

/** A file size as people read it: "48 KB", "1.2 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export const frameworkPath = (slug: string) => `/suppliers/frameworks/${slug}`;
