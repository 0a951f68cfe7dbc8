import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { ErrorPage, PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { AnswerSections } from '../../components/AnswerSections';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { graphql } from '../../gql';
import { OwnServiceNotice } from '../services/OwnServiceNotice';
import { ServiceDocuments } from '../services/ServiceDocuments';

export const ServicePageDocument = graphql(`
  query ServicePage($id: ID!) {
    service(id: $id) {
      id
      data
      price
      unavailability {
        reason
        since
      }
      documents {
        ...ServiceDocumentFields
      }
      supplier {
        id
        name
        contact {
          contactName
          phoneNumber
          email
        }
      }
      lot {
        slug
        name
      }
      framework {
        slug
        name
      }
      displaySections {
        ...AnswerSectionFields
      }
    }
  }
`);

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export interface Gone {
  reason?: string;
  unavailableSince?: string | null;
  serviceName?: string | null;
  supplierName?: string | null;
  frameworkName?: string | null;
}

/** Why, in one sentence: the framework expired, the marketplace removed the service, or its supplier did. */
function goneHeading(gone: Gone, since: string | null): string {
  const on = since ? ` on ${since}` : '';
  if (gone.reason === 'FRAMEWORK_EXPIRED') return `This ${gone.frameworkName ?? ''} service is no longer available to buy.`;
  if (gone.reason === 'REMOVED_BY_ADMIN') return `This service was removed from the Digital Marketplace${on}.`;
  return `${gone.supplierName ?? 'The supplier'} stopped offering this service${on}.`;
}

/** A service buyers can no longer buy (the API's GONE): why, and since when. */
export function ServiceGone({ gone }: { gone: Gone }) {
  const since = gone.unavailableSince ? dateFormat.format(new Date(gone.unavailableSince)) : null;
  return (
    <ErrorPage title={gone.serviceName ?? 'This service is no longer available'}>
      <div className="govuk-notification-banner" role="region" aria-labelledby="gone-title" data-testid="service-gone">
        <div className="govuk-notification-banner__header">
          <h2 className="govuk-notification-banner__title" id="gone-title">
            Important
          </h2>
        </div>
        <div className="govuk-notification-banner__content">
          <p className="govuk-notification-banner__heading">{goneHeading(gone, since)}</p>
          {gone.reason === 'FRAMEWORK_EXPIRED' && since ? (
            <p className="govuk-body">
              The {gone.frameworkName} framework expired on {since}.
            </p>
          ) : null}
          <p className="govuk-body">Any existing contracts for this service are still valid.</p>
        </div>
      </div>
    </ErrorPage>
  );
}

/** Service ids are shown in groups of four, read as one number by screen readers. */
function ServiceId({ id }: { id: string }) {
  return (
    <>
      <span aria-hidden="true">{id.match(/.{1,4}/g)!.join(' ')}</span>
      <span className="govuk-visually-hidden">{id}</span>
    </>
  );
}

export function ServicePage() {
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(ServicePageDocument, { variables: { id }, skip: !/^\d{15,16}$/.test(id) });
  const service = data?.service;
  useEffect(() => {
    if (service) document.title = `${String((service.data as Record<string, unknown>).serviceName ?? 'Service')} – Digital Marketplace`;
  }, [service]);
  if (!/^\d{15,16}$/.test(id)) return <PageNotFound />;
  if (error) {
    const first = CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
    const code = first?.extensions?.code;
    if (code === 'GONE') return <ServiceGone gone={first!.extensions as Gone} />;
    if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return <PageNotFound />;
    return <ServiceProblem />;
  }
  if (loading || !service) return <p className="govuk-body">Loading…</p>;
  const d = service.data as Record<string, unknown>;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Cloud hosting, software and support', to: '/g-cloud' },
          { label: service.lot.name, to: `/g-cloud/search?lot=${service.lot.slug}` },
          { label: String(d.serviceName ?? '') },
        ]}
      />
      <span className="govuk-caption-l">{service.supplier.name}</span>
      <h1 className="govuk-heading-xl">{String(d.serviceName ?? '')}</h1>
      <OwnServiceNotice serviceId={service.id} supplierId={service.supplier.id} />
      {service.unavailability ? (
        <div className="govuk-inset-text" data-testid="service-unavailable">
          {goneHeading(
            { reason: service.unavailability.reason, supplierName: service.supplier.name, frameworkName: service.framework.name },
            service.unavailability.since ? dateFormat.format(new Date(service.unavailability.since)) : null,
          )}{' '}
          Buyers cannot find or buy it.
        </div>
      ) : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body-l app-pre-line">{String(d.serviceDescription ?? '')}</p>
          {list(d.serviceFeatures).length ? (
            <>
              <h2 className="govuk-heading-m">Features</h2>
              <ul className="govuk-list govuk-list--bullet">
                {list(d.serviceFeatures).map((f, i) => (
                  <li key={i}>{f}</li>
                ))}
              </ul>
            </>
          ) : null}
          {list(d.serviceBenefits).length ? (
            <>
              <h2 className="govuk-heading-m">Benefits</h2>
              <ul className="govuk-list govuk-list--bullet">
                {list(d.serviceBenefits).map((f, i) => (
                  <li key={i}>{f}</li>
                ))}
              </ul>
            </>
          ) : null}
          <ServiceDocuments documents={service.documents} />
        </div>
        <aside className="govuk-grid-column-one-third" aria-label="About this service">
          {service.price ? (
            <>
              <h2 className="govuk-heading-s">Pricing</h2>
              <p className="govuk-body" data-testid="service-price">
                {service.price}
              </p>
            </>
          ) : null}
          {d.educationPricing === true ? <p className="govuk-body-s">Education pricing available</p> : null}
          {d.freeVersionTrialOption === true ? <p className="govuk-body-s">Free trial available</p> : null}
          <h2 className="govuk-heading-s">Framework</h2>
          <p className="govuk-body">{service.framework.name}</p>
          <h2 className="govuk-heading-s">Service ID</h2>
          <p className="govuk-body">
            <ServiceId id={service.id} />
          </p>
          {service.supplier.contact ? (
            <>
              <h2 className="govuk-heading-s">Contact</h2>
              <p className="govuk-body" data-testid="service-contact">
                {service.supplier.contact.contactName}
                {service.supplier.contact.phoneNumber ? (
                  <>
                    <br />
                    {service.supplier.contact.phoneNumber}
                  </>
                ) : null}
                <br />
                <a className="govuk-link" href={`mailto:${service.supplier.contact.email}`}>
                  {service.supplier.contact.email}
                </a>
              </p>
            </>
          ) : null}
        </aside>
      </div>
      <AnswerSections sections={service.displaySections} />
    </>
  );
}
