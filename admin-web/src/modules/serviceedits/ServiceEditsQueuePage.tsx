import { useState } from 'react';
import { Link } from 'react-router';
import { Breadcrumbs, Button, Flash, ServiceProblem, Table, Title, formatDateTime } from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import { serviceName, useServiceEditsQueue } from './queries';

function Queue() {
  const [cursors, setCursors] = useState<string[]>([]);
  const after = cursors[cursors.length - 1];
  const { data, error } = useServiceEditsQueue(after);
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const { nodes, totalCount, pageInfo } = data.serviceUpdatesToReview;
  if (!totalCount)
    return (
      <p className="govuk-body" data-testid="no-service-edits">
        There are no service edits to review.
      </p>
    );
  return (
    <>
      <p className="govuk-body" data-testid="service-edits-count">
        {totalCount === 1 ? '1 service has' : `${totalCount} services have`} edits to review. The oldest is first.
      </p>
      <Table
        caption="Services with edits to review"
        captionClasses="govuk-visually-hidden"
        attributes={{ 'data-testid': 'service-edits' }}
        head={[{ text: 'Supplier' }, { text: 'Service' }, { text: 'First edited' }, { text: <span className="govuk-visually-hidden">Action</span> }]}
        rows={nodes.map((e) => {
          const id = e.service?.id ?? e.objectId ?? '';
          const name = serviceName(e.service?.data, id);
          return [
            { text: e.service?.supplier.name ?? String((e.data as Record<string, unknown>).supplierName ?? '') },
            {
              text: (
                <>
                  {name}
                  <br />
                  <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-0">{id}</span>
                </>
              ),
            },
            { text: formatDateTime(e.createdAt) },
            {
              text: (
                <Link className="govuk-link" to={`/service-edits/${id}`}>
                  View changes<span className="govuk-visually-hidden"> to {name}</span>
                </Link>
              ),
            },
          ];
        })}
      />
      <div className="govuk-button-group">
        {cursors.length ? <Button type="button" classes="govuk-button--secondary" text="Previous page" onClick={() => setCursors(cursors.slice(0, -1))} /> : null}
        {pageInfo.hasNextPage && pageInfo.endCursor ? (
          <Button type="button" classes="govuk-button--secondary" text="Next page" onClick={() => setCursors([...cursors, pageInfo.endCursor!])} />
        ) : null}
      </div>
    </>
  );
}

/** AD7: the services whose supplier edits a category admin has not reviewed yet, oldest edit first. */
export function ServiceEditsQueuePage() {
  return (
    <RequireTask id="service-edits">
      {() => (
        <>
          <Title>Review service changes</Title>
          <Breadcrumbs items={[{ text: 'Admin home', href: '/' }, { text: 'Review service changes' }]} />
          <Flash />
          <h1 className="govuk-heading-l">Review service changes</h1>
          <p className="govuk-body">Suppliers’ changes to their live services show to buyers at once. Check each one and approve it, or take it up with the supplier.</p>
          <Queue />
        </>
      )}
    </RequireTask>
  );
}
