import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Breadcrumbs, ServiceProblem, Title } from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import { statusTag } from '../frameworks/FrameworksPage';
import { StatisticsFrameworksDocument, statisticsFrameworks } from './statistics';

function Frameworks() {
  const { data, error } = useQuery(StatisticsFrameworksDocument);
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const frameworks = statisticsFrameworks(data.frameworks);
  if (!frameworks.length) return <p className="govuk-body">No framework is open for applications or has been since.</p>;
  return (
    <ul className="govuk-list govuk-list--spaced" data-testid="statistics-frameworks">
      {frameworks.map((f) => (
        <li key={f.slug}>
          <Link className="govuk-link" to={`/statistics/${f.slug}`}>
            {f.name} application statistics
          </Link>{' '}
          <strong className={`govuk-tag ${statusTag[f.status].className}`}>{statusTag[f.status].label}</strong>
        </li>
      ))}
    </ul>
  );
}

/** AD16: the frameworks whose applications are counted, each linking to its statistics. */
export function StatisticsFrameworksPage() {
  return (
    <RequireTask id="application-statistics">
      {() => (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <Title>Application statistics</Title>
            <Breadcrumbs items={[{ text: 'Admin home', href: '/' }, { text: 'Application statistics' }]} />
            <h1 className="govuk-heading-l">Application statistics</h1>
            <p className="govuk-body">
              See how suppliers are getting on with their applications to a framework: interest, declarations and services, and how they grew day by day.
            </p>
            <Frameworks />
          </div>
        </div>
      )}
    </RequireTask>
  );
}
