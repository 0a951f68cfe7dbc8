import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Breadcrumbs, PageNotFound, ServiceProblem, SummaryList, Tag, Title, formatDateTime, isNotThere } from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import { AdminServiceViewDocument, serviceName } from './queries';

const STATUS: Record<string, { text: string; classes: string }> = {
  PUBLISHED: { text: 'Live', classes: 'govuk-tag--green' },
  ENABLED: { text: 'Removed by supplier', classes: 'govuk-tag--grey' },
  DISABLED: { text: 'Removed by the Crown Commercial Service', classes: 'govuk-tag--red' },
};

function View({ id }: { id: string }) {
  const { data, error } = useQuery(AdminServiceViewDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (error && isNotThere(error)) return <PageNotFound />;
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const { service } = data;
  const name = serviceName(service.data, service.id);
  const answers = service.data as Record<string, unknown>;
  const description = typeof answers.serviceDescription === 'string' ? answers.serviceDescription : '';
  const status = STATUS[service.status] ?? { text: service.status.toLowerCase(), classes: 'govuk-tag--grey' };
  return (
    <>
      <Title>{name}</Title>
      <Breadcrumbs items={[{ text: 'Admin home', href: '/' }, { text: 'Review service changes', href: '/service-edits' }, { text: name }]} />
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
              { key: { text: 'Framework' }, value: { text: service.framework.name } },
              { key: { text: 'Lot' }, value: { text: service.lot.name } },
              { key: { text: 'Status' }, value: { text: <Tag text={status.text} classes={status.classes} /> } },
              {
                key: { text: 'Edits to review' },
                value: {
                  text: service.editsAwaitingReviewSince ? (
                    <>
                      Since {formatDateTime(service.editsAwaitingReviewSince)}.{' '}
                      <Link className="govuk-link" to={`/service-edits/${service.id}`}>
                        View changes<span className="govuk-visually-hidden"> to {name}</span>
                      </Link>
                    </>
                  ) : (
                    'None'
                  ),
                },
              },
            ]}
          />
          {service.displaySections.map((section) => (
            <section key={section.slug} aria-labelledby={`section-${section.slug}`}>
              <h2 className="govuk-heading-m" id={`section-${section.slug}`}>
                {section.name}
              </h2>
              <SummaryList
                rows={section.rows.map((row) => ({
                  key: { text: row.label },
                  value: {
                    text:
                      row.values.length > 1 ? (
                        <ul className="govuk-list govuk-list--bullet">
                          {row.values.map((v, i) => (
                            <li key={i}>{v}</li>
                          ))}
                        </ul>
                      ) : (
                        (row.values[0] ?? '')
                      ),
                  },
                }))}
              />
            </section>
          ))}
        </div>
      </div>
    </>
  );
}

/** AD6 (view only): a service's answers as buyers read them, with its status, for a category admin reviewing edits. */
export function AdminServicePage() {
  const { id = '' } = useParams();
  return <RequireTask id="service-edits">{() => (/^\d{1,16}$/.test(id) ? <View key={id} id={id} /> : <PageNotFound />)}</RequireTask>;
}
