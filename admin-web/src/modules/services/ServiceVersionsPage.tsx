import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { BackLink, Breadcrumbs, PageNotFound, SectionSummary, ServiceProblem, SummaryList, Table, Tag, Title, formatDateTime, type Answers } from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import type { AdminServiceVersionsQuery } from '../../gql/graphql';
import { isNotThere as notThere } from '@dm/web/ui';
import { AdminServiceVersionsDocument, serviceName } from './queries';
import { serviceHref, statusTag } from './serviceAdmin';
import { SERVICE_ID_PARAM, WithAdminForm } from './ServicePage';

type Versions = AdminServiceVersionsQuery;

function useVersions(id: string) {
  return useQuery(AdminServiceVersionsDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
}

function List({ data }: { data: Versions }) {
  const { service, archivedServices } = data;
  const name = serviceName(service.data, service.id);
  const versions = archivedServices.nodes;
  return (
    <>
      <Title>{`Earlier versions of ${name}`}</Title>
      <Breadcrumbs
        items={[
          { text: 'Admin home', href: '/' },
          { text: service.supplier.name, href: `/suppliers/${service.supplier.id}` },
          { text: name, href: serviceHref(service.id) },
          { text: 'Earlier versions' },
        ]}
      />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{name}</span>
          <h1 className="govuk-heading-l">Earlier versions</h1>
          <p className="govuk-body">
            The service as it was straight after each change, oldest first: when it was published or imported, each edit, each status change and each transfer.
          </p>
        </div>
      </div>
      <Table
        caption={`Versions of ${name}`}
        captionClasses="govuk-visually-hidden"
        attributes={{ 'data-testid': 'service-versions' }}
        head={[
          { text: 'Version', format: 'numeric' },
          { text: 'Saved' },
          { text: 'Status' },
          { text: 'Service name' },
          { text: <span className="govuk-visually-hidden">Actions</span> },
        ]}
        rows={versions.map((v, i) => {
          const tag = statusTag(v.status);
          return [
            { text: String(i + 1), format: 'numeric' },
            { text: formatDateTime(v.createdAt) },
            { text: <Tag text={tag.text} classes={tag.classes} /> },
            { text: serviceName(v.data, service.id) },
            {
              text: (
                <Link className="govuk-link" to={`${serviceHref(service.id)}/versions/${v.id}`}>
                  View<span className="govuk-visually-hidden"> version {i + 1}</span>
                </Link>
              ),
            },
          ];
        })}
      />
      {archivedServices.totalCount > versions.length ? (
        <p className="govuk-body">
          Showing the first {versions.length} of {archivedServices.totalCount} versions.
        </p>
      ) : null}
    </>
  );
}

function One({ data, versionId }: { data: Versions; versionId: string }) {
  const { service, archivedServices } = data;
  const index = archivedServices.nodes.findIndex((v) => v.id === versionId);
  const version = archivedServices.nodes[index];
  if (!version) return <PageNotFound />;
  const name = serviceName(service.data, service.id);
  const tag = statusTag(version.status);
  const answers: Answers = { ...(version.data as Answers), id: service.id, lotName: service.lot.name };
  return (
    <>
      <Title>{`Version ${index + 1} of ${name}`}</Title>
      <BackLink href={`${serviceHref(service.id)}/versions`} text="Back to the versions" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{name}</span>
          <h1 className="govuk-heading-l">Version {index + 1}</h1>
          <SummaryList
            attributes={{ 'data-testid': 'version-facts' }}
            rows={[
              { key: { text: 'Saved' }, value: { text: formatDateTime(version.createdAt) } },
              { key: { text: 'Status then' }, value: { text: <Tag text={tag.text} classes={tag.classes} /> } },
            ]}
          />
          <WithAdminForm service={service}>
            {(form) =>
              form ? (
                form.sections.map((section) => <SectionSummary key={section.slug} form={form} section={section} answers={answers} card={{ title: { text: section.name } }} />)
              ) : (
                <p className="govuk-body">The framework’s content does not describe this service’s questions.</p>
              )
            }
          </WithAdminForm>
        </div>
      </div>
    </>
  );
}

function Load({ id, versionId }: { id: string; versionId?: string }) {
  const { data, error } = useVersions(id);
  if (error && notThere(error)) return <PageNotFound />;
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  return versionId === undefined ? <List data={data} /> : <One data={data} versionId={versionId} />;
}

/** AD6: the archived versions of a service (a snapshot after each change), and one of them in the admin form's sections. */
export function ServiceVersionsPage() {
  const { id = '', versionId } = useParams();
  return (
    <RequireTask id="find-service">{() => (SERVICE_ID_PARAM.test(id) ? <Load key={`${id}/${versionId ?? ''}`} id={id} versionId={versionId} /> : <PageNotFound />)}</RequireTask>
  );
}
