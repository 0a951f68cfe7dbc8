import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { BackLink, Button, FormErrorSummary, PageNotFound, Textarea, Title, WarningText, flash, inlineError, type FieldErrors } from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import { canWithdraw, titleOf, useOpportunity, useWithdrawOpportunity } from './buyers';

function Form({ id, title }: { id: string; title: string }) {
  const withdraw = useWithdrawOpportunity();
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const back = `/buyers/opportunities/${id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!reason.trim()) errors.reason = 'Enter why the opportunity is being withdrawn';
    else if (reason.trim().length > 500) errors.reason = 'The reason must be 500 characters or fewer';
    if (await withdraw.submit({ id, reason: reason.trim() }, errors)) await navigate(back, flash(`‘${title}’ has been withdrawn`));
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={withdraw.hasErrors}>Withdraw an opportunity</Title>
        <BackLink href={back} text="Back to the opportunity" />
        <FormErrorSummary errors={withdraw.errors} submission={withdraw.submission} />
        <span className="govuk-caption-l">{title}</span>
        <h1 className="govuk-heading-l">Are you sure you want to withdraw this opportunity?</h1>
        <WarningText text="Suppliers can no longer apply, and the opportunity shows as withdrawn with your reason. This cannot be undone." />
        <form noValidate onSubmit={(e) => void submit(e)}>
          <Textarea
            name="reason"
            label={{ text: 'Why is it being withdrawn?', classes: 'govuk-label--s' }}
            hint={{ text: 'Suppliers and the buyer see this reason' }}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            errorMessage={inlineError(withdraw.errors, 'reason')}
          />
          <div className="govuk-button-group">
            <Button type="submit" classes="govuk-button--warning" text="Withdraw opportunity" disabled={withdraw.loading} />
          </div>
        </form>
      </div>
    </div>
  );
}

function Loaded({ id }: { id: string }) {
  const { data, error } = useOpportunity(id);
  if (error && !data) return <PageNotFound />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  if (!canWithdraw(data.brief.status))
    return (
      <>
        <Title>This opportunity cannot be withdrawn</Title>
        <BackLink href={`/buyers/opportunities/${id}`} text="Back to the opportunity" />
        <h1 className="govuk-heading-l">This opportunity cannot be withdrawn</h1>
        <p className="govuk-body">Only a live opportunity can be withdrawn.</p>
      </>
    );
  return <Form id={id} title={titleOf(data.brief.data)} />;
}

/** AD14 DOS administration: a support admin withdraws a live opportunity, with the reason. */
export function WithdrawOpportunityPage() {
  const { id = '' } = useParams();
  return <RequireTask id="buyers">{() => (/^\d{1,9}$/.test(id) ? <Loaded id={id} /> : <PageNotFound />)}</RequireTask>;
}
