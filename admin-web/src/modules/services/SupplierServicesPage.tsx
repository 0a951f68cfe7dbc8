import { Link, useParams } from 'react-router';
import { Breadcrumbs, Button, Flash, PageNotFound, ServiceProblem, Table, Tag, Title, type Viewer } from '@dm/web/ui';
import { NotAllowedPage, RequireTask } from '../../app/RequireTask';
import { isNotThere as notThere } from '@dm/web/ui';
import { serviceName, useSupplierServices } from './queries';
import { CHANGES_SERVICES, FINDS_SERVICES, VIEWS_SUPPLIER_SERVICES, byFramework, serviceHref, statusTag } from './serviceAdmin';

function Services({ viewer, id }: { viewer: Viewer; id: string }) {
  const { data, error } = useSupplierServices(id);
  if (error && notThere(error)) return <PageNotFound />;
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const { supplier } = data;
  const frameworks = byFramework(supplier.services);
  const links = FINDS_SERVICES.includes(viewer.role);
  const changes = CHANGES_SERVICES.includes(viewer.role);
  return (
    <>
      <Title>{`Services of ${supplier.name}`}</Title>
      <Breadcrumbs
        items={[
          { text: 'Admin home', href: '/' },
          { text: 'Find a supplier', href: '/suppliers' },
          { text: supplier.name, href: `/suppliers/${supplier.id}` },
          { text: 'Services' },
        ]}
      />
      <Flash />
      <span className="govuk-caption-l">{supplier.name}</span>
      <h1 className="govuk-heading-l">Services</h1>
      {frameworks.length ? null : <p className="govuk-body">This supplier has no services on a live or expired framework.</p>}
      {frameworks.map((f) => (
        <section key={f.slug} aria-labelledby={`fw-${f.slug}`} data-testid={`services-${f.slug}`}>
          <h2 className="govuk-heading-m" id={`fw-${f.slug}`}>
            {f.name} {f.status === 'EXPIRED' ? <Tag text="Expired" classes="govuk-tag--grey" /> : null}
          </h2>
          <Table
            caption={`Services of ${supplier.name} on ${f.name}`}
            captionClasses="govuk-visually-hidden"
            head={[{ text: 'Service ID' }, { text: 'Lot' }, { text: 'Name' }, { text: 'Status' }]}
            rows={f.services.map((s) => {
              const tag = statusTag(s.status);
              const name = serviceName(s.data, s.id);
              return [
                { text: <span className="govuk-!-font-family-tabular">{s.id}</span> },
                { text: s.lot.name },
                {
                  text: links ? (
                    <Link className="govuk-link" to={serviceHref(s.id)}>
                      {name}
                    </Link>
                  ) : (
                    name
                  ),
                },
                { text: <Tag text={tag.text} classes={tag.classes} /> },
              ];
            })}
          />
          {changes && (f.canSuspend || f.canUnsuspend) ? (
            <div className="govuk-button-group">
              {f.canSuspend ? (
                <Button
                  href={`/suppliers/${supplier.id}/services/${f.slug}/suspend`}
                  classes="govuk-button--warning"
                  text={
                    <>
                      Suspend services<span className="govuk-visually-hidden"> on {f.name}</span>
                    </>
                  }
                />
              ) : null}
              {f.canUnsuspend ? (
                <Button
                  href={`/suppliers/${supplier.id}/services/${f.slug}/unsuspend`}
                  classes="govuk-button--secondary"
                  text={
                    <>
                      Unsuspend services<span className="govuk-visually-hidden"> on {f.name}</span>
                    </>
                  }
                />
              ) : null}
            </div>
          ) : null}
        </section>
      ))}
    </>
  );
}

/** AD5: a supplier's services per live or expired framework; category suspends or unsuspends them per framework. */
export function SupplierServicesPage() {
  const { id = '' } = useParams();
  return (
    <RequireTask id="suppliers">
      {(viewer) => (!VIEWS_SUPPLIER_SERVICES.includes(viewer.role) ? <NotAllowedPage /> : /^\d{1,9}$/.test(id) ? <Services key={id} viewer={viewer} id={id} /> : <PageNotFound />)}
    </RequireTask>
  );
}
