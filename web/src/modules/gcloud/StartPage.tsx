import { Link } from 'react-router';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Title } from '../../ui/app/Title';
import { Button } from '../../ui/govuk/Button';
import { TaskList, type TaskListItem } from '../../ui/govuk/TaskList';
import { CHOOSE_LOT_PATH, SAVED_SEARCHES_PATH } from './paths';

/**
 * The five steps of buying by direct award, in the order a saved search (a project) takes them; a
 * project's own task list shows the same steps with their progress.
 */
export const DIRECT_AWARD_STEPS: ReadonlyArray<{ title: string; hint: string }> = [
  {
    title: 'Save a search',
    hint: 'Search for services that meet your requirements, narrow the results with filters until there are 30 or fewer, then save the search.',
  },
  {
    title: 'Export your results',
    hint: 'Download the services your search found. Once exported, the search cannot be changed, so you keep a record of the services you considered.',
  },
  {
    title: 'Start assessing services',
    hint: 'Compare the exported services against your requirements and budget. You can ask suppliers to clarify their service descriptions, but you cannot negotiate.',
  },
  {
    title: 'Award a contract',
    hint: 'Tell us which service you chose, or that you did not award a contract, and the details of the contract you signed.',
  },
  {
    title: 'Submit a Customer Benefits Record',
    hint: 'Once the contract has started, tell the Crown Commercial Service what buying through G-Cloud has achieved for your organisation.',
  },
];

const steps: TaskListItem[] = DIRECT_AWARD_STEPS.map((step) => ({ title: { text: step.title }, hint: { text: step.hint }, status: {} }));

/** A2: how buying cloud services by direct award works, before a buyer starts a search. Public. */
export function StartPage() {
  const heading = 'Find cloud hosting, software and support';
  return (
    <>
      <Title>{heading}</Title>
      <Breadcrumbs items={[{ label: heading }]} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">G-Cloud</span>
          <h1 className="govuk-heading-l">{heading}</h1>
          <p className="govuk-body-l">
            Public sector organisations can buy cloud services from G-Cloud suppliers by direct award: you search the services on offer, choose the one that best meets your needs
            and award the contract without running a competition.
          </p>

          <h2 className="govuk-heading-m">Before you start</h2>
          <p className="govuk-body">You need to:</p>
          <ul className="govuk-list govuk-list--bullet">
            <li>write down your requirements: what you need the service to do, who will use it, and how much you can spend</li>
            <li>check whether your organisation needs spend approval for this purchase, and get it before you award a contract</li>
          </ul>

          <h2 className="govuk-heading-m">How buying by direct award works</h2>
          <p className="govuk-body">When you save a search, you follow these steps. You can come back to them at any time from your saved searches.</p>
          <TaskList idPrefix="direct-award-step" items={steps} attributes={{ 'data-testid': 'direct-award-steps' }} />

          <Button href={CHOOSE_LOT_PATH} text="Start a new search" isStartButton />

          <p className="govuk-body">
            <Link className="govuk-link" to={SAVED_SEARCHES_PATH}>
              See a list of your saved searches
            </Link>
          </p>
        </div>
      </div>
    </>
  );
}
