import { useQuery } from '@apollo/client/react';
import { Navigate, useParams } from 'react-router';
import { Title } from '../../ui/app/Title';
import { formatDateTime } from '../../ui/format';
import { Link } from '../../ui/govuk/links';
import { Panel } from '../../ui/govuk/Panel';
import { PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { isSupplier, RequireViewer } from '../../ui/session/guards';
import { applicationPath, briefTitle, dashboardPath, opportunityPath, ResponseResultDocument, startPath } from './queries';
import { errorCode } from '../../ui/app/errors';

const count = (v: unknown) => (Array.isArray(v) ? v.length : 0);

function Result({ id }: { id: string }) {
  const { data, error } = useQuery(ResponseResultDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (error) {
    const code = errorCode(error);
    return code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' ? <PageNotFound /> : <ServiceProblem />;
  }
  if (!data) return <p className="govuk-body">Loading…</p>;
  const { brief } = data;
  const response = data.myBriefResponses.find((r) => r.brief.id === brief.id);
  // Nothing sent yet: start, or check and submit, first.
  if (!response) return brief.status === 'LIVE' ? <Navigate replace to={startPath(brief.id)} /> : <PageNotFound />;
  if (response.status === 'DRAFT') return <Navigate replace to={applicationPath(brief.id, response.id)} />;

  const title = briefTitle(brief.data);
  const answers = (brief.data ?? {}) as Record<string, unknown>;
  const shortlist = typeof answers.numberOfSuppliers === 'number' ? answers.numberOfSuppliers : null;
  const methods = Array.isArray(answers.evaluationType) ? (answers.evaluationType as unknown[]).filter((m): m is string => typeof m === 'string') : [];
  const specialists = brief.lot.slug === 'digital-specialists';
  const live = brief.status === 'LIVE';
  const weightings = (['technicalWeighting', 'culturalWeighting', 'priceWeighting'] as const).filter((k) => typeof answers[k] === 'number');
  const weightingName = { technicalWeighting: 'Technical competence', culturalWeighting: 'Cultural fit', priceWeighting: 'Price' };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title>Application submitted</Title>
        <Panel titleText="Application submitted" text={<>You applied for ‘{title}’</>} />
        <p className="govuk-body">
          We sent your application to the buyer at {formatDateTime(response.submittedAt)}.{' '}
          {live ? `You can change it until applications close at ${formatDateTime(brief.applicationsClosedAt)}.` : null}
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" href={applicationPath(brief.id, response.id)}>
            View your application
          </Link>
        </p>
        <h2 className="govuk-heading-m">What happens next</h2>
        <h3 className="govuk-heading-s">Shortlist</h3>
        <p className="govuk-body">
          When applications close, the buyer scores the evidence of every supplier against the {count(answers.essentialRequirements)} essential
          {count(answers.niceToHaveRequirements) ? ` and ${count(answers.niceToHaveRequirements)} nice-to-have` : ''} skills and experience.
          {shortlist ? ` The ${shortlist} suppliers with the best scores go through to the next stage.` : ' The suppliers with the best scores go through to the next stage.'}
        </p>
        <p className="govuk-body">The buyer tells you if you are not shortlisted.</p>
        <h3 className="govuk-heading-s">Evaluation</h3>
        <p className="govuk-body">
          {specialists
            ? 'If you are shortlisted, the buyer asks for more about your specialist and evaluates them.'
            : 'If you are shortlisted, the buyer asks for your proposal and evaluates it together with your evidence.'}
          {methods.length ? ' They will use:' : ''}
        </p>
        {methods.length ? (
          <ul className="govuk-list govuk-list--bullet">
            {methods.map((m) => (
              <li key={m}>{m.toLowerCase()}</li>
            ))}
          </ul>
        ) : null}
        {weightings.length ? (
          <>
            <h3 className="govuk-heading-s">How suppliers are scored</h3>
            <ul className="govuk-list govuk-list--bullet">
              {weightings.map((k) => (
                <li key={k}>
                  {weightingName[k]}: {String(answers[k])}%
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" href={dashboardPath(brief.framework.slug)}>
              Your {brief.framework.name} opportunities
            </Link>
          </li>
          <li>
            <Link className="govuk-link" href={opportunityPath(brief.id)}>
              Back to the opportunity
            </Link>
          </li>
          <li>
            <Link className="govuk-link" href="/digital-outcomes-and-specialists/opportunities">
              Find more opportunities
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}

/** S11 after applying: the confirmation (a GOV.UK panel) and what happens next. */
export function ResponseResultPage() {
  const { id = '' } = useParams();
  const valid = /^\d{1,9}$/.test(id);
  return <RequireViewer allow={isSupplier}>{() => (valid ? <Result id={id} /> : <PageNotFound />)}</RequireViewer>;
}
