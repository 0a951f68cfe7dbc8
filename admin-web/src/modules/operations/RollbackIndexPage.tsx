import { useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { BackLink, Button, FormErrorSummary, PageNotFound, ServiceProblem, SummaryList, Title, WarningText, flash, formatDateTime, useFormMutation } from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import { documents, indexRoles } from './operations';
import { RollbackSearchIndexDocument, SearchIndicesDocument } from './queries';

function Confirm() {
  const { alias = '' } = useParams();
  const status = useQuery(SearchIndicesDocument, { fetchPolicy: 'network-only' });
  const rollback = useFormMutation(RollbackSearchIndexDocument, { refetchQueries: [SearchIndicesDocument], awaitRefetchQueries: true });
  const navigate = useNavigate();
  if (status.error && !status.data) return <ServiceProblem />;
  if (!status.data) return <p className="govuk-body">Loading…</p>;
  const found = status.data.searchIndices.find((a) => a.alias === alias);
  if (!found) return <PageNotFound />;
  const { active, previous } = indexRoles(found.indices);
  const back = '/operations/search-indices';
  const title = `Roll back ${alias}?`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await rollback.submit({ alias })) await navigate(back, flash(`Searches of ${alias} now read ${previous?.physicalName ?? 'the previous index'}`));
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={rollback.hasErrors}>{title}</Title>
        <BackLink href={back} text="Back to the search indices" />
        <FormErrorSummary errors={rollback.errors} submission={rollback.submission} />
        <span className="govuk-caption-l">Search indices</span>
        <h1 className="govuk-heading-l">{title}</h1>
        {previous ? (
          <>
            <SummaryList
              rows={[
                { key: { text: 'Searches read now' }, value: { text: active ? `${active.physicalName} (${documents(active.documents)})` : 'None' } },
                { key: { text: 'They will read' }, value: { text: `${previous.physicalName} (${documents(previous.documents)})` } },
                { key: { text: 'Previous index created' }, value: { text: formatDateTime(previous.createdAt) } },
              ]}
            />
            <WarningText>Searches change at once. The index in use now becomes the previous one, so you can swap back.</WarningText>
            <form noValidate onSubmit={(e) => void submit(e)}>
              <div className="govuk-button-group">
                <Button type="submit" text="Roll back" classes="govuk-button--warning" disabled={rollback.loading} />
                <Link className="govuk-link" to={back}>
                  Cancel
                </Link>
              </div>
            </form>
          </>
        ) : (
          <p className="govuk-body">
            There is no previous index to roll back to.{' '}
            <Link className="govuk-link" to={back}>
              Go back to the search indices
            </Link>
            .
          </p>
        )}
      </div>
    </div>
  );
}

/** Operations: confirm pointing a search alias back at its previous index. */
export function RollbackIndexPage() {
  return <RequireTask id="search-indices">{() => <Confirm />}</RequireTask>;
}
