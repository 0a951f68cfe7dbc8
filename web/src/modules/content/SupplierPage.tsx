import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { graphql } from '../../gql';
import { Title } from '../../ui/app/Title';
import { PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { aToZHref, normalisePrefix } from './suppliersAToZ';
import { errorCode } from '../../ui/app/errors';

export const GCloudSupplierDocument = graphql(`
  query GCloudSupplier($id: ID!) {
    supplier(id: $id) {
      id
      name
      description
      contact {
        contactName
        phoneNumber
        email
      }
      services {
        id
        status
        data
        lot {
          slug
          name
        }
        framework {
          slug
          name
          status
          family
        }
      }
    }
  }
`);

const serviceName = (data: unknown) => String((data as Record<string, unknown>).serviceName ?? 'Untitled service');

/**
 * A5 supplier page: who they are, how to contact them, and their services buyers can buy now.
 * As the original: page not found unless the supplier has one on a live G-Cloud framework.
 */
export function SupplierPage() {
  const { id = '' } = useParams();
  const valid = /^\d{1,10}$/.test(id);
  const { data, error, loading } = useQuery(GCloudSupplierDocument, { variables: { id }, skip: !valid });
  if (!valid) return <PageNotFound />;
  if (error) {
    const code = errorCode(error);
    return code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' ? <PageNotFound /> : <ServiceProblem />;
  }
  if (loading || !data) return <p className="govuk-body">Loading…</p>;
  const { supplier } = data;
  // Its own users and admins are given every service: the page shows what the public sees.
  const live = supplier.services.filter((s) => s.status === 'PUBLISHED' && s.framework.status === 'LIVE' && s.framework.family === 'G_CLOUD');
  if (!live.length) return <PageNotFound />;
  const lots = [...new Map(live.map((s) => [s.lot.slug, s.lot.name])).entries()];
  const prefix = normalisePrefix(/^[a-z]/i.test(supplier.name) ? supplier.name : 'other');

  return (
    <>
      <Title>{supplier.name}</Title>
      <Breadcrumbs
        items={[{ label: 'Cloud hosting, software and support', to: '/g-cloud' }, { label: 'G-Cloud supplier A to Z', to: aToZHref(prefix) }, { label: supplier.name }]}
      />
      <span className="govuk-caption-l">Digital Marketplace supplier</span>
      <h1 className="govuk-heading-l">{supplier.name}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {supplier.description ? <p className="govuk-body-l app-pre-line">{supplier.description}</p> : null}
          <h2 className="govuk-heading-m">Services</h2>
          {lots.map(([slug, name]) => (
            <section key={slug} aria-labelledby={`lot-${slug}`}>
              <h3 className="govuk-heading-s" id={`lot-${slug}`}>
                {name}
              </h3>
              <ul className="govuk-list govuk-list--spaced" data-testid={`services-${slug}`}>
                {live
                  .filter((s) => s.lot.slug === slug)
                  .map((s) => (
                    <li key={s.id}>
                      <Link className="govuk-link" to={`/g-cloud/services/${s.id}`}>
                        {serviceName(s.data)}
                      </Link>
                      <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0">{s.framework.name}</span>
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </div>
        {supplier.contact ? (
          <aside className="govuk-grid-column-one-third" aria-labelledby="supplier-contact">
            <h2 className="govuk-heading-m" id="supplier-contact">
              Contact
            </h2>
            <p className="govuk-body govuk-!-text-break-word" data-testid="supplier-contact">
              {supplier.contact.contactName}
              {supplier.contact.phoneNumber ? (
                <>
                  <br />
                  {supplier.contact.phoneNumber}
                </>
              ) : null}
              <br />
              <a className="govuk-link" href={`mailto:${supplier.contact.email}`}>
                {supplier.contact.email}
              </a>
            </p>
          </aside>
        ) : null}
      </div>
    </>
  );
}
