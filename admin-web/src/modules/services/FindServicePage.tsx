import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Breadcrumbs, Button, FormErrorSummary, Input, Title, inlineError } from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import { useServiceLookup } from './useServiceLookup';

function Search() {
  const [id, setId] = useState('');
  const lookup = useServiceLookup('serviceId');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!lookup.loading) void lookup.find(id);
  };
  return (
    <>
      <Title error={lookup.hasErrors}>Find a service</Title>
      <Breadcrumbs items={[{ text: 'Admin home', href: '/' }, { text: 'Find a service' }]} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={lookup.errors} submission={lookup.submission} />
          <h1 className="govuk-heading-l">Find a service</h1>
          <p className="govuk-body">
            Enter the ID of a service on any framework to see it. To see all the services of one supplier,{' '}
            <Link className="govuk-link" to="/suppliers">
              find the supplier
            </Link>{' '}
            instead.
          </p>
          <form noValidate onSubmit={submit} role="search" aria-label="Services">
            <Input
              id="serviceId"
              name="serviceId"
              type="search"
              label={{ text: 'Service ID', classes: 'govuk-label--s' }}
              hint={{ text: 'The whole ID, for example 123456789012345' }}
              width={20}
              autocomplete="off"
              spellcheck={false}
              inputmode="numeric"
              value={id}
              onChange={(e) => setId(e.target.value)}
              errorMessage={inlineError(lookup.errors, 'serviceId')}
            />
            <Button type="submit" text="Find the service" preventDoubleClick />
          </form>
        </div>
      </div>
    </>
  );
}

/** AD1 "Service ID": find a service by its ID, for the roles that view services (the find-a-supplier page offers the same). */
export function FindServicePage() {
  return <RequireTask id="find-service">{() => <Search />}</RequireTask>;
}
