import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import {
  BackLink,
  Button,
  FormErrorSummary,
  Input,
  PageNotFound,
  ServiceProblem,
  SummaryList,
  Table,
  Textarea,
  Title,
  WarningText,
  flash,
  inlineError,
  useFormQuery,
  type Viewer,
} from '@dm/web/ui';
import { NotAllowedPage, RequireTask } from '../../app/RequireTask';
import { isNotThere as notThere } from '@dm/web/ui';
import { AdminServiceTransferCandidatesDocument, AdminTransferTargetDocument, serviceName, useAdminService, useTransferService } from './queries';
import { CHANGES_SERVICES, canChangeService, reasonError, serviceHref } from './serviceAdmin';
import { SERVICE_ID_PARAM, type AdminService } from './ServicePage';

const transferHref = (id: string, supplierId?: string) => `${serviceHref(id)}/transfer${supplierId ? `/${supplierId}` : ''}`;

/** What a search for the new supplier is: a whole supplier ID (digits) or part of a name; or what is wrong with it. */
export function transferSearch(raw: string, currentSupplierId: string): { by: 'id' | 'name'; query: string } | { error: string } {
  const query = raw.trim();
  if (!query) return { error: 'Enter the new supplier’s name or ID' };
  if (/^\d+$/.test(query)) {
    if (query.length > 9) return { error: 'A supplier ID is up to 9 digits' };
    if (String(Number(query)) === currentSupplierId) return { error: 'The service already belongs to this supplier: choose another one' };
    return { by: 'id', query: String(Number(query)) };
  }
  return { by: 'name', query };
}

