import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Title } from '../../ui/app/Title';
import { flash } from '../../ui/app/flash';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { inlineError } from '../../ui/forms/formErrors';
import { useFormMutation } from '../../ui/forms/useFormMutation';
import { Button } from '../../ui/govuk/Button';
import { Checkboxes } from '../../ui/govuk/Checkboxes';
import { ErrorSummary } from '../../ui/govuk/ErrorSummary';
import { WarningText } from '../../ui/govuk/WarningText';
import { PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { isBuyer, RequireViewer } from '../../ui/session/guards';
import { SearchSummary } from '../search/SearchParts';
import { resultsPath } from './paths';
import { NotAtThisStep, ProjectBreadcrumbs, ReturnToTaskList } from './ProjectParts';
import { DirectAwardProjectDocument, DirectAwardProjectsDocument, EndDirectAwardSearchDocument } from './queries';
import { MAX_RESULTS } from './steps';
import { useProject } from './useProject';

const CONFIRM = 'Confirm that you have finished editing your search';

function EndSearch({ id }: { id: string }) {
  const { project, facts, liveFramework, summaryParts, loading, missing, failed } = useProject(id);
  const navigate = useNavigate();
  const end = useFormMutation(EndDirectAwardSearchDocument, {
    fieldOrder: ['understood'],
    refetchQueries: [DirectAwardProjectDocument, DirectAwardProjectsDocument],
    awaitRefetchQueries: true,
  });
  const [understood, setUnderstood] = useState(false);
  const [ending, setEnding] = useState(false);
  if (missing || (project && !liveFramework)) return <PageNotFound />;
  if (failed) return <ServiceProblem />;
  if (loading || !project || !facts) return <p className="govuk-body">Loading…</p>;
  if (project.lockedAt && !ending) {
    return (
      <NotAtThisStep id={project.id} title="You have already exported your results">
        <p className="govuk-body">The search of ‘{project.name}’ has ended, so it cannot be exported again. You can download its results at any time.</p>
      </NotAtThisStep>
    );
  }
  if (!project.activeSearch) {
    return (
      <NotAtThisStep id={project.id} title="There is no search to export">
        <p className="govuk-body">Save a search into ‘{project.name}’ first.</p>
      </NotAtThisStep>
    );
  }
  const tooMany = facts.resultCount !== null && facts.resultCount > MAX_RESULTS;
  const tooManyMessage = `Your search finds ${facts.resultCount} services. You can only export ${MAX_RESULTS} results or fewer: change your search first.`;

  const submit = async () => {
    if (tooMany) return;
    setEnding(true);
    const done = await end.submit({ id: project.id }, understood ? undefined : { understood: CONFIRM });
    if (done) await navigate(resultsPath(project.id), flash('Your results have been exported. Your files are ready to download.'));
    else setEnding(false);
  };

  return (
    <>
      <Title error={end.hasErrors || tooMany}>Before you export your results</Title>
      <ProjectBreadcrumbs id={project.id} name={project.name} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {tooMany ? <ErrorSummary titleText="There is a problem" errorList={[{ text: tooManyMessage }]} /> : null}
          <FormErrorSummary errors={end.errors} submission={end.submission} />
          <span className="govuk-caption-l">{project.name}</span>
          <h1 className="govuk-heading-l">Before you export your results</h1>
          {summaryParts ? <SearchSummary parts={summaryParts} /> : null}
          <p className="govuk-body">Exporting your results:</p>
          <ul className="govuk-list govuk-list--bullet">
            <li>keeps a record of the services your search found today, which you can show if your decision is questioned</li>
            <li>ends your search: you cannot change it or add services to it afterwards</li>
            <li>lets you award a contract only to one of these services</li>
            <li>
              gives you the results as a spreadsheet (CSV) and an OpenDocument spreadsheet (ODS), both with each service’s description, price and the supplier’s contact details
            </li>
          </ul>
          <WarningText text="Do not export your results if you still need to change your search." />
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <Checkboxes
              name="understood"
              idPrefix="understood"
              fieldset={{ legend: { text: 'Have you finished editing your search?', classes: 'govuk-fieldset__legend--m' } }}
              errorMessage={inlineError(end.errors, 'understood')}
              values={understood ? ['yes'] : []}
              onChange={(values) => setUnderstood(values.includes('yes'))}
              items={[{ value: 'yes', text: 'I understand that I cannot edit my search after I export my results' }]}
            />
            <Button type="submit" text="Export results and continue" disabled={tooMany || end.loading} />
          </form>
          <ReturnToTaskList id={project.id} />
        </div>
      </div>
    </>
  );
}

/** §5.6 "Before you export your results": the consequences, a confirmation, then the lock. */
export function EndSearchPage() {
  const { id = '' } = useParams();
  return <RequireViewer allow={isBuyer}>{() => <EndSearch id={id} />}</RequireViewer>;
}
