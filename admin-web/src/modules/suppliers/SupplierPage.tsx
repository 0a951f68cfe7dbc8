import { useQuery } from '@apollo/client/react';
import { countryName } from '@dm/web/countries';
import { Link, useParams } from 'react-router';
import { Breadcrumbs, Flash, isNotThere, PageNotFound, ServiceProblem, SummaryList, Table, Tag, Title, type Viewer } from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import type { AdminSupplierQuery } from '../../gql/graphql';
import { VIEWS_SUPPLIER_USERS } from './search';
import { AdminSupplierDocument } from './suppliers';
import { VIEWS_SUPPLIER_SERVICES } from '../services/serviceAdmin';
import { EDITS_COMPANY_DETAILS, EDITS_SUPPLIER_NAME, editHref } from '../companydetails/companyDetails';
import { VIEWS_DRAFT_SERVICES } from '../drafts/drafts';
import { VIEWS_DECLARATIONS, declarationHref, linksToDeclaration } from '../declarations/declarations';

type Details = NonNullable<AdminSupplierQuery['supplier']['companyDetails']>;
type Application = NonNullable<AdminSupplierQuery['supplier']['frameworkApplications']>[number];

const NOT_GIVEN = <span className="govuk-hint govuk-!-margin-bottom-0">Not given</span>;

/** The address as lines, or nothing when none was given. */
export const addressLines = (a: Details['registeredAddress']) => [a.address1, a.city, a.postcode].filter((l): l is string => Boolean(l));

/** The supplier's standing on a framework, in words. */
export function applicationResult(app: Pick<Application, 'onFramework' | 'applicationStatus' | 'declarationStatus'>): { text: string; colour: string } {
  if (app.onFramework === true) return { text: 'On the framework', colour: 'govuk-tag--green' };
  if (app.onFramework === false) return { text: 'Not on the framework', colour: 'govuk-tag--red' };
  if (app.applicationStatus === 'APPLICATION') return { text: 'Application made', colour: 'govuk-tag--blue' };
  return app.declarationStatus === 'UNSTARTED' ? { text: 'Interested', colour: 'govuk-tag--grey' } : { text: 'Application started', colour: 'govuk-tag--yellow' };
}

type ServiceRow = AdminSupplierQuery['supplier']['services'][number];

/**
 * The frameworks a supplier sells on, from its services (for the roles that do not see
 * applications): each framework once, in the order first met, with how many services it has.
 */
export function frameworksFromServices(services: ReadonlyArray<Pick<ServiceRow, 'framework'>>): Array<{ slug: string; name: string; status: string; services: number }> {
  const out: Array<{ slug: string; name: string; status: string; services: number }> = [];
  for (const { framework } of services) {
    const row = out.find((f) => f.slug === framework.slug);
    if (row) row.services += 1;
    else out.push({ slug: framework.slug, name: framework.name, status: framework.status, services: 1 });
  }
  return out;
}

function Frameworks({ supplier, viewer }: { supplier: AdminSupplierQuery['supplier']; viewer: Viewer }) {
  if (supplier.frameworkApplications)
    return <Applications supplierId={supplier.id} applications={supplier.frameworkApplications} declarations={VIEWS_DECLARATIONS.includes(viewer.role)} />;
  const frameworks = frameworksFromServices(supplier.services);
  if (!frameworks.length) return <p className="govuk-body">This supplier has no services on any framework.</p>;
  return (
    <Table
      caption="Frameworks"
      captionClasses="govuk-visually-hidden"
      attributes={{ 'data-testid': 'supplier-frameworks' }}
      head={[{ text: 'Framework' }, { text: 'Framework status' }, { text: 'Services', format: 'numeric' }]}
      rows={frameworks.map((f) => [{ text: f.name }, { text: f.status.toLowerCase() }, { text: String(f.services), format: 'numeric' }])}
    />
  );
}

