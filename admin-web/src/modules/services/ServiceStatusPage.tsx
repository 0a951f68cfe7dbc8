import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { BackLink, Button, FormErrorSummary, PageNotFound, ServiceProblem, SummaryList, Textarea, Title, WarningText, flash, inlineError, type Viewer } from '@dm/web/ui';
import { NotAllowedPage, RequireTask } from '../../app/RequireTask';
import { isNotThere as notThere } from '@dm/web/ui';
import { serviceName, useAdminService, useSetServiceStatus } from './queries';
import { CHANGES_SERVICES, isStatusAction, reasonError, serviceHref, statusActionOf, type StatusAction } from './serviceAdmin';
import { SERVICE_ID_PARAM, type AdminService } from './ServicePage';

const COPY: Record<StatusAction, { title: string; button: string; label: string; hint: string; gerund: string; done: (name: string) => string }> = {
  remove: {
    title: 'Are you sure you want to remove this service?',
    button: 'Remove service',
    label: 'Why are you removing it?',
    hint: 'Kept with the change in the audit log. The supplier and buyers do not see it.',
    gerund: 'removing the service',
    done: (name) => `You removed ‘${name}’. Search results take a few minutes to catch up.`,
  },
  publish: {
    title: 'Are you sure you want to publish this service?',
    button: 'Publish service',
    label: 'Why are you publishing it again?',
    hint: 'Kept with the change in the audit log. The supplier and buyers do not see it.',
    gerund: 'publishing the service',
    done: (name) => `You published ‘${name}’. Search results take a few minutes to catch up.`,
  },
};

function Confirm({ service, action, onSubmitted }: { service: AdminService; action: StatusAction; onSubmitted: () => void }) {
  const run = useSetServiceStatus();
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const copy = COPY[action];
  const name = serviceName(service.data, service.id);
  const back = serviceHref(service.id);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (run.loading) return;
    const wrong = reasonError(reason, copy.gerund);
    if (!wrong) onSubmitted();
    const done = await run.submit({ id: service.id, status: action === 'remove' ? 'DISABLED' : 'PUBLISHED', reason: reason.trim() }, wrong ? { reason: wrong } : undefined);
    if (done) await navigate(back, flash(copy.done(name)));
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={run.hasErrors}>{`${copy.button}: ${name}`}</Title>
        <BackLink href={back} text="Back to the service" />
        <FormErrorSummary errors={run.errors} submission={run.submission} />
        <span className="govuk-caption-l">{service.supplier.name}</span>
        <h1 className="govuk-heading-l">{copy.title}</h1>
        <SummaryList
          rows={[
            { key: { text: 'Service' }, value: { text: name } },
            { key: { text: 'Service ID' }, value: { text: service.id } },
            { key: { text: 'Framework' }, value: { text: `${service.framework.name}, ${service.lot.name}` } },
          ]}
        />
        {action === 'remove' ? (
          <WarningText text="Buyers will no longer find or buy it, and the supplier cannot change it until it is published again." />
        ) : (
          <p className="govuk-body">Buyers will be able to find and buy it again.</p>
        )}
        <form noValidate onSubmit={(e) => void submit(e)}>
          <Textarea
            name="reason"
            label={{ text: copy.label, classes: 'govuk-label--s' }}
            hint={{ text: copy.hint }}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            errorMessage={inlineError(run.errors, 'reason')}
          />
          <div className="govuk-button-group">
            <Button type="submit" text={copy.button} classes={action === 'remove' ? 'govuk-button--warning' : undefined} disabled={run.loading} />
            <Link className="govuk-link" to={back}>
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}

function Load({ id, action }: { id: string; action: StatusAction }) {
  const { data, error } = useAdminService(id);
  const [submitted, setSubmitted] = useState(false);
  if (error && notThere(error)) return <PageNotFound />;
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const { service } = data;
  if (service.status === 'DELETED') return <PageNotFound />;
  // The status has moved on (or the framework is not live): say so, with the way back.
  if (!submitted && statusActionOf(service) !== action) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Title>You cannot do this to the service now</Title>
          <BackLink href={serviceHref(service.id)} text="Back to the service" />
          <h1 className="govuk-heading-l">You cannot do this to the service now</h1>
          <p className="govuk-body">
            {service.framework.status !== 'LIVE'
              ? `Services can only be removed or published while their framework is live: ${service.framework.name} is ${service.framework.status.toLowerCase()}.`
              : 'The service has changed since this page was opened.'}
          </p>
        </div>
      </div>
    );
  }
  return <Confirm service={service} action={action} onSubmitted={() => setSubmitted(true)} />;
}

function Page({ viewer }: { viewer: Viewer }) {
  const { id = '', action } = useParams();
  if (!isStatusAction(action)) return <PageNotFound />;
  if (!CHANGES_SERVICES.includes(viewer.role)) return <NotAllowedPage />;
  return SERVICE_ID_PARAM.test(id) ? <Load key={`${id}/${action}`} id={id} action={action} /> : <PageNotFound />;
}

/** AD6 (category): remove a live service, or publish a removed one, with the reason, after a confirmation. */
export function ServiceStatusPage() {
  return <RequireTask id="find-service">{(viewer) => <Page viewer={viewer} />}</RequireTask>;
}
