import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { Title } from '../../ui/app/Title';
import { Flash } from '../../ui/app/flash';
import { formatDate } from '../../ui/format';
import { Breadcrumbs } from '../../ui/govuk/Breadcrumbs';
import { Table } from '../../ui/govuk/Table';
import { Tag } from '../../ui/govuk/Tag';
import { PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { isSupplier, RequireViewer } from '../../ui/session/guards';
import { dashboardLists } from './dashboard';
import { applicationPath, briefTitle, OpportunitiesDashboardDocument, opportunityPath, startPath } from './queries';
import { errorCode } from '../../ui/app/errors';

const STATUS_TAG: Record<string, string | undefined> = {
  Won: 'govuk-tag--green',
  'Not won': 'govuk-tag--grey',
  'Opportunity cancelled': 'govuk-tag--grey',
  'Opportunity withdrawn': 'govuk-tag--grey',
};

function Dashboard({ frameworkSlug }: { frameworkSlug: string }) {
  const { data, loading, error } = useQuery(OpportunitiesDashboardDocument, { variables: { frameworkSlug }, fetchPolicy: 'cache-and-network' });
  const lists = useMemo(
    () =>
      dashboardLists(
        (data?.myBriefResponses ?? []).map((r) => ({
          id: r.id,
          status: r.status,
          brief: {
            id: r.brief.id,
            status: r.brief.status,
            title: briefTitle(r.brief.data),
            applicationsClosedAt: r.brief.applicationsClosedAt,
            frameworkSlug: r.brief.framework.slug,
          },
        })),
        frameworkSlug,
        new Date(),
      ),
    [data, frameworkSlug],
  );
  if (error) {
    const code = errorCode(error);
    return code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' ? <PageNotFound /> : <ServiceProblem />;
  }
  if (loading && !data) return <p className="govuk-body">Loading…</p>;
  const framework = data!.framework;
  const onFramework = (data!.viewer?.supplier?.services.length ?? 0) > 0 || lists.started.length + lists.made.length > 0;
  // Only DOS frameworks have opportunities, and only suppliers on the framework see this page.
  if (framework.family !== 'DIGITAL_OUTCOMES_AND_SPECIALISTS' || !onFramework) return <PageNotFound />;
  const title = `Your ${framework.name} opportunities`;
  return (
    <>
      <Title>{title}</Title>
      <Breadcrumbs items={[{ text: 'Digital Marketplace', href: '/' }, { text: 'Your account', href: '/suppliers' }, { text: title }]} />
      <Flash />
      <span className="govuk-caption-l">{data!.viewer?.supplier?.name}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">
        <Link className="govuk-link" to="/digital-outcomes-and-specialists/opportunities">
          Search for other opportunities
        </Link>
      </p>

      <h2 className="govuk-heading-m">Applications you’ve started</h2>
      {lists.started.length ? (
        <Table
          caption={<span className="govuk-visually-hidden">Applications you’ve started</span>}
          attributes={{ 'data-testid': 'applications-started' }}
          head={[{ text: 'Opportunity' }, { text: 'Closing date' }, { text: 'Application' }]}
          rows={lists.started.map((a) => [
            {
              text: (
                <Link className="govuk-link" to={opportunityPath(a.briefId)}>
                  {a.title}
                </Link>
              ),
            },
            { text: formatDate(a.closesAt) },
            {
              text: a.open ? (
                <Link className="govuk-link" to={startPath(a.briefId)}>
                  Complete your application<span className="govuk-visually-hidden"> for {a.title}</span>
                </Link>
              ) : (
                'Applications closed'
              ),
            },
          ])}
        />
      ) : (
        <p className="govuk-body">You haven’t started any applications for {framework.name} opportunities that are still open.</p>
      )}

      <h2 className="govuk-heading-m govuk-!-margin-top-6">Applications you’ve made</h2>
      {lists.made.length ? (
        <Table
          caption={<span className="govuk-visually-hidden">Applications you’ve made</span>}
          attributes={{ 'data-testid': 'applications-made' }}
          head={[{ text: 'Opportunity' }, { text: 'Closing date' }, { text: 'Status' }]}
          rows={lists.made.map((a) => [
            {
              text: (
                <Link className="govuk-link" to={applicationPath(a.briefId, a.responseId)}>
                  {a.title}
                </Link>
              ),
            },
            { text: formatDate(a.closesAt) },
            { text: <Tag text={a.status} classes={STATUS_TAG[a.status]} /> },
          ])}
        />
      ) : (
        <p className="govuk-body">You haven’t made any applications for {framework.name} opportunities.</p>
      )}
    </>
  );
}

/** S13: the supplier's applications to one DOS framework's opportunities, started and made. */
export function OpportunitiesDashboardPage() {
  const { framework = '' } = useParams();
  return <RequireViewer allow={isSupplier}>{() => <Dashboard frameworkSlug={framework} />}</RequireViewer>;
}
