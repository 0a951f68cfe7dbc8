import { CombinedGraphQLErrors } from '@apollo/client';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import {
  Breadcrumbs,
  Button,
  Flash,
  NotificationBanner,
  PageNotFound,
  SectionSummary,
  ServiceProblem,
  SummaryList,
  Tag,
  Title,
  formatDate,
  formatDateTime,
  useFrameworkForm,
  type Answers,
  type FrameworkForm,
  type Viewer,
} from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import type { AdminServiceQuery } from '../../gql/graphql';
import { isNotThere as notThere } from '@dm/web/ui';
import { serviceName, useAdminService } from './queries';
import { CHANGES_SERVICES, canChangeService, removedBy, serviceHref, statusActionOf, statusTag } from './serviceAdmin';

export type AdminService = AdminServiceQuery['service'];

/** The admin edit form of the service's framework and lot (edit_service_as_admin); a framework without one shows the facts only. */
export function WithAdminForm({ service, children }: { service: { framework: { slug: string }; lot: { slug: string } }; children: (form: FrameworkForm | null) => ReactNode }) {
  const { form, error, loading } = useFrameworkForm('SERVICE_ADMIN_EDIT', service.framework.slug, service.lot.slug);
  if (loading && !form) return <p className="govuk-body">Loading…</p>;
  const code = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.code : undefined;
  if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return <>{children(null)}</>;
  if (error || !form) return <ServiceProblem />;
  return <>{children(form)}</>;
}

/** What the admin summary shows: the answers, with the two the service carries outside them (its id and lot). */
export const summaryAnswers = (service: Pick<AdminService, 'id' | 'data' | 'lot'>): Answers => ({ ...(service.data as Answers), id: service.id, lotName: service.lot.name });

function Removed({ service, changes }: { service: AdminService; changes: boolean }) {
  const removed = removedBy(service, service.lastStatusChange, formatDate);
  if (service.status !== 'DISABLED' && service.status !== 'ENABLED') return null;
  const action = statusActionOf(service);
  return (
    <NotificationBanner titleText="Important" titleId="service-removed-title" attributes={{ 'data-testid': 'service-removed' }}>
      <h3 className="govuk-notification-banner__heading">
        {removed ? `Removed by ${removed.by} on ${removed.on}` : service.status === 'ENABLED' ? 'Removed by the supplier' : 'Removed by the Crown Commercial Service'}
      </h3>
      {removed?.reason ? <p className="govuk-body">Reason: {removed.reason}</p> : null}
      <p className="govuk-body">Buyers cannot find or buy this service.</p>
      {changes && action === 'publish' ? <Button href={`${serviceHref(service.id)}/publish`} text="Publish service" classes="govuk-!-margin-bottom-0" /> : null}
    </NotificationBanner>
  );
}

