import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Title } from '../../ui/app/Title';
import { Flash, flash } from '../../ui/app/flash';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { useFormMutation } from '../../ui/forms/useFormMutation';
import { formatDate } from '../../ui/format';
import { Button } from '../../ui/govuk/Button';
import { ErrorSummary } from '../../ui/govuk/ErrorSummary';
import { NotificationBanner } from '../../ui/govuk/NotificationBanner';
import { Tag } from '../../ui/govuk/Tag';
import { PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { isBuyer, RequireViewer } from '../../ui/session/guards';
import { CHOOSE_LOT_PATH } from '../gcloud/paths';
import { DIRECT_AWARD_STEPS } from '../gcloud/StartPage';
import { SearchSummary } from '../search/SearchParts';
import { didYouAwardPath, endSearchPath, projectPath, resultsPath, SEARCH } from './paths';
import { ProjectBreadcrumbs } from './ProjectParts';
import { ConfirmReadyToAssessDocument, DirectAwardProjectDocument } from './queries';
import { searchQueryString } from './searchQuery';
import { directAwardSteps, MAX_RESULTS, type StepStatus, type StepView } from './steps';
import type { TransitionBanner } from './transition';
import { useProject } from './useProject';

const GUIDANCE = {
  buyFairly: 'https://www.gov.uk/guidance/g-cloud-buyers-guide',
  assessing: 'https://www.gov.uk/guidance/g-cloud-buyers-guide#review-and-compare-services',
  clarification: 'https://www.gov.uk/guidance/g-cloud-buyers-guide#ask-suppliers-questions',
  awarding: 'https://www.gov.uk/guidance/g-cloud-buyers-guide#award-a-contract',
  contractsFinder: 'https://www.gov.uk/contracts-finder',
  benefitsRecord: 'https://www.crowncommercial.gov.uk/contact-us',
  contractAwardService: 'https://www.crowncommercial.gov.uk/',
};

/** A guidance link opening in a new tab, saying so. */
function External({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a className="govuk-link" href={href} target="_blank" rel="noopener noreferrer">
      {children} (opens in new tab)
    </a>
  );
}

export function Status({ status }: { status: StepStatus }) {
  if (status.kind === 'completed') return <Tag text="Completed" attributes={{ 'data-testid': 'step-status' }} />;
  if (status.kind === 'cannot-start') return <Tag text="Cannot start yet" classes="govuk-tag--grey" attributes={{ 'data-testid': 'step-status' }} />;
  // The outcome is a sentence: the tag takes the column's width rather than GOV.UK's narrow tag width.
  if (status.kind === 'outcome')
    return (
      <strong className="govuk-tag govuk-tag--green" style={{ maxWidth: 'none' }} data-testid="step-status">
        {status.label}
      </strong>
    );
  return null;
}

function Step({ n, view, children }: { n: number; view: StepView; children: ReactNode }) {
  const step = DIRECT_AWARD_STEPS[n - 1]!;
  return (
    <li className="app-direct-award-step govuk-!-margin-bottom-7" data-testid={`step-${n}`} aria-labelledby={`step-${n}-heading`}>
      <h2 className="govuk-heading-m govuk-!-margin-bottom-2" id={`step-${n}-heading`}>
        {n}. {step.title}
      </h2>
      <p className="govuk-body govuk-!-margin-bottom-2">
        <Status status={view.status} />
      </p>
      {children}
    </li>
  );
}

const date = (value: string | null | undefined) => formatDate(value ?? null);

export function Banner({ banner }: { banner: TransitionBanner }) {
  const next = banner.following;
  const text: Record<TransitionBanner['kind'], ReactNode> = {
    'replacing-soon': (
      <>
        Services on {next.name} will replace the current services on {date(next.liveAt)}. Your search results will change then by themselves. If you export your results before that
        date, they will only include the current services.
      </>
    ),
    replaced: (
      <>
        The services in your search were replaced by {next.name} services on {date(next.liveAt)}. Your results may have changed since you saved the search.
      </>
    ),
    'expiring-soon': (
      <>
        The services in your results will soon expire. Award a contract now, or start a new search for {next.name} services from {date(next.liveAt)}. Contracts you already awarded
        stay valid.
      </>
    ),
    'new-framework-live': (
      <>
        The services in your results will soon expire. Award a contract now, or{' '}
        <Link className="govuk-link" to={CHOOSE_LOT_PATH}>
          start a new search for {next.name} services
        </Link>
        . Contracts you already awarded stay valid.
      </>
    ),
    expired: (
      <>
        The services in your results have expired. If you did not award a contract by {banner.kind === 'expired' ? date(banner.current.expiresAt) : ''},{' '}
        <Link className="govuk-link" to={CHOOSE_LOT_PATH}>
          start a new search
        </Link>
        . If you did, tell us the outcome.
      </>
    ),
  };
  return (
    <NotificationBanner titleText="Important" attributes={{ 'data-testid': 'transition-banner' }}>
      <p className="govuk-notification-banner__heading">{text[banner.kind]}</p>
    </NotificationBanner>
  );
}

function ProjectTaskList({ id }: { id: string }) {
  const { project, facts, banner, summaryParts, loading, missing, failed } = useProject(id);
  const navigate = useNavigate();
  const confirm = useFormMutation(ConfirmReadyToAssessDocument, { refetchQueries: [DirectAwardProjectDocument], awaitRefetchQueries: true });
  const [busy, setBusy] = useState(false);
  if (missing) return <PageNotFound />;
  if (failed) return <ServiceProblem />;
  if (loading || !project || !facts) return <p className="govuk-body">Loading…</p>;
  const [save, exportStep, assess, award, benefits] = directAwardSteps(facts);
  const tooManyMessage = `Your search finds ${facts.resultCount} services. Change your search so that it finds ${MAX_RESULTS} services or fewer before you export your results.`;
  const summary = project.lockedAt ? (
    <p className="govuk-body app-search-summary" data-testid="search-summary">
      {project.searchSummary}
    </p>
  ) : summaryParts ? (
    <SearchSummary parts={summaryParts} />
  ) : null;

  const confirmAssessing = async () => {
    setBusy(true);
    if (await confirm.submit({ id: project.id })) await navigate(projectPath(project.id), flash('You have confirmed that you have read and understood how to assess services.'));
    setBusy(false);
  };

  return (
    <>
      <Title error={Boolean(save.tooManyResults) || confirm.hasErrors}>{project.name}</Title>
      <ProjectBreadcrumbs id={project.id} name={project.name} here />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {save.tooManyResults ? <ErrorSummary titleText="There is a problem" errorList={[{ text: tooManyMessage, href: '#too-many-results' }]} /> : null}
          <FormErrorSummary errors={confirm.errors} submission={confirm.submission} />
          <Flash />
          {banner ? <Banner banner={banner} /> : null}
          <span className="govuk-caption-l">Saved search</span>
          <h1 className="govuk-heading-l">{project.name}</h1>
          <ol className="govuk-list" data-testid="project-steps">
            <Step n={1} view={save}>
              {summary}
              {save.tooManyResults ? (
                <p className="govuk-error-message" id="too-many-results">
                  <span className="govuk-visually-hidden">Error:</span> {tooManyMessage}
                </p>
              ) : null}
              {save.actions.includes('edit-search') ? (
                <p className="govuk-body">
                  <Link className="govuk-link" to={`${SEARCH}${searchQueryString(project.activeSearch?.query as Record<string, unknown> | undefined)}`}>
                    Edit your search and view results
                  </Link>
                </p>
              ) : null}
            </Step>
            <Step n={2} view={exportStep}>
              {project.lockedAt ? (
                <p className="govuk-body">
                  You exported your results on {date(project.lockedAt)}.{' '}
                  <Link className="govuk-link" to={resultsPath(project.id)}>
                    Download your results
                  </Link>
                </p>
              ) : exportStep.frameworkExpired ? (
                <p className="govuk-body">
                  The framework this search was made on has expired, so its results cannot be exported. Search again for services on a current framework, for example with the{' '}
                  <External href={GUIDANCE.contractAwardService}>Crown Commercial Service Contract Award Service</External>.
                </p>
              ) : (
                <>
                  <p className="govuk-body">
                    Exporting keeps a record of the services your search found, and you download them as a spreadsheet. Once you export your results you cannot change your search.
                  </p>
                  {exportStep.actions.includes('export') ? <Button href={endSearchPath(project.id)} text="Export your results" /> : null}
                </>
              )}
            </Step>
            <Step n={3} view={assess}>
              <p className="govuk-body">
                Compare the services against your requirements and budget to find the one that meets your needs best, following the{' '}
                <External href={GUIDANCE.assessing}>guidance on assessing services</External>. You can{' '}
                <External href={GUIDANCE.clarification}>ask suppliers to clarify their services</External>, but you must not negotiate with them. Read how to{' '}
                <External href={GUIDANCE.buyFairly}>buy fairly</External>.
              </p>
              {assess.actions.includes('confirm-assessing') ? (
                <form
                  noValidate
                  onSubmit={(e) => {
                    e.preventDefault();
                    void confirmAssessing();
                  }}
                >
                  <Button type="submit" text="Confirm you have read and understood how to assess services" disabled={busy} />
                </form>
              ) : null}
            </Step>
            <Step n={4} view={award}>
              <p className="govuk-body">
                Award the contract to the service that best meets your needs, following the <External href={GUIDANCE.awarding}>guidance on awarding a contract</External>, and
                publish it on <External href={GUIDANCE.contractsFinder}>Contracts Finder</External>. Then tell us the outcome, even if you did not award a contract.
              </p>
              {award.actions.includes('tell-outcome') ? <Button href={didYouAwardPath(project.id)} text="Tell us the outcome" /> : null}
            </Step>
            <Step n={5} view={benefits}>
              <p className="govuk-body">
                Once the contract has started, fill in a <External href={GUIDANCE.benefitsRecord}>Customer Benefits Record</External> to tell the Crown Commercial Service what
                buying through G-Cloud achieved.
              </p>
            </Step>
          </ol>
        </div>
      </div>
    </>
  );
}

/** §5.5 a project's task list: the five steps of a direct award with the state of each. */
export function ProjectPage() {
  const { id = '' } = useParams();
  return <RequireViewer allow={isBuyer}>{() => <ProjectTaskList id={id} />}</RequireViewer>;
}
