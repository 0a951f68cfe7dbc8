import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Breadcrumbs, ServiceProblem, Table, Title } from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import { AdminFrameworksDocument, statusTag } from '../frameworks/FrameworksPage';
import { hasCommunications } from './communications';

function Page() {
  const { data, error } = useQuery(AdminFrameworksDocument);
  if (error && !data) return <ServiceProblem />;
  const frameworks = (data?.frameworks ?? []).filter((f) => hasCommunications(f.status));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title>Framework communications</Title>
        <Breadcrumbs items={[{ text: 'Admin home', href: '/' }, { text: 'Communications' }]} />
        <h1 className="govuk-heading-l">Framework communications</h1>
        <p className="govuk-body">Choose a framework to publish communications and clarification answers to its suppliers, or to withdraw them.</p>
        {data ? (
          <Table
            caption={<span className="govuk-visually-hidden">Frameworks that are not expired</span>}
            attributes={{ 'data-testid': 'communication-frameworks' }}
            head={[{ text: 'Framework' }, { text: 'Status' }]}
            rows={frameworks.map((f) => [
              {
                text: (
                  <Link className="govuk-link" to={`/communications/${f.slug}`}>
                    Manage {f.name} communications
                  </Link>
                ),
              },
              { text: <strong className={`govuk-tag ${statusTag[f.status].className}`}>{statusTag[f.status].label}</strong> },
            ])}
          />
        ) : (
          <p className="govuk-body">Loading…</p>
        )}
      </div>
    </div>
  );
}

/** AD12: the frameworks whose communications a framework manager looks after. */
export function CommunicationsFrameworksPage() {
  return <RequireTask id="communications">{() => <Page />}</RequireTask>;
}
