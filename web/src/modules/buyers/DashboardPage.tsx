import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { BuyerDashboardQuery } from '../../gql/graphql';
import { Flash } from '../../ui/app/flash';
import { Title } from '../../ui/app/Title';
import { formatDate } from '../../ui/format';
import { Table } from '../../ui/govuk/Table';
import { Tag } from '../../ui/govuk/Tag';
import { ServiceProblem } from '../../ui/pages/ErrorPages';
import { RequireViewer, isBuyer } from '../../ui/session/guards';
import {
  REQUIREMENTS_URL,
  SAVED_SEARCHES_URL,
  latestLive,
  outcomeReminder,
  projectSummary,
  requirementStages,
  startLinks,
  type DashboardBrief,
  type DashboardProject,
  type Stage,
} from './dashboard';

export const BuyerDashboardDocument = graphql(`
  query BuyerDashboard {
    viewer {
      id
      name
      email
      userResearchOptedIn
    }
    myBriefs {
      id
      status
      data
      createdAt
      publishedAt
      applicationsClosedAt
      withdrawnAt
      framework {
        slug
      }
      lot {
        slug
        name
      }
      outcome {
        id
        result
        completedAt
      }
    }
    myDirectAwardProjects {
      id
      name
      stage
      createdAt
      lockedAt
      outcome {
        id
        completed
      }
    }
    frameworks(status: [LIVE]) {
      id
      slug
      name
      family
      status
      liveAt
      lots {
        slug
        name
      }
    }
  }
`);

type Data = BuyerDashboardQuery;

/** The API's answer in the dashboard's terms (see dashboard.ts). */
export function toDashboardBrief(b: Data['myBriefs'][number]): DashboardBrief {
  const title = (b.data as Record<string, unknown>).title;
  return {
    id: b.id,
    title: typeof title === 'string' ? title : null,
    status: b.status,
    frameworkSlug: b.framework.slug,
    lotSlug: b.lot.slug,
    lotName: b.lot.name,
    createdAt: String(b.createdAt),
    publishedAt: b.publishedAt ? String(b.publishedAt) : null,
    applicationsClosedAt: b.applicationsClosedAt ? String(b.applicationsClosedAt) : null,
    withdrawnAt: b.withdrawnAt ? String(b.withdrawnAt) : null,
    outcomeResult: b.outcome?.result ?? null,
    outcomeCompletedAt: b.outcome?.completedAt ? String(b.outcome.completedAt) : null,
  };
}

export function toDashboardProject(p: Data['myDirectAwardProjects'][number]): DashboardProject {
  return {
    id: p.id,
    name: p.name,
    stage: p.stage,
    createdAt: String(p.createdAt),
    lockedAt: p.lockedAt ? String(p.lockedAt) : null,
    outcomeCompleted: p.outcome?.completed ?? false,
  };
}

