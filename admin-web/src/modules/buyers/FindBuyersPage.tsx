import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Breadcrumbs, Button, FormErrorSummary, Input, Title } from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import { opportunityIdFrom, useFindOpportunity } from './buyers';

function Form() {
  const find = useFindOpportunity();
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { id, errors } = opportunityIdFrom(typed);
    if (await find.submit({ id: id ?? '' }, errors)) await navigate(`/buyers/opportunities/${id}`);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={find.hasErrors}>Find the buyers of an opportunity</Title>
        <Breadcrumbs items={[{ text: 'Admin home', href: '/' }, { text: 'Buyers' }]} />
        <FormErrorSummary errors={find.errors} submission={find.submission} />
        <h1 className="govuk-heading-l">Find the buyers of an opportunity</h1>
        <form noValidate onSubmit={(e) => void submit(e)}>
          <Input
            id="opportunityId"
            name="opportunityId"
            label={{ text: 'Opportunity ID', classes: 'govuk-label--s' }}
            hint={{ text: 'The number at the end of the opportunity’s web address, for example 10423' }}
            classes="govuk-input--width-10"
            inputmode="numeric"
            autocomplete="off"
            spellcheck={false}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            errorMessage={find.errors.fields.opportunityId ? { text: find.errors.fields.opportunityId } : undefined}
          />
          <Button type="submit" text="Find buyers" disabled={find.loading} />
        </form>
      </div>
    </div>
  );
}

/** AD14: a support admin enters an opportunity's id to see who its buyers are. */
export function FindBuyersPage() {
  return <RequireTask id="buyers">{() => <Form />}</RequireTask>;
}
