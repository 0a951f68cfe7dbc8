import type { FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { BackLink, Button, FormErrorSummary, PageNotFound, Title, WarningText, flash } from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import { awardedResponses, titleOf, useOpportunity, useUnawardContract } from './buyers';

function Confirm({ briefId, responseId, supplier, title }: { briefId: string; responseId: string; supplier: string; title: string }) {
  const unaward = useUnawardContract();
  const navigate = useNavigate();
  const back = `/buyers/opportunities/${briefId}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await unaward.submit({ briefId, responseId })) await navigate(back, flash(`The award to ${supplier} has been undone`));
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={unaward.hasErrors}>Undo the contract award</Title>
        <BackLink href={back} text="Back to the opportunity" />
        <FormErrorSummary errors={unaward.errors} submission={unaward.submission} />
        <span className="govuk-caption-l">{title}</span>
        <h1 className="govuk-heading-l">Are you sure you want to undo the award to {supplier}?</h1>
        <WarningText text="The opportunity goes back to closed with no outcome, so the buyer can record the right one." />
        <form noValidate onSubmit={(e) => void submit(e)}>
          <Button type="submit" classes="govuk-button--warning" text="Undo the award" disabled={unaward.loading} />
        </form>
      </div>
    </div>
  );
}

function Loaded({ briefId, responseId }: { briefId: string; responseId: string }) {
  const { data, error } = useOpportunity(briefId);
  if (error && !data) return <PageNotFound />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const response = awardedResponses(data.brief.responses).find((r) => r.id === responseId);
  return response ? <Confirm briefId={briefId} responseId={responseId} supplier={response.supplier.name} title={titleOf(data.brief.data)} /> : <PageNotFound />;
}

/** AD14 DOS administration: a support admin undoes a contract award recorded in error. */
export function UnawardContractPage() {
  const { id = '', responseId = '' } = useParams();
  return <RequireTask id="buyers">{() => (/^\d{1,9}$/.test(id) && /^\d{1,9}$/.test(responseId) ? <Loaded briefId={id} responseId={responseId} /> : <PageNotFound />)}</RequireTask>;
}
