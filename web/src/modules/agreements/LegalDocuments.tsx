import { useQuery } from '@apollo/client/react';
import { getFragmentData, graphql } from '../../gql';
import type { AgreementDetailsFragment as Agreement } from '../../gql/graphql';
import { formatDate } from '../../ui/format';
import { SummaryList } from '../../ui/govuk/SummaryList';
import { AgreementDetailsFragment, fileSize } from './agreement';

const FrameworkAgreementDocument = graphql(`
  query FrameworkAgreement($frameworkSlug: String!) {
    frameworkApplication(frameworkSlug: $frameworkSlug) {
      id
      agreement {
        ...AgreementDetails
      }
    }
  }
`);

type Doc = NonNullable<Agreement['signaturePage']>;

function Download({ doc, text }: { doc: Doc; text: string }) {
  if (!doc.downloadUrl) return <>{text} is being prepared</>;
  return (
    <a className="govuk-link" href={doc.downloadUrl} download={doc.fileName}>
      Download {text.toLowerCase()} <span className="govuk-body-s">(PDF, {fileSize(doc.size)})</span>
    </a>
  );
}

/** The rows of a signed agreement: who signed it and when, where it has got to, and its documents. */
export function AgreementSummary({ agreement, headingId }: { agreement: Agreement; headingId?: string }) {
  const countersigned = agreement.status === 'COUNTERSIGNED';
  return (
    <SummaryList
      attributes={headingId ? { 'aria-labelledby': headingId } : undefined}
      rows={[
        { key: { text: 'Signed by' }, value: { text: `${agreement.signerName}, ${agreement.signerRole}` } },
        { key: { text: 'Signed on' }, value: { text: formatDate(agreement.signedAt) } },
        {
          key: { text: 'Status' },
          value: {
            text: countersigned && agreement.countersignedAt ? `Countersigned by CCS on ${formatDate(agreement.countersignedAt)}` : 'Waiting for CCS to countersign',
          },
        },
        agreement.signaturePage ? { key: { text: 'Signature page' }, value: { text: <Download doc={agreement.signaturePage} text="Signature page" /> } } : null,
        agreement.countersignedAgreement
          ? { key: { text: 'Countersigned agreement' }, value: { text: <Download doc={agreement.countersignedAgreement} text="Countersigned agreement" /> } }
          : null,
      ]}
    />
  );
}

/**
 * "Legal documents": the signed framework agreement of one framework, for the supplier's dashboard
 * and application pages. Nothing until the agreement is signed.
 */
export function LegalDocuments({ frameworkSlug, frameworkName, headingLevel = 3 }: { frameworkSlug: string; frameworkName: string; headingLevel?: 2 | 3 | 4 }) {
  const { data } = useQuery(FrameworkAgreementDocument, { variables: { frameworkSlug }, fetchPolicy: 'cache-and-network' });
  const agreement = getFragmentData(AgreementDetailsFragment, data?.frameworkApplication.agreement);
  if (!agreement) return null;
  const Heading = `h${headingLevel}` as 'h3';
  const id = `legal-documents-${frameworkSlug}`;
  return (
    <section aria-labelledby={id} data-testid={id}>
      <Heading className={headingLevel === 2 ? 'govuk-heading-m' : 'govuk-heading-s'} id={id}>
        Legal documents<span className="govuk-visually-hidden"> for {frameworkName}</span>
      </Heading>
      <AgreementSummary agreement={agreement} />
    </section>
  );
}