function Candidates({ service, name }: { service: AdminService; name: string }) {
  const { data, error } = useQuery(AdminServiceTransferCandidatesDocument, { variables: { name }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Searching…</p>;
  const others = data.suppliers.nodes.filter((s) => s.id !== service.supplier.id);
  return (
    <section aria-labelledby="candidates-heading" data-testid="transfer-candidates">
      <h2 className="govuk-heading-m" id="candidates-heading" aria-live="polite">
        {others.length === 0 ? `No other supplier has a name containing ‘${name}’` : `Suppliers with a name containing ‘${name}’`}
      </h2>
      {others.length ? (
        <Table
          caption={`Suppliers with a name containing ‘${name}’`}
          captionClasses="govuk-visually-hidden"
          head={[{ text: 'Supplier' }, { text: 'Supplier ID' }, { text: 'DUNS number' }, { text: <span className="govuk-visually-hidden">Actions</span> }]}
          rows={others.map((s) => [
            { text: s.name },
            { text: s.id },
            { text: s.companyDetails?.dunsNumber ?? '' },
            {
              text: (
                <Link className="govuk-link" to={transferHref(service.id, s.id)}>
                  Choose<span className="govuk-visually-hidden"> {s.name}</span>
                </Link>
              ),
            },
          ])}
        />
      ) : (
        <p className="govuk-body">Check the spelling, or search by the supplier’s ID.</p>
      )}
      {data.suppliers.totalCount > data.suppliers.nodes.length ? (
        <p className="govuk-body">Showing the first {data.suppliers.nodes.length}: type more of the name to narrow the list.</p>
      ) : null}
    </section>
  );
}

function Choose({ service }: { service: AdminService }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const current = params.get('q')?.trim() ?? '';
  const [query, setQuery] = useState(current);
  const name = serviceName(service.data, service.id);
  const byId = useFormQuery(AdminTransferTargetDocument, {
    fieldOrder: ['supplier'],
    refusalFields: (code) => (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' ? { supplier: `There is no supplier with the ID ${query.trim()}` } : undefined),
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (byId.loading) return;
    const search = transferSearch(query, service.supplier.id);
    if ('error' in search) {
      await byId.submit({ id: '' }, { supplier: search.error });
      return;
    }
    if (search.by === 'name') {
      byId.clear();
      await navigate(`${transferHref(service.id)}?${new URLSearchParams({ q: search.query }).toString()}`);
      return;
    }
    const found = await byId.submit({ id: search.query });
    if (found) await navigate(transferHref(service.id, found.supplier.id));
  };
  const shownName = current && !/^\d+$/.test(current) ? current : '';
  return (
    <>
      <Title error={byId.hasErrors}>{`Transfer ${name} to another supplier`}</Title>
      <BackLink href={serviceHref(service.id)} text="Back to the service" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={byId.errors} submission={byId.submission} />
          <span className="govuk-caption-l">{name}</span>
          <h1 className="govuk-heading-l">Transfer this service to another supplier</h1>
          <p className="govuk-body">
            Do this when another company takes over the contract for the service (a novation). The service keeps its ID, answers and documents; it moves from{' '}
            {service.supplier.name}’s services to the new supplier’s.
          </p>
          <form noValidate onSubmit={(e) => void submit(e)} role="search" aria-label="New supplier">
            <Input
              id="supplier"
              name="supplier"
              type="search"
              label={{ text: 'New supplier’s name or ID', classes: 'govuk-label--s' }}
              hint={{ text: 'Any part of the name, or the whole supplier ID' }}
              autocomplete="off"
              spellcheck={false}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              errorMessage={inlineError(byId.errors, 'supplier')}
            />
            <Button type="submit" text="Find the supplier" classes="govuk-button--secondary" />
          </form>
        </div>
      </div>
      {shownName ? <Candidates key={shownName} service={service} name={shownName} /> : null}
    </>
  );
}

function Confirm({ service, supplierId, onSubmitted }: { service: AdminService; supplierId: string; onSubmitted: () => void }) {
  const target = useQuery(AdminTransferTargetDocument, { variables: { id: supplierId } });
  const run = useTransferService();
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const name = serviceName(service.data, service.id);
  if (target.error && notThere(target.error)) return <PageNotFound />;
  if (target.error && !target.data) return <ServiceProblem />;
  if (!target.data) return <p className="govuk-body">Loading…</p>;
  const to = target.data.supplier;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (run.loading) return;
    const wrong = reasonError(reason, 'transferring the service');
    if (!wrong) onSubmitted();
    const done = await run.submit({ id: service.id, toSupplierId: to.id, reason: reason.trim() }, wrong ? { reason: wrong } : undefined);
    if (done) await navigate(serviceHref(service.id), flash(`‘${name}’ now belongs to ${done.transferService.supplier.name}. Search results take a few minutes to catch up.`));
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={run.hasErrors}>{`Transfer ${name} to ${to.name}`}</Title>
        <BackLink href={transferHref(service.id)} text="Choose another supplier" />
        <FormErrorSummary errors={run.errors} submission={run.submission} />
        <span className="govuk-caption-l">{name}</span>
        <h1 className="govuk-heading-l">Are you sure you want to transfer this service?</h1>
        <SummaryList
          attributes={{ 'data-testid': 'transfer-summary' }}
          rows={[
            { key: { text: 'Service' }, value: { text: `${name} (${service.id})` } },
            { key: { text: 'From' }, value: { text: service.supplier.name } },
            { key: { text: 'To' }, value: { text: `${to.name} (supplier ID ${to.id}${to.companyDetails?.dunsNumber ? `, DUNS ${to.companyDetails.dunsNumber}` : ''})` } },
          ]}
        />
        <WarningText text={`${service.supplier.name} will no longer see or change this service; ${to.name} will. Buyers see it under ${to.name}.`} />
        <form noValidate onSubmit={(e) => void submit(e)}>
          <Textarea
            name="reason"
            label={{ text: 'Why is it being transferred?', classes: 'govuk-label--s' }}
            hint={{ text: 'For example, the novation agreement and its date. Kept in the audit log.' }}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            errorMessage={inlineError(run.errors, 'reason') ?? inlineError(run.errors, 'toSupplierId')}
          />
          <div className="govuk-button-group">
            <Button type="submit" text="Transfer service" classes="govuk-button--warning" disabled={run.loading} />
            <Link className="govuk-link" to={serviceHref(service.id)}>
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}

function Load({ id, supplierId }: { id: string; supplierId?: string }) {
  const { data, error } = useAdminService(id);
  const [submitted, setSubmitted] = useState(false);
  if (error && notThere(error)) return <PageNotFound />;
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const { service } = data;
  if (service.status === 'DELETED') return <PageNotFound />;
  if (!submitted && (!canChangeService(service) || service.status !== 'PUBLISHED')) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Title>This service cannot be transferred</Title>
          <BackLink href={serviceHref(service.id)} text="Back to the service" />
          <h1 className="govuk-heading-l">This service cannot be transferred</h1>
          <p className="govuk-body">Only a live service on a live framework can move to another supplier. Publish it first, if it was removed.</p>
        </div>
      </div>
    );
  }
  if (supplierId === undefined) return <Choose service={service} />;
  if (!/^\d{1,9}$/.test(supplierId) || (!submitted && supplierId === service.supplier.id)) return <PageNotFound />;
  return <Confirm service={service} supplierId={supplierId} onSubmitted={() => setSubmitted(true)} />;
}

function Page({ viewer }: { viewer: Viewer }) {
  const { id = '', supplierId } = useParams();
  if (!CHANGES_SERVICES.includes(viewer.role)) return <NotAllowedPage />;
  return SERVICE_ID_PARAM.test(id) ? <Load key={`${id}/${supplierId ?? ''}`} id={id} supplierId={supplierId} /> : <PageNotFound />;
}

/** AD6 novation (category): choose the supplier taking a live service over (by name or ID), confirm with the reason. */
export function TransferServicePage() {
  return <RequireTask id="find-service">{(viewer) => <Page viewer={viewer} />}</RequireTask>;
}
