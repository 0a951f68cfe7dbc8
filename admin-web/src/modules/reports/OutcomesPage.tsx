import { Breadcrumbs } from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import { DownloadsPage } from './Downloads';
import { DirectAwardOutcomesReportDocument, DosOpportunitiesReportDocument, useReport } from './reports';

function Page() {
  const directAward = useReport(DirectAwardOutcomesReportDocument, 'direct-award-outcomes');
  const dos = useReport(DosOpportunitiesReportDocument, 'dos-opportunities');
  return (
    <DownloadsPage
      title="Download outcomes and opportunity data"
      breadcrumbs={<Breadcrumbs items={[{ text: 'Admin home', href: '/' }, { text: 'Outcomes and opportunity data' }]} />}
      intro={<p className="govuk-body">Each file is a CSV made when you download it, so it is up to date.</p>}
      errors={[directAward, dos]}
      items={[
        {
          id: 'direct-award-outcomes',
          title: 'Direct award outcomes',
          description: <p className="govuk-body">Buyers’ direct award projects that ended in a contract: the service and supplier awarded, its value and dates, and the buyer.</p>,
          button: 'Download direct award outcomes',
          run: () => directAward.submit({}),
        },
        {
          id: 'dos-opportunities',
          title: 'Digital Outcomes and Specialists opportunity data',
          description: (
            <p className="govuk-body">Every published opportunity: who published it, when, its status, how many suppliers applied (and how many were SMEs) and who won.</p>
          ),
          button: 'Download opportunity data',
          run: () => dos.submit({}),
        },
      ]}
    />
  );
}

/** AD13: awarded direct-award outcomes and DOS opportunity data (framework managers, sourcing, category). */
export function OutcomesPage() {
  return <RequireTask id="outcomes">{() => <Page />}</RequireTask>;
}