function Applications({ supplierId, applications, declarations }: { supplierId: string; applications: readonly Application[]; declarations: boolean }) {
  if (!applications.length) return <p className="govuk-body">This supplier has not applied to any framework.</p>;
  return (
    <Table
      caption="Frameworks"
      captionClasses="govuk-visually-hidden"
      attributes={{ 'data-testid': 'supplier-frameworks' }}
      head={[{ text: 'Framework' }, { text: 'Framework status' }, { text: 'Declaration' }, { text: 'Result' }]}
      rows={applications.map((app) => {
        const result = applicationResult(app);
        return [
          { text: app.framework.name },
          { text: app.framework.status.toLowerCase() },
          {
            text:
              declarations && linksToDeclaration(app.framework, app.declarationStatus) ? (
                <Link className="govuk-link" to={declarationHref(supplierId, app.framework.slug)}>
                  View declaration<span className="govuk-visually-hidden"> for {app.framework.name}</span>
                </Link>
              ) : app.declarationStatus === 'COMPLETE' ? (
                'Complete'
              ) : app.declarationStatus === 'STARTED' ? (
                'Started'
              ) : (
                'Not started'
              ),
          },
          { text: <Tag text={result.text} classes={result.colour} /> },
        ];
      })}
    />
  );
}

function Loaded({ viewer }: { viewer: Viewer }) {
  const { id = '' } = useParams();
  const { data, error } = useQuery(AdminSupplierDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (error && isNotThere(error)) return <PageNotFound />;
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const s = data.supplier;
  const d = s.companyDetails;
  // AD2/AD9: a Change link on the details the viewer's role may change.
  const change = (allowed: boolean, page: Parameters<typeof editHref>[1], what: string) =>
    allowed ? { actions: { items: [{ href: editHref(s.id, page), text: page === 'dunsNumber' ? 'About changing' : 'Change', visuallyHiddenText: what }] } } : {};
  const [namer, controller] = [EDITS_SUPPLIER_NAME.includes(viewer.role), EDITS_COMPANY_DETAILS.includes(viewer.role)];
  const links = [
    VIEWS_SUPPLIER_USERS.includes(viewer.role) && { href: `/suppliers/${s.id}/users`, text: 'Users' },
    VIEWS_SUPPLIER_SERVICES.includes(viewer.role) && { href: `/suppliers/${s.id}/services`, text: 'Services' },
    VIEWS_DRAFT_SERVICES.includes(viewer.role) && { href: `/suppliers/${s.id}/draft-services`, text: 'Draft services' },
  ].filter((l): l is { href: string; text: string } => Boolean(l));
  return (
    <>
      <Title>{s.name}</Title>
      <Breadcrumbs items={[{ text: 'Admin home', href: '/' }, { text: 'Find a supplier', href: '/suppliers' }, { text: s.name }]} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">Supplier</span>
          <h1 className="govuk-heading-l">{s.name}</h1>
          <Flash />
          {links.length ? (
            <ul className="govuk-list">
              {links.map((l) => (
                <li key={l.href}>
                  <Link className="govuk-link" to={l.href}>
                    {l.text}
                    <span className="govuk-visually-hidden"> of {s.name}</span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          <h2 className="govuk-heading-m">Company details</h2>
          {d ? (
            <SummaryList
              attributes={{ 'data-testid': 'company-details' }}
              rows={[
                { key: { text: 'Trading name' }, value: { text: s.name }, ...change(namer, 'name', 'trading name') },
                { key: { text: 'Registered name' }, value: { text: d.registeredName ?? NOT_GIVEN }, ...change(controller, 'registeredName', 'registered name') },
                { key: { text: 'DUNS number' }, value: { text: d.dunsNumber }, ...change(controller, 'dunsNumber', 'DUNS number') },
                {
                  key: { text: 'Company registration number' },
                  value: { text: d.companiesHouseNumber ?? d.otherCompanyRegistrationNumber ?? NOT_GIVEN },
                  ...change(controller, 'registrationNumber', 'company registration number'),
                },
                {
                  key: { text: 'Registered address' },
                  value: {
                    text: addressLines(d.registeredAddress).length
                      ? [...addressLines(d.registeredAddress), countryName(d.registrationCountry)].filter(Boolean).map((l, i) => (
                          <span key={i}>
                            {i ? <br /> : null}
                            {l}
                          </span>
                        ))
                      : NOT_GIVEN,
                  },
                  ...change(controller, 'registeredAddress', 'registered address'),
                },
                { key: { text: 'Contact' }, value: { text: s.contact ? [s.contact.contactName, s.contact.email, s.contact.phoneNumber].filter(Boolean).join(', ') : NOT_GIVEN } },
              ]}
            />
          ) : null}
        </div>
      </div>
      <h2 className="govuk-heading-m">Frameworks</h2>
      <Frameworks supplier={s} viewer={viewer} />
    </>
  );
}

/** AD2: a supplier's company details and frameworks, with the way to its users for the roles that see them. */
export function SupplierPage() {
  return <RequireTask id="suppliers">{(viewer) => <Loaded viewer={viewer} />}</RequireTask>;
}
