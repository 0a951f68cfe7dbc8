import { Link, useParams } from 'react-router';
import { AnswerSections } from '../../components/AnswerSections';
import { Title } from '../../ui/app/Title';
import { Flash } from '../../ui/app/flash';
import { formatDate } from '../../ui/format';
import { Breadcrumbs } from '../../ui/govuk/Breadcrumbs';
import { Button } from '../../ui/govuk/Button';
import { NotificationBanner } from '../../ui/govuk/NotificationBanner';
import { SummaryList } from '../../ui/govuk/SummaryList';
import { Tag } from '../../ui/govuk/Tag';
import { PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { isSupplier, RequireViewer } from '../../ui/session/guards';
import { useFrameworkForm } from '../../ui/forms/frameworkForm';
import { LiveEditSections } from './LiveEditSections';
import { SERVICE_STATUS, serviceName } from './queries';
import { ServiceDocuments } from './ServiceDocuments';
import { useMyService } from './useMyService';

/** Only a live G-Cloud service can be removed by its supplier (DOS services stay until the framework ends). */
export const canRemove = (service: { status: string; framework: { family: string } }) => service.status === 'PUBLISHED' && service.framework.family === 'G_CLOUD';

/** Why buyers cannot buy the service, for its own supplier. */
function UnavailableBanner({ reason, since, frameworkName }: { reason: string; since: string | null | undefined; frameworkName: string }) {
  const on = since ? ` on ${formatDate(since)}` : '';
  const heading =
    reason === 'REMOVED_BY_SUPPLIER'
      ? `You removed this service${on}.`
      : reason === 'REMOVED_BY_ADMIN'
        ? `The Crown Commercial Service suspended this service${on}.`
        : `The ${frameworkName} framework expired${on}.`;
  return (
    <NotificationBanner titleText="Important" titleId="service-unavailable-title" attributes={{ 'data-testid': 'service-unavailable' }}>
      <p className="govuk-notification-banner__heading">{heading}</p>
      <p className="govuk-body">Buyers can no longer find or buy it. Contracts already made for it are still valid.</p>
      {reason !== 'FRAMEWORK_EXPIRED' ? (
        <p className="govuk-body">
          To make it available again,{' '}
          <a className="govuk-notification-banner__link" href="/help">
            contact the support team
          </a>
          .
        </p>
      ) : null}
    </NotificationBanner>
  );
}

function ServiceDetails({ id }: { id: string }) {
  const { service, loading, missing, failed } = useMyService(id);
  if (failed) return <ServiceProblem />;
  if (missing) return <PageNotFound />;
  if (loading || !service) return <p className="govuk-body">Loading…</p>;
  return <ServiceView service={service} />;
}

type MyService = NonNullable<ReturnType<typeof useMyService>['service']>;

function ServiceView({ service }: { service: MyService }) {
  // The live-edit form of the content (G-Cloud only): its sections show the answers a supplier may change.
  const { form } = useFrameworkForm('SERVICE_LIVE_EDIT', service.framework.slug, service.lot.slug);
  const name = serviceName(service.data);
  const status = SERVICE_STATUS[service.status];
  const gCloud = service.framework.family === 'G_CLOUD';
  const review = service.editsAwaitingReviewSince;
  return (
    <>
      <Title>{name}</Title>
      <Breadcrumbs
        items={[{ text: 'Digital Marketplace', href: '/' }, { text: 'Your account', href: '/suppliers' }, { text: 'Your services', href: '/suppliers/services' }, { text: name }]}
      />
      <Flash />
      {service.unavailability ? <UnavailableBanner reason={service.unavailability.reason} since={service.unavailability.since} frameworkName={service.framework.name} /> : null}
      <span className="govuk-caption-l">{service.framework.name}</span>
      <h1 className="govuk-heading-l">{name}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList
            rows={[
              // Without a live-edit form, its "Service attributes" section does not say these.
              form ? false : { key: { text: 'Lot' }, value: { text: service.lot.name } },
              form ? false : { key: { text: 'Service ID' }, value: { text: service.id } },
              { key: { text: 'Status' }, value: { text: <Tag text={status?.text ?? service.status} classes={status?.classes} /> } },
              { key: { text: 'Last changed' }, value: { text: formatDate(service.updatedAt) } },
              review
                ? {
                    key: { text: 'Review of your changes' },
                    value: {
                      text: (
                        <>
                          <Tag text="Waiting for review" classes="govuk-tag--blue" />
                          <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                            Your changes since {formatDate(review)} are live. The Crown Commercial Service has not checked them yet.
                          </p>
                        </>
                      ),
                    },
                  }
                : false,
            ]}
          />
          {gCloud && service.status === 'PUBLISHED' ? (
            <p className="govuk-body">
              <Link className="govuk-link" to={`/g-cloud/services/${service.id}`}>
                View the page buyers see
              </Link>
            </p>
          ) : null}
          {form ? <LiveEditSections form={form} service={service} /> : null}
          <ServiceDocuments documents={service.documents} title={form ? 'All documents for this service' : undefined} />
        </div>
      </div>
      <AnswerSections sections={service.displaySections} />
      {canRemove(service) ? (
        <div className="govuk-grid-row govuk-!-margin-top-8">
          <section aria-labelledby="remove-heading" className="govuk-grid-column-two-thirds">
            <h2 className="govuk-heading-m" id="remove-heading">
              Remove this service
            </h2>
            <p className="govuk-body">If you remove this service, buyers will no longer be able to find it or buy it, and its page will say it has been removed.</p>
            <p className="govuk-body">You cannot make it live again yourself: you would need to contact the support team.</p>
            <Button text="Remove this service" href={`/suppliers/services/${service.id}/remove`} classes="govuk-button--warning" />
          </section>
        </div>
      ) : null}
    </>
  );
}

/** S10: one of the supplier's services as they see it: status, documents, answers by section, and removal. */
export function SupplierServicePage() {
  const { id = '' } = useParams();
  return <RequireViewer allow={isSupplier}>{() => <ServiceDetails id={id} />}</RequireViewer>;
}
