import { Link, useParams, useSearchParams } from 'react-router';
import { Breadcrumbs, Flash, PageNotFound, ServiceProblem, SummaryList, Tag, Title, formatDate, formatDateTime, formatFileSize, type Viewer } from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import { ACTION_COPY, STATUS, actionsFor, addressLine, errorCode, paramOf, statusFilter, useAgreementFramework, useAgreements, type AdminAgreement } from './agreements';

type Doc = NonNullable<AdminAgreement['signaturePage']>;

/** A generated PDF's download link, or why there is none yet. */
export function DocumentLink({ doc, name, missing }: { doc: Doc | null; name: string; missing: string }) {
  if (!doc) return <>{missing}</>;
  if (!doc.downloadUrl) return <>The {name.toLowerCase()} is being checked; try again in a minute</>;
  return (
    <a className="govuk-link" href={doc.downloadUrl} download={doc.fileName}>
      Download the {name.toLowerCase()}
      <span className="govuk-visually-hidden"> ({doc.fileName})</span> <span className="govuk-body-s">(PDF, {formatFileSize(doc.size)})</span>
    </a>
  );
}

/** Who the agreement is with: the company details CCS checks the signature against. */
export function SupplierDetails({ agreement }: { agreement: AdminAgreement }) {
  const details = agreement.supplier.companyDetails;
  return (
    <SummaryList
      attributes={{ 'data-testid': 'agreement-supplier' }}
      rows={[
        { key: { text: 'Trading name' }, value: { text: agreement.supplier.name } },
        { key: { text: 'Registered name' }, value: { text: details?.registeredName || 'Not given' } },
        { key: { text: 'Registered address' }, value: { text: addressLine(details?.registeredAddress) || 'Not given' } },
        {
          key: { text: 'Company registration number' },
          value: { text: details?.companiesHouseNumber || details?.otherCompanyRegistrationNumber || 'Not given' },
        },
        { key: { text: 'DUNS number' }, value: { text: details?.dunsNumber || 'Not given' } },
      ]}
    />
  );
}

/** The signature, where the agreement has got to, and its documents. */
export function AgreementDetails({ agreement }: { agreement: AdminAgreement }) {
  const countersigner = [agreement.countersignerName, agreement.countersignerRole].filter(Boolean).join(', ');
  return (
    <SummaryList
      attributes={{ 'data-testid': 'agreement-details' }}
      rows={[
        { key: { text: 'Status' }, value: { text: <Tag text={STATUS[agreement.status].label} classes={STATUS[agreement.status].tag} /> } },
        { key: { text: 'Agreement version' }, value: { text: agreement.agreementVersion } },
        { key: { text: 'Signed by' }, value: { text: `${agreement.signerName}, ${agreement.signerRole}` } },
        { key: { text: 'Signed on' }, value: { text: formatDateTime(agreement.signedAt) } },
        {
          key: { text: 'Legal authority' },
          value: { text: 'The signer confirmed they have the legal authority to sign on behalf of the company, and accepted the terms' },
        },
        agreement.putOnHoldAt ? { key: { text: 'Put on hold on' }, value: { text: formatDate(agreement.putOnHoldAt) } } : null,
        agreement.approvedAt ? { key: { text: 'Approved on' }, value: { text: formatDate(agreement.approvedAt) } } : null,
        agreement.approvedAt && countersigner ? { key: { text: 'Countersigner' }, value: { text: countersigner } } : null,
        agreement.countersignedAt ? { key: { text: 'Countersigned on' }, value: { text: formatDate(agreement.countersignedAt) } } : null,
        {
          key: { text: 'Signed agreement' },
          value: { text: <DocumentLink doc={agreement.signaturePage} name="Signature page" missing="The signature page is being made; try again in a minute" /> },
        },
        {
          key: { text: 'Countersigned agreement' },
          value: {
            text: (
              <DocumentLink
                doc={agreement.countersignedAgreement}
                name="Countersigned agreement"
                missing={agreement.countersignedAt ? 'The countersigned agreement is being made; try again in a minute' : 'Not countersigned yet'}
              />
            ),
          },
        },
      ]}
    />
  );
}

function Page({ viewer }: { viewer: Viewer }) {
  const { framework: slug = '', id = '' } = useParams();
  const [params] = useSearchParams();
  const filter = statusFilter(params.get('status'), viewer.role);
  const framework = useAgreementFramework(slug);
  const agreements = useAgreements(slug, null);
  if (filter === 'invalid') return <PageNotFound />;
  if (framework.error && !framework.data) return errorCode(framework.error) === 'NOT_FOUND' ? <PageNotFound /> : <ServiceProblem />;
  if (agreements.error && !agreements.data) return <ServiceProblem />;
  if (!framework.data || !agreements.data) return <p className="govuk-body">Loading…</p>;
  const agreement = agreements.data.frameworkAgreements.find((a) => a.id === id);
  if (!agreement) return <PageNotFound />;
  const { name } = framework.data.framework;
  const query = filter.status ? `?status=${paramOf(filter.status)}` : '';
  const actions = actionsFor(viewer.role, agreement.status);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title>{`${agreement.supplier.name}: ${name} agreement`}</Title>
        <Breadcrumbs
          items={[
            { text: 'Admin home', href: '/' },
            { text: 'Framework agreements', href: '/agreements' },
            { text: `${name} agreements`, href: `/agreements/${slug}${query}` },
            { text: agreement.supplier.name },
          ]}
        />
        <Flash />
        <span className="govuk-caption-l">{name} framework agreement</span>
        <h1 className="govuk-heading-l">{agreement.supplier.name}</h1>
        <h2 className="govuk-heading-m">Company</h2>
        <SupplierDetails agreement={agreement} />
        <h2 className="govuk-heading-m">Agreement</h2>
        <AgreementDetails agreement={agreement} />
        {actions.length ? (
          <div className="govuk-button-group" data-testid="agreement-actions">
            {actions.map((action, i) => (
              <Link
                key={action}
                role="button"
                draggable={false}
                className={`govuk-button${i > 0 ? ' govuk-button--secondary' : ''}`}
                data-module="govuk-button"
                to={`/agreements/${slug}/${agreement.id}/${action}${query}`}
              >
                {ACTION_COPY[action].button}
              </Link>
            ))}
          </div>
        ) : null}
        <p className="govuk-body">
          <Link className="govuk-link" to={`/agreements/${slug}${query}`}>
            Back to the {name} agreements
          </Link>
        </p>
      </div>
    </div>
  );
}

/** AD11: one signed agreement, its supplier and documents; sourcing acts on it from here. */
export function AgreementPage() {
  return <RequireTask id="agreements">{(viewer) => <Page viewer={viewer} />}</RequireTask>;
}
