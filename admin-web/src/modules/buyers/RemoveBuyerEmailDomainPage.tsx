import type { FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { BackLink, Button, FormErrorSummary, PageNotFound, ServiceProblem, Title, WarningText, flash } from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import { useBuyerEmailDomains, useRemoveBuyerEmailDomain } from './buyers';

function Confirm({ id, domain }: { id: string; domain: string }) {
  const remove = useRemoveBuyerEmailDomain();
  const navigate = useNavigate();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await remove.submit({ id })) await navigate('/buyer-email-domains', flash(`${domain} has been removed`));
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={remove.hasErrors}>Remove a buyer email domain</Title>
        <BackLink href="/buyer-email-domains" text="Back to buyer email domains" />
        <FormErrorSummary errors={remove.errors} submission={remove.submission} />
        <h1 className="govuk-heading-l">Are you sure you want to remove {domain}?</h1>
        <WarningText text="People with these email addresses will no longer be able to create buyer accounts. Existing buyer accounts are not affected." />
        <form noValidate onSubmit={(e) => void submit(e)}>
          <Button type="submit" classes="govuk-button--warning" text="Remove domain" disabled={remove.loading} />
        </form>
      </div>
    </div>
  );
}

function Loaded() {
  const { id = '' } = useParams();
  const { data, error } = useBuyerEmailDomains();
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const row = data.buyerEmailDomains.find((d) => d.id === id);
  return row ? <Confirm id={row.id} domain={row.domain} /> : <PageNotFound />;
}

/** AD14: a support admin removes a buyer email domain, after confirming. */
export function RemoveBuyerEmailDomainPage() {
  return <RequireTask id="buyer-email-domains">{() => <Loaded />}</RequireTask>;
}
