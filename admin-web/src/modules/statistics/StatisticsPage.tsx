import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useParams } from 'react-router';
import { Breadcrumbs, Button, FormErrorSummary, NotificationBanner, PageNotFound, ServiceProblem, SummaryList, Table, Title, formatDateTime, useFormMutation } from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import { ApplicationStatisticsDocument, RefreshApplicationStatisticsDocument, SERIES_COLUMNS, SUMMARY, formatCount, formatDay } from './statistics';

const num = (n: number) => ({ text: formatCount(n), format: 'numeric' });

function Statistics({ slug }: { slug: string }) {
  const { data, error } = useQuery(ApplicationStatisticsDocument, { variables: { frameworkSlug: slug }, fetchPolicy: 'cache-and-network' });
  const refresh = useFormMutation(RefreshApplicationStatisticsDocument, { refetchQueries: ['ApplicationStatistics'], awaitRefetchQueries: true });
  const [refreshed, setRefreshed] = useState(false);
  if (error && !data) return CombinedGraphQLErrors.is(error) && error.errors[0]?.extensions?.code === 'NOT_FOUND' ? <PageNotFound /> : <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const { framework, totals, lots, days, refreshedAt } = data.applicationStatistics;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRefreshed(false);
    if (await refresh.submit({ frameworkSlug: slug })) setRefreshed(true);
  };

  return (
    <>
      <Title error={refresh.hasErrors}>{`${framework.name} application statistics`}</Title>
      <Breadcrumbs items={[{ text: 'Admin home', href: '/' }, { text: 'Application statistics', href: '/statistics' }, { text: framework.name }]} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={refresh.errors} submission={refresh.submission} />
          {refreshed ? <NotificationBanner type="success" role="alert" titleText="Success" text="The statistics were counted again just now." /> : null}
          <span className="govuk-caption-l">{framework.name}</span>
          <h1 className="govuk-heading-l">Application statistics</h1>
          <p className="govuk-body" data-testid="refreshed-at">
            {refreshedAt ? `Counted at ${formatDateTime(refreshedAt)}.` : 'Not counted yet.'} The figures are counted again every 15 minutes.
          </p>
          <form noValidate onSubmit={(e) => void submit(e)}>
            <Button type="submit" text="Refresh now" classes="govuk-button--secondary" disabled={refresh.loading} />
          </form>
          <h2 className="govuk-heading-m">Where applications stand</h2>
          <SummaryList
            attributes={{ 'data-testid': 'statistics-summary' }}
            rows={SUMMARY.map((s) => ({
              key: { text: s.label },
              value: {
                text: (
                  <>
                    <span className="govuk-!-display-block govuk-!-font-weight-bold">{formatCount(totals[s.key])}</span>
                    <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0">{s.hint}</span>
                  </>
                ),
              },
            }))}
          />
        </div>
      </div>
      <Table
        caption="Services by lot"
        captionClasses="govuk-table__caption--m"
        attributes={{ 'data-testid': 'statistics-lots' }}
        firstCellIsHeader
        head={[
          { text: 'Lot' },
          { text: 'Services started', format: 'numeric' },
          { text: 'Services submitted', format: 'numeric' },
          { text: 'Suppliers with a submitted service', format: 'numeric' },
        ]}
        rows={lots.map((l) => [{ text: l.lotName }, num(l.servicesStarted), num(l.servicesSubmitted), num(l.suppliersSubmitted)])}
      />
      <h2 className="govuk-heading-m">Day by day</h2>
      {days.length ? (
        <Table
          caption="Running totals at the end of each day on which an application changed (UK time)"
          captionClasses="govuk-table__caption--s"
          attributes={{ 'data-testid': 'statistics-days' }}
          firstCellIsHeader
          head={[{ text: 'Day' }, ...SERIES_COLUMNS.map((c) => ({ text: c.label, format: 'numeric' }))]}
          rows={days.map((d) => [{ text: formatDay(d.day) }, ...SERIES_COLUMNS.map((c) => num(d[c.key]))])}
        />
      ) : (
        <p className="govuk-body">No supplier has registered interest yet.</p>
      )}
    </>
  );
}

/** AD16: a framework's application statistics, counted in the database, with a refresh on demand. */
export function StatisticsPage() {
  const { framework = '' } = useParams();
  return <RequireTask id="application-statistics">{() => <Statistics key={framework} slug={framework} />}</RequireTask>;
}
