import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Breadcrumbs, PageNotFound, ServiceProblem, Table, Title } from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import { AdminFrameworksDocument, statusTag } from '../frameworks/FrameworksPage';
import { DownloadsPage } from './Downloads';
import { SupplierListReportDocument, hasSupplierLists, useReport } from './reports';

function Frameworks() {
  const { data, error } = useQuery(AdminFrameworksDocument);
  if (error && !data) return <ServiceProblem />;
  const frameworks = (data?.frameworks ?? []).filter((f) => hasSupplierLists(f.status));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title>Contact suppliers</Title>
        <Breadcrumbs items={[{ text: 'Admin home', href: '/' }, { text: 'Contact suppliers' }]} />
        <h1 className="govuk-heading-l">Contact suppliers</h1>
        <p className="govuk-body">Download the lists of suppliers who applied to a framework, to contact them. Frameworks that are coming have no applications yet.</p>
        {data ? (
          <Table
            caption={<span className="govuk-visually-hidden">Frameworks with supplier lists</span>}
            attributes={{ 'data-testid': 'supplier-list-frameworks' }}
            head={[{ text: 'Framework' }, { text: 'Status' }]}
            rows={frameworks.map((f) => [
              {
                text: (
                  <Link className="govuk-link" to={`/reports/supplier-lists/${f.slug}`}>
                    Download supplier lists for {f.name}
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

function FrameworkLists() {
  const { framework: slug = '' } = useParams();
  const { data, error } = useQuery(AdminFrameworksDocument);
  const official = useReport(SupplierListReportDocument, 'official-details');
  const accounts = useReport(SupplierListReportDocument, 'supplier-accounts');
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const framework = data.frameworks.find((f) => f.slug === slug);
  if (!framework || !hasSupplierLists(framework.status)) return <PageNotFound />;
  return (
    <DownloadsPage
      title={`Download supplier lists for ${framework.name}`}
      caption={framework.name}
      breadcrumbs={<Breadcrumbs items={[{ text: 'Admin home', href: '/' }, { text: 'Contact suppliers', href: '/reports/supplier-lists' }, { text: framework.name }]} />}
      intro={<p className="govuk-body">Each list is a CSV file made when you download it, so it is up to date.</p>}
      errors={[official, accounts]}
      items={[
        {
          id: 'official-details',
          title: 'Official details for suppliers',
          description: <p className="govuk-body">Suppliers who completed their declaration: company details, the contacts they declared and whether they are on the framework.</p>,
          button: 'Download official details',
          run: () => official.submit({ frameworkSlug: framework.slug, list: 'OFFICIAL_DETAILS' }),
        },
        {
          id: 'supplier-accounts',
          title: 'All supplier accounts',
          description: <p className="govuk-body">Every active user account of every supplier that registered interest, with their declaration status.</p>,
          button: 'Download supplier accounts',
          run: () => accounts.submit({ frameworkSlug: framework.slug, list: 'ACCOUNTS' }),
        },
      ]}
    />
  );
}

/** AD13: the frameworks whose supplier lists can be downloaded. */
export function SupplierListsPage() {
  return <RequireTask id="supplier-lists">{() => <Frameworks />}</RequireTask>;
}

/** AD13: one framework's supplier lists, as CSV. */
export function FrameworkSupplierListsPage() {
  return <RequireTask id="supplier-lists">{() => <FrameworkLists />}</RequireTask>;
}
