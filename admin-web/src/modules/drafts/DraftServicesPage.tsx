import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import type { SupplierFrameworkDraftsQuery } from '../../gql/graphql';
import { useParams } from 'react-router';
import { Breadcrumbs, isNotThere, PageNotFound, ServiceProblem, Table, Tag, Title, formatDate, type Viewer } from '@dm/web/ui';
import { NotAllowedPage, RequireTask } from '../../app/RequireTask';
import { SupplierApplicationsForDraftsDocument, SupplierFrameworkDraftsDocument, VIEWS_DRAFT_SERVICES, draftFrameworkStatuses, draftName, unansweredCount } from './drafts';

const refused = isNotThere;

function FrameworkDrafts({ supplierId, framework }: { supplierId: string; framework: { slug: string; name: string } }) {
  const { data, error } = useQuery(SupplierFrameworkDraftsDocument, { variables: { frameworkSlug: framework.slug, supplierId }, fetchPolicy: 'cache-and-network' });
  const heading = (
    <h2 className="govuk-heading-m" id={`drafts-${framework.slug}`}>
      {framework.name}
    </h2>
  );
  if (error && !data)
    return (
      <>
        {heading}
        <p className="govuk-body">Sorry, the draft services for this framework could not be loaded. Try again later.</p>
      </>
    );
  if (!data) return heading;
  const { nodes, totalCount } = data.frameworkDraftServices;
  return <DraftsTable framework={framework} nodes={nodes} totalCount={totalCount} heading={heading} />;
}

const STATUS: Record<string, { text: string; classes: string }> = {
  SUBMITTED: { text: 'Complete', classes: 'govuk-tag--green' },
  NOT_SUBMITTED: { text: 'In progress', classes: 'govuk-tag--yellow' },
  FAILED: { text: 'Lot not awarded', classes: 'govuk-tag--grey' },
};

export type Draft = SupplierFrameworkDraftsQuery['frameworkDraftServices']['nodes'][number];

/** One framework's drafts: created, id, lot, name, status and the count of required questions still unanswered. */
export function DraftsTable({
  framework,
  nodes,
  totalCount,
  heading,
}: {
  framework: { slug: string; name: string };
  nodes: readonly Draft[];
  totalCount: number;
  heading: ReactNode;
}) {
  return (
    <section aria-labelledby={`drafts-${framework.slug}`} data-testid={`drafts-${framework.slug}`}>
      {heading}
      {nodes.length ? (
        <>
          {totalCount > nodes.length ? (
            <p className="govuk-body">
              The newest {nodes.length} of {totalCount} draft services.
            </p>
          ) : null}
          <Table
            caption={`Draft services for ${framework.name}`}
            captionClasses="govuk-visually-hidden"
            head={[
              { text: 'Created' },
              { text: 'ID' },
              { text: 'Lot' },
              { text: 'Service name' },
              { text: 'Status' },
              { text: 'Unanswered required questions', format: 'numeric' },
            ]}
            rows={nodes.map((d) => {
              const answers = d.data as Record<string, unknown>;
              const name = draftName(answers);
              return [
                { text: formatDate(d.createdAt) },
                { text: d.id },
                { text: d.lot.name },
                { text: name ?? <span className="govuk-hint govuk-!-margin-0">No name yet</span> },
                { text: <Tag {...(STATUS[d.status] ?? STATUS.NOT_SUBMITTED!)} /> },
                { text: String(unansweredCount(answers, d.missingAnswers as Record<string, unknown>)), format: 'numeric' },
              ];
            })}
          />
        </>
      ) : (
        <p className="govuk-body">No draft services.</p>
      )}
    </section>
  );
}

function Loaded({ viewer }: { viewer: Viewer }) {
  const { id = '' } = useParams();
  const { data, error } = useQuery(SupplierApplicationsForDraftsDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (error && refused(error)) return <PageNotFound />;
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const s = data.supplier;
  const statuses = draftFrameworkStatuses(viewer.role);
  const frameworks = (s.frameworkApplications ?? []).map((a) => a.framework).filter((f) => statuses.includes(f.status));
  return (
    <>
      <Title>{`Draft services – ${s.name}`}</Title>
      <Breadcrumbs
        items={[{ text: 'Admin home', href: '/' }, { text: 'Find a supplier', href: '/suppliers' }, { text: s.name, href: `/suppliers/${s.id}` }, { text: 'Draft services' }]}
      />
      <span className="govuk-caption-l">{s.name}</span>
      <h1 className="govuk-heading-l">Draft services</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            The services this supplier started when applying to each framework, newest first, with how many required questions each still has no answer to.
          </p>
        </div>
      </div>
      {frameworks.length ? (
        [...frameworks].reverse().map((f) => <FrameworkDrafts key={f.slug} supplierId={s.id} framework={f} />)
      ) : (
        <p className="govuk-body">This supplier has not applied to any framework you can see drafts for.</p>
      )}
    </>
  );
}

/** AD8: a supplier's draft services per framework (framework managers and sourcing). */
export function DraftServicesPage() {
  return <RequireTask id="suppliers">{(viewer) => (VIEWS_DRAFT_SERVICES.includes(viewer.role) ? <Loaded viewer={viewer} /> : <NotAllowedPage />)}</RequireTask>;
}
