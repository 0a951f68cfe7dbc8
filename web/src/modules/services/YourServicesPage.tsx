import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Title } from '../../ui/app/Title';
import { Flash } from '../../ui/app/flash';
import { Breadcrumbs } from '../../ui/govuk/Breadcrumbs';
import { Table } from '../../ui/govuk/Table';
import { Tag } from '../../ui/govuk/Tag';
import { ServiceProblem } from '../../ui/pages/ErrorPages';
import { isSupplier, RequireViewer } from '../../ui/session/guards';
import { MyServicesDocument, SERVICE_STATUS, serviceName } from './queries';

interface ServiceRow {
  id: string;
  status: string;
  data: unknown;
  lot: { name: string };
  framework: { slug: string; name: string; status: string };
}

/** The supplier's services, a table per framework (the newest framework first), each with its lot and status. */
function groupByFramework(services: readonly ServiceRow[]): Array<{ slug: string; name: string; status: string; services: ServiceRow[] }> {
  const groups = new Map<string, { slug: string; name: string; status: string; services: ServiceRow[] }>();
  for (const service of services) {
    const group = groups.get(service.framework.slug) ?? { ...service.framework, services: [] };
    group.services.push(service);
    groups.set(service.framework.slug, group);
  }
  // Live frameworks before expired ones; within each, the later iteration first ("G-Cloud 13" before "G-Cloud 12").
  const rank = (status: string) => (status === 'LIVE' ? 0 : 1);
  return [...groups.values()].sort((a, b) => rank(a.status) - rank(b.status) || b.name.localeCompare(a.name, 'en-GB', { numeric: true }));
}

function ServicesList() {
  const { data, loading, error } = useQuery(MyServicesDocument, { fetchPolicy: 'cache-and-network' });
  if (error) return <ServiceProblem />;
  if (loading && !data) return <p className="govuk-body">Loading…</p>;
  const supplier = data?.viewer?.supplier;
  const groups = groupByFramework(supplier?.services ?? []);
  return (
    <>
      <Title>Your services</Title>
      <Breadcrumbs items={[{ text: 'Digital Marketplace', href: '/' }, { text: 'Your account', href: '/suppliers' }, { text: 'Your services' }]} />
      <Flash />
      <span className="govuk-caption-l">{supplier?.name}</span>
      <h1 className="govuk-heading-l">Your services</h1>
      {groups.length ? (
        groups.map((group) => (
          <Table
            key={group.slug}
            caption={`${group.name} services${group.status === 'EXPIRED' ? ' (framework expired)' : ''}`}
            captionClasses="govuk-table__caption--m"
            attributes={{ 'data-testid': `services-${group.slug}` }}
            head={[{ text: 'Name' }, { text: 'Lot', classes: 'govuk-!-width-one-quarter' }, { text: 'Status', classes: 'govuk-!-width-one-quarter' }]}
            rows={group.services.map((service) => [
              {
                text: (
                  <Link className="govuk-link" to={`/suppliers/services/${service.id}`}>
                    {serviceName(service.data)}
                  </Link>
                ),
              },
              { text: service.lot.name },
              { text: <Tag text={SERVICE_STATUS[service.status]?.text ?? service.status} classes={SERVICE_STATUS[service.status]?.classes} /> },
            ])}
          />
        ))
      ) : (
        <p className="govuk-body">You do not have any services on the Digital Marketplace.</p>
      )}
    </>
  );
}

/** S10: the signed-in supplier's services on every framework, with their status. */
export function YourServicesPage() {
  return <RequireViewer allow={isSupplier}>{() => <ServicesList />}</RequireViewer>;
}
