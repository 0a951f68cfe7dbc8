import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Breadcrumbs, Button, Flash, FormErrorSummary, Input, ServiceProblem, Table, Title, flash, formatDate, inlineError, type FieldErrors } from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import { normaliseDomain, useAddBuyerEmailDomain, useBuyerEmailDomains } from './buyers';

function AddForm({ onAdded }: { onAdded: (domain: string) => void }) {
  const add = useAddBuyerEmailDomain();
  const [domain, setDomain] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = normaliseDomain(domain);
    const errors: FieldErrors = {};
    if (!value) errors.domain = 'Enter a domain';
    const added = await add.submit({ domain: value }, errors);
    if (added) {
      setDomain('');
      onAdded(added.addBuyerEmailDomain.domain);
    }
  };
  return (
    <>
      <Title error={add.hasErrors}>Buyer email domains</Title>
      <FormErrorSummary errors={add.errors} submission={add.submission} />
      <h1 className="govuk-heading-l">Buyer email domains</h1>
      <p className="govuk-body">People can create a buyer account only with an email address on one of these domains or their sub-domains.</p>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Input
          id="domain"
          name="domain"
          label={{ text: 'Add a buyer email domain', classes: 'govuk-label--m' }}
          hint={{ text: 'The part of a public sector organisation’s email addresses after the @, for example police.uk. Addresses on its sub-domains qualify too.' }}
          classes="govuk-!-width-two-thirds"
          autocomplete="off"
          spellcheck={false}
          value={domain}
          onChange={(e) => setDomain(e.target.value)}
          errorMessage={inlineError(add.errors, 'domain')}
        />
        <Button type="submit" text="Add domain" disabled={add.loading} />
      </form>
    </>
  );
}

function Domains() {
  const { data, error } = useBuyerEmailDomains();
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const domains = data.buyerEmailDomains;
  return (
    <Table
      caption={`Approved domains (${domains.length})`}
      captionClasses="govuk-table__caption--m"
      attributes={{ 'data-testid': 'buyer-email-domains' }}
      head={[{ text: 'Domain' }, { text: 'Added' }, { text: <span className="govuk-visually-hidden">Action</span> }]}
      rows={domains.map((d) => [
        { text: d.domain },
        { text: formatDate(d.createdAt) },
        {
          text: (
            <Link className="govuk-link" to={`/buyer-email-domains/${d.id}/remove`}>
              Remove<span className="govuk-visually-hidden"> {d.domain}</span>
            </Link>
          ),
        },
      ])}
    />
  );
}

function Page() {
  const navigate = useNavigate();
  const onAdded = (domain: string) => void navigate('/buyer-email-domains', flash(`${domain} has been added: people with email addresses on it can now create buyer accounts`));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs items={[{ text: 'Admin home', href: '/' }, { text: 'Buyer email domains' }]} />
        <Flash />
        <AddForm onAdded={onAdded} />
        <Domains />
      </div>
    </div>
  );
}

/** AD14: the domains whose people may create buyer accounts; support admins add and remove them. */
export function BuyerEmailDomainsPage() {
  return <RequireTask id="buyer-email-domains">{() => <Page />}</RequireTask>;
}
