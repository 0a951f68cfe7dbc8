import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { flash } from '../../ui/app/flash';
import { Title } from '../../ui/app/Title';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { BackLink } from '../../ui/govuk/BackLink';
import { Button } from '../../ui/govuk/Button';
import { draftName } from './progress';
import { useDeleteDraft } from './queries';
import {
  draftHref,
  lotHref,
  SubmissionBreadcrumbs,
  SubmissionsFrame,
  submissionsHref,
  WithDraft,
  WithLot,
  type Draft,
  type SubmissionLot,
  type Submitting,
} from './SubmissionsFrame';

function RemoveDraft({ submitting, lot, draft }: { submitting: Submitting; lot: SubmissionLot; draft: Draft }) {
  const { framework } = submitting;
  const remove = useDeleteDraft();
  const navigate = useNavigate();
  // Once removed, the draft's query finds nothing: the page must not turn into a 404 before it moves on.
  const [removed, setRemoved] = useState(false);
  const name = draftName(draft.data, lot.name);
  const back = draftHref(framework.slug, lot.slug, draft.id);
  const after = lot.oneServiceLimit ? submissionsHref(framework.slug) : lotHref(framework.slug, lot.slug);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRemoved(true);
    if (await remove.submit({ id: draft.id })) await navigate(after, flash(`${name} was removed`));
    else setRemoved(false);
  };

  return (
    <>
      <Title error={remove.hasErrors}>{`Remove ${name}`}</Title>
      <SubmissionBreadcrumbs framework={framework} trail={[...(lot.oneServiceLimit ? [] : [{ label: lot.name, to: after }]), { label: name, to: back }, { label: 'Remove' }]} />
      <BackLink href={back}>Back</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={remove.errors} submission={remove.submission} />
          <span className="govuk-caption-l">{name}</span>
          <h1 className="govuk-heading-l">Are you sure you want to remove this service?</h1>
          <p className="govuk-body">Its answers and documents will be deleted, and it will not be part of your {framework.name} application. You cannot undo this.</p>
          <form noValidate onSubmit={(e) => void submit(e)}>
            <div className="govuk-button-group">
              <Button type="submit" text="Yes, remove" classes="govuk-button--warning" disabled={removed} />
              <Link className="govuk-link" to={back}>
                No, keep it
              </Link>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}

/** S7: asks before a draft service is removed. */
export function RemoveDraftPage() {
  return (
    <SubmissionsFrame editing>
      {(submitting) => (
        <WithLot submitting={submitting}>
          {(lot) => (
            <WithDraft framework={submitting.framework.slug} lot={lot.slug}>
              {(draft) => <RemoveDraft submitting={submitting} lot={lot} draft={draft} />}
            </WithDraft>
          )}
        </WithLot>
      )}
    </SubmissionsFrame>
  );
}
