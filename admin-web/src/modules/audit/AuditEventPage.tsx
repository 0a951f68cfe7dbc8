import { useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  BackLink,
  Button,
  Flash,
  FormErrorSummary,
  PageNotFound,
  ServiceProblem,
  SummaryList,
  Title,
  WarningText,
  flash,
  formatDateTime,
  useFormMutation,
  type Viewer,
} from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import { task } from '../../app/tasks';
import { ApproveServiceEditFromAuditDocument, AuditEventDocument, approvable, objectTypeLabel, showValue, typeLabel } from './audit';
import './audit.css';

function Event({ id, viewer }: { id: string; viewer: Viewer }) {
  const navigate = useNavigate();
  const { data, error } = useQuery(AuditEventDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const approve = useFormMutation(ApproveServiceEditFromAuditDocument, { refetchQueries: ['AdminAuditEvent'], awaitRefetchQueries: true });
  if (error && !data) return CombinedGraphQLErrors.is(error) && error.errors[0]?.extensions?.code === 'NOT_FOUND' ? <PageNotFound /> : <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const event = data.auditEvent;
  const title = `${typeLabel(event.type)} (event ${event.id})`;
  const data_ = Object.entries(event.data as Record<string, unknown>);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const approved = await approve.submit({ serviceId: event.objectId!, auditEventId: Number(event.id) });
    if (!approved) return;
    const earlier = approved.acknowledgeServiceUpdates.length - 1;
    await navigate(
      `/audit-events/${event.id}`,
      flash(earlier > 0 ? `The edit and ${earlier} earlier ${earlier === 1 ? 'edit' : 'edits'} of the service are approved` : 'The edit is approved'),
    );
  };

  const objectLink =
    event.objectType === 'Supplier' && event.objectId && task('suppliers').roles.includes(viewer.role) ? (
      <Link className="govuk-link" to={`/suppliers/${event.objectId}`}>
        Supplier {event.objectId}
      </Link>
    ) : event.objectType ? (
      `${objectTypeLabel(event.objectType)} ${event.objectId ?? ''}`.trim()
    ) : (
      'None'
    );

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={approve.hasErrors}>{title}</Title>
        <BackLink
          href="/audit-events"
          text="Back to the audit events"
          onClick={(e) => {
            // Back to the list as it was (its filters and page), when that is where the admin came from.
            if (window.history.state?.idx > 0) {
              e.preventDefault();
              void navigate(-1);
            }
          }}
        />
        <Flash />
        <FormErrorSummary errors={approve.errors} submission={approve.submission} />
        <span className="govuk-caption-l">Audit event {event.id}</span>
        <h1 className="govuk-heading-l">{typeLabel(event.type)}</h1>
        <SummaryList
          attributes={{ 'data-testid': 'audit-event' }}
          rows={[
            { key: { text: 'When' }, value: { text: formatDateTime(event.createdAt) } },
            { key: { text: 'User' }, value: { text: event.actorEmail ?? 'No signed-in user' } },
            { key: { text: 'About' }, value: { text: objectLink } },
            event.type === 'UPDATE_SERVICE'
              ? {
                  key: { text: 'Approved' },
                  value: { text: event.acknowledged ? `Yes, ${event.acknowledgedAt ? formatDateTime(event.acknowledgedAt) : ''}`.replace(/, $/, '') : 'Not yet' },
                }
              : null,
          ]}
        />
        <h2 className="govuk-heading-m">Details</h2>
        {data_.length ? (
          <SummaryList
            attributes={{ 'data-testid': 'audit-event-data' }}
            rows={data_.map(([key, value]) => ({
              key: { text: key },
              value: { text: typeof value === 'string' ? value : <pre className="govuk-body-s govuk-!-margin-0 app-audit-json">{showValue(value)}</pre> },
            }))}
          />
        ) : (
          <p className="govuk-body">This event records no details.</p>
        )}
        {approvable(event, viewer) ? (
          <>
            <h2 className="govuk-heading-m">Approve this edit</h2>
            <p className="govuk-body">
              <Link className="govuk-link" to={`/service-edits/${event.objectId}`}>
                Compare this edit with the service before it
              </Link>{' '}
              before approving it.
            </p>
            <WarningText text="Approving this edit also approves the earlier edits of this service that are waiting for review." />
            <form noValidate onSubmit={(e) => void submit(e)}>
              <Button type="submit" text="Approve this edit" disabled={approve.loading} />
            </form>
          </>
        ) : null}
      </div>
    </div>
  );
}

/** One audit event: who did what, to what, when, with its details; a supplier's service edit may be approved here. */
export function AuditEventPage() {
  const { id = '' } = useParams();
  if (!/^\d{1,10}$/.test(id)) return <RequireTask id="audit-events">{() => <PageNotFound />}</RequireTask>;
  return <RequireTask id="audit-events">{(viewer) => <Event key={id} id={id} viewer={viewer} />}</RequireTask>;
}
