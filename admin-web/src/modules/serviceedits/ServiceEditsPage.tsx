import { useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Breadcrumbs, Button, FormErrorSummary, PageNotFound, ServiceProblem, Table, Title, WarningText, flash, formatDate, formatDateTime, isNotThere } from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import { AnswerDiff } from './AnswerDiff';
import { ServiceEditsDiffDocument, ServiceEditsToReviewDocument, serviceName, useAcknowledgeServiceUpdates } from './queries';

type Edit = { id: string; createdAt: string; actorEmail?: string | null; data: Record<string, unknown> };

/** Who edited the service and when, in a sentence: "supplier@example.com made 2 edits between 1 May 2026 and 3 May 2026." */
export function editNarrative(edits: readonly Edit[]): { sentence: string; editors: string[] } {
  const editors = [...new Set(edits.map((e) => e.actorEmail ?? 'an unknown user'))];
  const first = edits[0]!;
  const last = edits[edits.length - 1]!;
  const who = editors.length === 1 ? editors[0]! : `${editors.length} users`;
  const sentence =
    edits.length === 1
      ? `${who} made 1 edit at ${formatDateTime(first.createdAt)}.`
      : formatDate(first.createdAt) === formatDate(last.createdAt)
        ? `${who} made ${edits.length} edits on ${formatDate(first.createdAt)}.`
        : `${who} made ${edits.length} edits between ${formatDate(first.createdAt)} and ${formatDate(last.createdAt)}.`;
  return { sentence, editors };
}

function Changes({ id, from }: { id: string; from: string }) {
  const { data, error } = useQuery(ServiceEditsDiffDocument, { variables: { id, from }, fetchPolicy: 'network-only' });
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const changes = data.service.diff;
  if (!changes.length) return <p className="govuk-body">All changes were reversed: the service reads as it did when last approved.</p>;
  return (
    <div data-testid="service-changes">
      {changes.map((c) => (
        <AnswerDiff key={c.questionId} change={c} />
      ))}
    </div>
  );
}

function Review({ id }: { id: string }) {
  const navigate = useNavigate();
  const { data, error } = useQuery(ServiceEditsToReviewDocument, { variables: { id }, fetchPolicy: 'network-only' });
  const approve = useAcknowledgeServiceUpdates();
  if (error && isNotThere(error)) return <PageNotFound />;
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const { service } = data;
  const name = serviceName(service.data, service.id);
  const edits = (service.pendingUpdates ?? []) as Edit[];
  const crumbs = <Breadcrumbs items={[{ text: 'Admin home', href: '/' }, { text: 'Review service changes', href: '/service-edits' }, { text: name }]} />;
  if (!edits.length)
    return (
      <>
        <Title>{`Changes to ${name}`}</Title>
        {crumbs}
        <span className="govuk-caption-l">{service.supplier.name}</span>
        <h1 className="govuk-heading-l">{name}</h1>
        <p className="govuk-body">There are no edits of this service to review.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/service-edits">
            Back to service changes to review
          </Link>
        </p>
      </>
    );
  const from = edits[0]!.data.oldArchivedServiceId;
  const { sentence, editors } = editNarrative(edits);
  // Approving an edit approves every earlier one too; edits made after the page loaded stay to review.
  const approveUpTo = async (index: number) => {
    const done = await approve.submit({ id: service.id, auditEventId: Number(edits[index]!.id) });
    if (done) {
      const n = done.acknowledgeServiceUpdates.length;
      await navigate('/service-edits', flash(`You approved ${n === 1 ? '1 edit' : `${n} edits`} to ‘${name}’`));
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await approveUpTo(edits.length - 1);
  };
  return (
    <>
      <Title error={approve.hasErrors}>{`Changes to ${name}`}</Title>
      {crumbs}
      <FormErrorSummary errors={approve.errors} submission={approve.submission} />
      <span className="govuk-caption-l">{service.supplier.name}</span>
      <h1 className="govuk-heading-l">{name}</h1>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/services/${service.id}`}>
          View service<span className="govuk-visually-hidden"> {name}</span>
        </Link>
      </p>
      <p className="govuk-body" data-testid="edit-narrative">
        {sentence}
      </p>
      {editors.length > 1 ? <WarningText text={`More than one person edited this service: ${editors.join(', ')}.`} /> : null}
      <p className="govuk-body">
        {service.framework.name}, {service.lot.name}. Service ID {service.id}.
      </p>
      {typeof from === 'number' || typeof from === 'string' ? (
        <Changes id={service.id} from={String(from)} />
      ) : (
        <p className="govuk-body">There is no earlier version to compare with.</p>
      )}
      {edits.length > 1 ? (
        <Table
          caption="The edits, oldest first"
          captionClasses="govuk-table__caption--m"
          attributes={{ 'data-testid': 'edits' }}
          head={[{ text: 'Edited' }, { text: 'By' }, { text: <span className="govuk-visually-hidden">Action</span> }]}
          rows={edits.map((e, i) => [
            { text: formatDateTime(e.createdAt) },
            { text: e.actorEmail ?? 'Unknown' },
            {
              text:
                i < edits.length - 1 ? (
                  <Button
                    type="button"
                    classes="govuk-button--secondary govuk-!-margin-bottom-0"
                    disabled={approve.loading}
                    onClick={() => void approveUpTo(i)}
                    text={i === 0 ? 'Approve this edit only' : `Approve the first ${i + 1} edits`}
                  />
                ) : (
                  ''
                ),
            },
          ])}
        />
      ) : null}
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Button type="submit" text={edits.length === 1 ? 'Approve 1 edit' : `Approve ${edits.length} edits`} disabled={approve.loading} />
      </form>
    </>
  );
}

/** AD7: the changes a supplier made to a live service since it was last approved, and approving them. */
export function ServiceEditsPage() {
  const { id = '' } = useParams();
  return <RequireTask id="service-edits">{() => (/^\d{1,16}$/.test(id) ? <Review key={id} id={id} /> : <PageNotFound />)}</RequireTask>;
}