function Loaded({ viewer, service, form }: { viewer: Viewer; service: AdminService; form: FrameworkForm | null }) {
  const name = serviceName(service.data, service.id);
  const tag = statusTag(service.status);
  const changes = CHANGES_SERVICES.includes(viewer.role);
  const changeable = changes && canChangeService(service);
  const action = statusActionOf(service);
  const answers = summaryAnswers(service);
  const description = typeof answers.serviceDescription === 'string' ? answers.serviceDescription : '';
  return (
    <>
      <Title>{name}</Title>
      <Breadcrumbs
        items={[
          { text: 'Admin home', href: '/' },
          { text: service.supplier.name, href: `/suppliers/${service.supplier.id}` },
          { text: 'Services', href: `/suppliers/${service.supplier.id}/services` },
          { text: name },
        ]}
      />
      <Flash />
      <Removed service={service} changes={changes} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{service.supplier.name}</span>
          <h1 className="govuk-heading-l">{name}</h1>
          {description ? (
            <p className="govuk-body-l" data-testid="service-description">
              {description}
            </p>
          ) : null}
          <SummaryList
            attributes={{ 'data-testid': 'service-facts' }}
            rows={[
              { key: { text: 'Service ID' }, value: { text: service.id } },
              {
                key: { text: 'Supplier' },
                value: {
                  text: (
                    <Link className="govuk-link" to={`/suppliers/${service.supplier.id}`}>
                      {service.supplier.name}
                    </Link>
                  ),
                },
              },
              { key: { text: 'Framework' }, value: { text: `${service.framework.name}${service.framework.status === 'EXPIRED' ? ' (expired)' : ''}` } },
              { key: { text: 'Lot' }, value: { text: service.lot.name } },
              { key: { text: 'Status' }, value: { text: <Tag text={tag.text} classes={tag.classes} /> } },
              { key: { text: 'Last changed' }, value: { text: formatDateTime(service.updatedAt) } },
              ...(changes && service.editsAwaitingReviewSince
                ? [
                    {
                      key: { text: 'Supplier edits to review' },
                      value: {
                        text: (
                          <>
                            Since {formatDateTime(service.editsAwaitingReviewSince)}.{' '}
                            <Link className="govuk-link" to={`/service-edits/${service.id}`}>
                              View changes<span className="govuk-visually-hidden"> to {name}</span>
                            </Link>
                          </>
                        ),
                      },
                    },
                  ]
                : []),
            ]}
          />
          <ul className="govuk-list" data-testid="service-links">
            {service.publicUrl ? (
              <li>
                <a className="govuk-link" href={service.publicUrl}>
                  View service<span className="govuk-visually-hidden"> {name}</span> on the Digital Marketplace
                </a>
              </li>
            ) : null}
            <li>
              <Link className="govuk-link" to={`${serviceHref(service.id)}/versions`}>
                Earlier versions<span className="govuk-visually-hidden"> of {name}</span>
              </Link>
            </li>
          </ul>
          {changes && !canChangeService(service) ? (
            <div className="govuk-inset-text">
              Services can only be changed while their framework is live: {service.framework.name} is {service.framework.status.toLowerCase()}.
            </div>
          ) : null}
          {changeable && service.status === 'PUBLISHED' ? (
            <div className="govuk-button-group">
              <Button href={`${serviceHref(service.id)}/transfer`} classes="govuk-button--secondary" text="Transfer to another supplier" />
              {action === 'remove' ? <Button href={`${serviceHref(service.id)}/remove`} classes="govuk-button--warning" text="Remove service" /> : null}
            </div>
          ) : null}
        </div>
      </div>
      {form ? (
        <div className="govuk-grid-row" data-testid="service-sections">
          <div className="govuk-grid-column-two-thirds">
            {changeable ? <p className="govuk-body">Your changes go live as soon as you save them. They are recorded as admin edits and need no review.</p> : null}
            {form.sections.map((section) => (
              <SectionSummary
                key={section.slug}
                form={form}
                section={section}
                answers={answers}
                card={{
                  title: { text: section.name },
                  attributes: { 'data-section': section.slug },
                  actions:
                    changeable && section.editable && section.pages.length
                      ? { items: [{ href: `${serviceHref(service.id)}/edit/${section.slug}`, text: 'Edit', visuallyHiddenText: section.name }] }
                      : undefined,
                }}
              />
            ))}
          </div>
        </div>
      ) : (
        <p className="govuk-body">The framework’s content does not describe this service’s questions, so its answers cannot be shown here.</p>
      )}
    </>
  );
}

function View({ viewer, id }: { viewer: Viewer; id: string }) {
  const { data, error } = useAdminService(id);
  if (error && notThere(error)) return <PageNotFound />;
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const { service } = data;
  if (service.status === 'DELETED') return <PageNotFound />;
  return <WithAdminForm service={service}>{(form) => <Loaded viewer={viewer} service={service} form={form} />}</WithAdminForm>;
}

export const SERVICE_ID_PARAM = /^[A-Za-z0-9-]{10,20}$/;

/** AD6: a service as admins see it, in the sections of the admin edit form; category edits, removes, publishes and transfers it. */
export function ServicePage() {
  const { id = '' } = useParams();
  return <RequireTask id="find-service">{(viewer) => (SERVICE_ID_PARAM.test(id) ? <View key={id} viewer={viewer} id={id} /> : <PageNotFound />)}</RequireTask>;
}
