import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Breadcrumbs, Button, Flash, PageNotFound, Radios, ServiceProblem, Table, Tag, Title, formatDate, type Viewer } from '@dm/web/ui';
import type { AgreementStatus } from '../../gql/graphql';
import { RequireTask } from '../../app/RequireTask';
import { STATUS, STATUS_PARAMS, errorCode, paramOf, statusFilter, useAgreementFramework, useAgreements } from './agreements';

const ALL = 'all';

/** Sourcing's filter: one status, or every agreement. */
function Filter({ status }: { status: AgreementStatus | null }) {
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<string | undefined>(paramOf(status) ?? ALL);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(chosen && chosen !== ALL ? `?status=${chosen}` : '?');
  };
  return (
    <form noValidate onSubmit={submit} data-testid="agreements-filter">
      <Radios
        name="status"
        classes="govuk-radios--small"
        fieldset={{ legend: { text: 'Show agreements', classes: 'govuk-fieldset__legend--s' } }}
        value={chosen}
        onChange={setChosen}
        items={[{ value: ALL, text: 'All agreements' }, ...STATUS_PARAMS.map((s) => ({ value: s.param, text: STATUS[s.status].label }))]}
      />
      <Button type="submit" text="Apply filter" classes="govuk-button--secondary" />
    </form>
  );
}

function List({ frameworkSlug, status }: { frameworkSlug: string; status: AgreementStatus | null }) {
  const { data, error } = useAgreements(frameworkSlug, status);
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const agreements = data.frameworkAgreements;
  const query = status ? `?status=${paramOf(status)}` : '';
  const count = `${agreements.length} ${agreements.length === 1 ? 'agreement' : 'agreements'}`;
  return (
    <>
      <p className="govuk-body" role="status" data-testid="agreements-count">
        {status ? `${count} ${STATUS[status].label.toLowerCase()}` : `${count} signed`}
      </p>
      {agreements.length ? (
        <Table
          caption={status ? `Agreements: ${STATUS[status].label.toLowerCase()}` : 'Signed agreements, oldest first'}
          captionClasses="govuk-visually-hidden"
          attributes={{ 'data-testid': 'agreements' }}
          head={[{ text: 'Supplier' }, { text: 'Signed on' }, { text: 'Status' }]}
          rows={agreements.map((a) => [
            {
              text: (
                <Link className="govuk-link" to={`/agreements/${frameworkSlug}/${a.id}${query}`}>
                  {a.supplier.name}
                </Link>
              ),
            },
            { text: formatDate(a.signedAt) },
            { text: <Tag text={STATUS[a.status].label} classes={STATUS[a.status].tag} /> },
          ])}
        />
      ) : (
        <p className="govuk-body">There are no agreements to show{status ? ' with this status' : ' yet'}.</p>
      )}
    </>
  );
}

function Page({ viewer }: { viewer: Viewer }) {
  const { framework: slug = '' } = useParams();
  const [params] = useSearchParams();
  const filter = statusFilter(params.get('status'), viewer.role);
  const { data, error } = useAgreementFramework(slug);
  if (filter === 'invalid') return <PageNotFound />;
  if (error && !data) return errorCode(error) === 'NOT_FOUND' ? <PageNotFound /> : <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const framework = data.framework;
  if (!framework.isESignatureSupported) return <PageNotFound />;
  const sourcing = viewer.role === 'ADMIN_CCS_SOURCING';
  return (
    <>
      <Title>{`${framework.name} agreements`}</Title>
      <Breadcrumbs items={[{ text: 'Admin home', href: '/' }, { text: 'Framework agreements', href: '/agreements' }, { text: framework.name }]} />
      <Flash />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{framework.name}</span>
          <h1 className="govuk-heading-l">Supplier framework agreements</h1>
          <p className="govuk-body">
            {sourcing
              ? 'Agreements the suppliers on this framework have signed, oldest first. Open one to check it, put it on hold, approve it or countersign it.'
              : 'Agreements the suppliers on this framework have signed, oldest first. Open one to see its details and documents.'}
          </p>
        </div>
      </div>
      <div className="govuk-grid-row">
        {sourcing ? (
          <div className="govuk-grid-column-one-third">
            <Filter key={filter.status ?? ALL} status={filter.status} />
          </div>
        ) : null}
        <div className={sourcing ? 'govuk-grid-column-two-thirds' : 'govuk-grid-column-full'}>
          <List frameworkSlug={framework.slug} status={filter.status} />
        </div>
      </div>
    </>
  );
}

/** AD11: one framework's signed agreements, with their status; sourcing filters them by status. */
export function AgreementsListPage() {
  return <RequireTask id="agreements">{(viewer) => <Page viewer={viewer} />}</RequireTask>;
}