function StageTable({ stage }: { stage: Stage }) {
  const more = stage.count - stage.rows.length;
  return (
    <div data-testid={`stage-${stage.key}`}>
      <Table
        caption={
          <>
            {stage.heading} <span className="govuk-caption-m govuk-!-display-inline">({stage.count})</span>
          </>
        }
        captionClasses="govuk-table__caption--s"
        head={[{ text: 'Requirement' }, { text: 'Date' }, { text: 'Next step' }]}
        rows={stage.rows.map((row) => [
          {
            text: (
              <>
                <span className="govuk-!-font-weight-bold">{row.title}</span>
                <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">{row.lotName}</span>
              </>
            ),
          },
          { text: row.date ? `${row.dateLabel} ${formatDate(row.date)}` : row.dateLabel },
          {
            text: (
              <ul className="govuk-list govuk-!-margin-0">
                {row.steps.map((step) => (
                  <li key={step.href} className="govuk-!-margin-bottom-1">
                    <Link className="govuk-link" to={step.href}>
                      {step.text} <span className="govuk-visually-hidden">for {row.title}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            ),
          },
        ])}
      />
      {more > 0 ? (
        <p className="govuk-body-s">
          Showing {stage.rows.length} of {stage.count}.{' '}
          <Link className="govuk-link" to={REQUIREMENTS_URL}>
            See them all in your requirements
          </Link>
        </p>
      ) : null}
    </div>
  );
}

function Requirements({ data }: { data: Data }) {
  const stages = requirementStages(data.myBriefs.map(toDashboardBrief));
  const dos = latestLive(data.frameworks, 'DIGITAL_OUTCOMES_AND_SPECIALISTS');
  const starts = startLinks(dos);
  return (
    <section aria-labelledby="requirements" data-testid="requirements">
      <h2 className="govuk-heading-m" id="requirements">
        Digital outcomes, specialists and user research participants
      </h2>
      {stages.length ? (
        <>
          <p className="govuk-body" data-testid="requirement-counts">
            {stages.map((s) => s.describe(s.count)).join(', ')}.
          </p>
          {stages.map((s) => (
            <StageTable key={s.key} stage={s} />
          ))}
          <p className="govuk-body">
            <Link className="govuk-link" to={REQUIREMENTS_URL}>
              View your requirements
            </Link>
          </p>
        </>
      ) : (
        <p className="govuk-body">You don’t have any requirements.</p>
      )}
      {dos ? (
        <>
          <h3 className="govuk-heading-s">Start a new requirement on {dos.name}</h3>
          <ul className="govuk-list">
            {starts.map((s) => (
              <li key={s.href}>
                <Link className="govuk-link" to={s.href}>
                  {s.text}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="govuk-body">No Digital Outcomes and Specialists framework is live at the moment, so you cannot start a new requirement.</p>
      )}
    </section>
  );
}

function SavedSearches({ data }: { data: Data }) {
  const summary = projectSummary(data.myDirectAwardProjects.map(toDashboardProject));
  const reminder = outcomeReminder(summary.awaitingOutcome);
  const gcloud = latestLive(data.frameworks, 'G_CLOUD');
  return (
    <section aria-labelledby="saved-searches" data-testid="saved-searches">
      <h2 className="govuk-heading-m" id="saved-searches">
        Cloud hosting, software and support
      </h2>
      {summary.total ? (
        <>
          {reminder ? (
            <p className="govuk-body govuk-!-font-weight-bold" data-testid="outcome-reminder">
              {reminder}
            </p>
          ) : null}
          {summary.inProgress.length ? (
            <Table
              caption={
                <>
                  Saved searches in progress <span className="govuk-caption-m govuk-!-display-inline">({summary.inProgressCount})</span>
                </>
              }
              captionClasses="govuk-table__caption--s"
              head={[{ text: 'Saved search' }, { text: 'Stage' }, { text: 'Next step' }]}
              rows={summary.inProgress.map((p) => [
                { text: <span className="govuk-!-font-weight-bold">{p.name}</span> },
                { text: <Tag classes="govuk-tag--grey">{p.stage}</Tag> },
                {
                  text: (
                    <Link className="govuk-link" to={p.next.href}>
                      {p.next.text} <span className="govuk-visually-hidden">for {p.name}</span>
                    </Link>
                  ),
                },
              ])}
            />
          ) : null}
          {summary.finished ? <p className="govuk-body">{summary.finished === 1 ? '1 saved search has' : `${summary.finished} saved searches have`} an outcome recorded.</p> : null}
          <p className="govuk-body">
            <Link className="govuk-link" to={SAVED_SEARCHES_URL}>
              View your saved searches
            </Link>
          </p>
        </>
      ) : (
        <p className="govuk-body">You don’t have any saved searches.</p>
      )}
      {gcloud ? (
        <p className="govuk-body">
          <Link className="govuk-link" to="/g-cloud">
            Find cloud hosting, software and support
          </Link>{' '}
          on {gcloud.name}, then save your search to buy by direct award.
        </p>
      ) : null}
    </section>
  );
}

function AccountSettings({ optedIn }: { optedIn: boolean }) {
  return (
    <section aria-labelledby="account-settings" data-testid="account-settings">
      <h2 className="govuk-heading-m" id="account-settings">
        Account settings
      </h2>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to="/account/change-password">
            Change your password
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/cookies" state={{ returnTo: '/buyers' }}>
            Change your cookie settings
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/account/user-research">
            {optedIn ? 'Unsubscribe from the user research mailing list' : 'Join the user research mailing list'}
          </Link>
        </li>
      </ul>
    </section>
  );
}

/** The dashboard of what the API answered (exported for its component test). */
export function BuyerDashboard({ data }: { data: Data }) {
  const viewer = data.viewer!;
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Title>Your account</Title>
          <Flash />
          <span className="govuk-caption-l" data-testid="signed-in-email">
            {viewer.email}
          </span>
          <h1 className="govuk-heading-l">{viewer.name}</h1>
        </div>
      </div>
      {/* Full width: the tables of requirements and searches have three columns. */}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-full">
          <Requirements data={data} />
          <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
          <SavedSearches data={data} />
          <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <AccountSettings optedIn={viewer.userResearchOptedIn} />
        </div>
      </div>
    </>
  );
}

function Loaded() {
  const { data, error } = useQuery(BuyerDashboardDocument, { fetchPolicy: 'cache-and-network' });
  if (error && !data) return <ServiceProblem />;
  if (!data?.viewer) return <p className="govuk-body">Loading…</p>;
  return <BuyerDashboard data={data} />;
}

/** B1 and B15: a buyer's home: their requirements by stage, their saved searches, their account settings. */
export function BuyerDashboardPage() {
  return <RequireViewer allow={isBuyer}>{() => <Loaded />}</RequireViewer>;
}
