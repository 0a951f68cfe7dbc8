import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Breadcrumbs, Select, ServiceProblem, inlineError } from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import { AdminFrameworksDocument } from '../frameworks/FrameworksPage';
import { DownloadsPage } from './Downloads';
import { BuyersReportDocument, SupplierResearchParticipantsReportDocument, hasResearchParticipants, useReport } from './reports';

function Page() {
  const { data, error } = useQuery(AdminFrameworksDocument);
  const buyers = useReport(BuyersReportDocument, 'all-buyers');
  const researchBuyers = useReport(BuyersReportDocument, 'research-buyers');
  const participants = useReport(SupplierResearchParticipantsReportDocument, 'research-framework', '#research-framework-select');
  const [framework, setFramework] = useState('');
  if (error && !data) return <ServiceProblem />;
  const frameworks = (data?.frameworks ?? []).filter(hasResearchParticipants);
  return (
    <DownloadsPage
      title="Download buyer and user research lists"
      breadcrumbs={<Breadcrumbs items={[{ text: 'Admin home', href: '/' }, { text: 'Buyer and user research lists' }]} />}
      intro={<p className="govuk-body">Each list is a CSV file made when you download it. Only contact people for user research if they agreed to it.</p>}
      errors={[buyers, researchBuyers, participants]}
      items={[
        {
          id: 'all-buyers',
          title: 'All buyers',
          description: <p className="govuk-body">Every buyer account: name, email address, phone number, when it was created and whether it is active.</p>,
          button: 'Download all buyers',
          run: () => buyers.submit({ userResearchOnly: false }),
        },
        {
          id: 'research-buyers',
          title: 'Buyers who agreed to take part in user research',
          description: <p className="govuk-body">Active buyer accounts whose users said they would take part in user research.</p>,
          button: 'Download user research buyers',
          run: () => researchBuyers.submit({ userResearchOnly: true }),
        },
        {
          id: 'research-framework',
          title: 'Suppliers who agreed to take part in user research',
          description: (
            <Select
              id="research-framework-select"
              name="framework"
              label={{ text: 'Suppliers interested in', classes: 'govuk-label--s' }}
              hint={{ text: 'Frameworks that are coming, and expired G-Cloud frameworks, have no list.' }}
              value={framework}
              onChange={(e) => setFramework(e.target.value)}
              items={[{ value: '', text: 'Choose a framework' }, ...frameworks.map((f) => ({ value: f.slug, text: f.name }))]}
              errorMessage={inlineError(participants.errors, 'research-framework')}
            />
          ),
          button: 'Download user research suppliers',
          run: () => participants.submit({ frameworkSlug: framework }, framework ? undefined : { 'research-framework': 'Choose a framework' }),
        },
      ]}
    />
  );
}

/** AD13: buyer lists and user research participants (framework managers). */
export function UserListsPage() {
  return <RequireTask id="user-lists">{() => <Page />}</RequireTask>;
}
