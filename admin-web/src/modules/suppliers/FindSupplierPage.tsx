import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  Breadcrumbs,
  Button,
  FormErrorSummary,
  Input,
  Radios,
  ServiceProblem,
  Table,
  Title,
  fieldFormErrors,
  inlineError,
  type FormErrors,
  NO_ERRORS,
  type Viewer,
} from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import { SEARCH_BY, describeSearch, searchErrors, searchFromParams, searchParams, searchVariables, type SupplierSearch } from './search';
import { FindSuppliersDocument } from './suppliers';
import { FINDS_SERVICES, SERVICE_ID_OPTION } from '../services/serviceAdmin';
import { useServiceLookup } from '../services/useServiceLookup';

function Results({ search }: { search: SupplierSearch }) {
  const { data, error } = useQuery(FindSuppliersDocument, { variables: searchVariables(search), fetchPolicy: 'cache-and-network' });
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Searching…</p>;
  const { nodes, totalCount } = data.suppliers;
  return (
    <section aria-labelledby="results-heading" data-testid="supplier-results">
      <h2 className="govuk-heading-m" id="results-heading" aria-live="polite">
        {totalCount === 0 ? 'No suppliers found' : totalCount === 1 ? '1 supplier found' : `${totalCount} suppliers found`}
      </h2>
      <p className="govuk-body">Suppliers {describeSearch(search)}.</p>
      {nodes.length ? (
        <Table
          caption="Suppliers found"
          captionClasses="govuk-visually-hidden"
          head={[{ text: 'Name' }, { text: 'Registered name' }, { text: 'DUNS number' }, { text: 'Company registration number' }]}
          rows={nodes.map((s) => [
            {
              text: (
                <Link className="govuk-link" to={`/suppliers/${s.id}`}>
                  {s.name}
                </Link>
              ),
            },
            { text: s.companyDetails?.registeredName ?? '' },
            { text: s.companyDetails?.dunsNumber ?? '' },
            { text: s.companyDetails?.companiesHouseNumber ?? s.companyDetails?.otherCompanyRegistrationNumber ?? '' },
          ])}
        />
      ) : (
        <p className="govuk-body">Check the spelling or the number, or search another way.</p>
      )}
      {totalCount > nodes.length ? <p className="govuk-body">Showing the first {nodes.length}: search for more of the name to narrow the list.</p> : null}
    </section>
  );
}

function Search({ viewer }: { viewer: Viewer }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const current = searchFromParams(params);
  const [by, setBy] = useState<string | undefined>(current?.by ?? 'name');
  const [query, setQuery] = useState(current?.query ?? '');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [submission, setSubmission] = useState(0);
  // AD1 "Service ID" (admin, framework manager, category): straight to the service, or an error here.
  const options: ReadonlyArray<{ value: string; label: string; hint: string }> = FINDS_SERVICES.includes(viewer.role) ? [...SEARCH_BY, SERVICE_ID_OPTION] : SEARCH_BY;
  const lookup = useServiceLookup('q');
  const byService = by === SERVICE_ID_OPTION.value;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (byService && options.includes(SERVICE_ID_OPTION)) {
      setErrors(NO_ERRORS);
      if (!lookup.loading) void lookup.find(query);
      return;
    }
    lookup.clear();
    const found = searchErrors(by, query);
    if (Object.keys(found).length) {
      setErrors(fieldFormErrors(found, ['by', 'q']));
      setSubmission((n) => n + 1);
      return;
    }
    setErrors(NO_ERRORS);
    void navigate(`/suppliers?${searchParams({ by: by as SupplierSearch['by'], query })}`);
  };
  const shown = byService && lookup.hasErrors ? lookup.errors : errors;
  const hasErrors = shown.summary.length > 0;

  return (
    <>
      <Title error={hasErrors}>{current && !hasErrors ? `Suppliers ${describeSearch(current)}` : 'Find a supplier'}</Title>
      <Breadcrumbs items={[{ text: 'Admin home', href: '/' }, { text: 'Find a supplier' }]} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={shown} submission={byService ? lookup.submission : submission} />
          <h1 className="govuk-heading-l">Find a supplier</h1>
          <form noValidate onSubmit={submit} role="search" aria-label="Suppliers">
            <Radios
              name="by"
              classes="govuk-radios--small"
              fieldset={{ legend: { text: 'Search by', classes: 'govuk-fieldset__legend--s' } }}
              value={by}
              onChange={setBy}
              errorMessage={inlineError(shown, 'by')}
              items={options.map((s) => ({ value: s.value, text: s.label, hint: { text: s.hint } }))}
            />
            <Input
              id="q"
              name="q"
              type="search"
              label={{ text: options.find((s) => s.value === by)?.label ?? 'Search for', classes: 'govuk-label--s' }}
              autocomplete="off"
              spellcheck={false}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              errorMessage={inlineError(shown, 'q')}
            />
            <Button type="submit" text="Search" />
          </form>
        </div>
      </div>
      {current ? <Results key={params.toString()} search={current} /> : null}
    </>
  );
}

/** AD1/AD2: find a supplier by name, DUNS number or company registration number (or a service by its ID); the matches link to each. */
export function FindSupplierPage() {
  return <RequireTask id="suppliers">{(viewer) => <Search viewer={viewer} />}</RequireTask>;
}
