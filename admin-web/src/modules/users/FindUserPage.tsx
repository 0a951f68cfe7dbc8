import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useNavigate, useSearchParams } from 'react-router';
import { Breadcrumbs, Button, Flash, FormErrorSummary, Input, NO_ERRORS, ServiceProblem, Title, fieldFormErrors, inlineError, type FormErrors, type Viewer } from '@dm/web/ui';
import { graphql } from '../../gql';
import { RequireTask } from '../../app/RequireTask';
import { AccountsTable } from './AccountsTable';
import { useAccountAction } from './accounts';

const FindUsersDocument = graphql(`
  query FindUsersByEmail($email: String!) {
    users(email: $email, first: 20) {
      totalCount
      nodes {
        id
        name
        email
        role
        active
        locked
        loggedInAt
        passwordChangedAt
        supplier {
          id
          name
        }
      }
    }
  }
`);

function Results({ viewer, email }: { viewer: Viewer; email: string }) {
  const run = useAccountAction();
  const { data, error, refetch } = useQuery(FindUsersDocument, { variables: { email }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Searching…</p>;
  const { nodes, totalCount } = data.users;
  return (
    <section data-testid="user-results" aria-labelledby="results-heading">
      <h2 className="govuk-heading-m" id="results-heading">
        {totalCount === 0 ? `No user found with an email address containing ‘${email}’` : totalCount === 1 ? '1 user found' : `${totalCount} users found`}
      </h2>
      {nodes.length ? (
        <AccountsTable
          viewer={viewer}
          accounts={nodes}
          caption={`Users with an email address containing ‘${email}’`}
          showSupplier
          captionClasses="govuk-visually-hidden"
          run={async (action, id) => {
            await run(action, id);
            await refetch();
          }}
        />
      ) : (
        <p className="govuk-body">Check the address and try again.</p>
      )}
      {totalCount > nodes.length ? <p className="govuk-body">Showing the first {nodes.length}: enter more of the address to narrow the list.</p> : null}
    </section>
  );
}

function Search({ viewer }: { viewer: Viewer }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const current = params.get('email')?.trim() ?? '';
  const [email, setEmail] = useState(current);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [submission, setSubmission] = useState(0);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim()) {
      setErrors(fieldFormErrors({ email: 'Enter an email address, or part of one' }, ['email']));
      setSubmission((n) => n + 1);
      return;
    }
    setErrors(NO_ERRORS);
    void navigate(`/users?${new URLSearchParams({ email: email.trim() }).toString()}`);
  };
  const hasErrors = errors.summary.length > 0;
  return (
    <>
      <Title error={hasErrors}>{current && !hasErrors ? `Users matching ${current}` : 'Find a user by email'}</Title>
      <Breadcrumbs items={[{ text: 'Admin home', href: '/' }, { text: 'Find a user' }]} />
      <Flash />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} submission={submission} />
          <h1 className="govuk-heading-l">Find a user by email</h1>
          <form noValidate onSubmit={submit} role="search" aria-label="Users">
            <Input
              id="email"
              name="email"
              type="search"
              label={{ text: 'Email address', classes: 'govuk-label--s' }}
              hint={{ text: 'The whole address, or part of it' }}
              autocomplete="off"
              spellcheck={false}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              errorMessage={inlineError(errors, 'email')}
            />
            <Button type="submit" text="Search" />
          </form>
        </div>
      </div>
      {current ? <Results key={current} viewer={viewer} email={current} /> : null}
    </>
  );
}

/** AD4: find buyers' and suppliers' accounts by email; admin and category unlock, deactivate and reactivate them. */
export function FindUserPage() {
  return <RequireTask id="find-user">{(viewer) => <Search viewer={viewer} />}</RequireTask>;
}
