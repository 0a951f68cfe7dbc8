import { Link, useParams } from 'react-router';
import { Breadcrumbs, Flash, PageNotFound, ServiceProblem, SummaryList, Table, Tag, Title, formatDate } from '@dm/web/ui';
import type { OpportunityBuyersQuery } from '../../gql/graphql';
import { RequireTask } from '../../app/RequireTask';
import { BRIEF_STATUS, awardedResponses, canWithdraw, titleOf, useOpportunity } from './buyers';

const isNotFound = (error: unknown) =>
  (error as { errors?: Array<{ extensions?: { code?: unknown } }> } | undefined)?.errors?.some((e) => e.extensions?.code === 'NOT_FOUND') ?? false;

export type Opportunity = OpportunityBuyersQuery['brief'];

/** The opportunity's status, dates and buyers, and the administration that applies to its state. */
export function OpportunityDetails({ brief }: { brief: Opportunity }) {
  const title = titleOf(brief.data);
  const status = BRIEF_STATUS[brief.status];
  const buyers = brief.users ?? [];
  const awarded = awardedResponses(brief.responses);
  return (
    <>
      <Title>{`Buyers of ${title}`}</Title>
      <Breadcrumbs items={[{ text: 'Admin home', href: '/' }, { text: 'Buyers', href: '/buyers' }, { text: `Opportunity ${brief.id}` }]} />
      <Flash />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">Opportunity {brief.id}</span>
          <h1 className="govuk-heading-l">{title}</h1>
          <SummaryList
            attributes={{ 'data-testid': 'opportunity' }}
            rows={[
              { key: { text: 'Status' }, value: { text: <Tag text={status.label} classes={status.className} /> } },
              { key: { text: 'Framework' }, value: { text: brief.framework.name } },
              { key: { text: 'Lot' }, value: { text: brief.lot.name } },
              { key: { text: 'Created' }, value: { text: formatDate(brief.createdAt) } },
              { key: { text: 'Published' }, value: { text: brief.publishedAt ? formatDate(brief.publishedAt) : 'Not published' } },
              { key: { text: 'Applications close' }, value: { text: brief.applicationsClosedAt ? formatDate(brief.applicationsClosedAt) : 'Not set' } },
              ...(brief.withdrawnAt
                ? [
                    { key: { text: 'Withdrawn' }, value: { text: formatDate(brief.withdrawnAt) } },
                    { key: { text: 'Reason for withdrawal' }, value: { text: brief.withdrawnReason ?? '' } },
                  ]
                : []),
            ]}
          />
        </div>
      </div>
      <h2 className="govuk-heading-m">Buyers</h2>
      <Table
        caption="Buyers of this opportunity"
        captionClasses="govuk-visually-hidden"
        attributes={{ 'data-testid': 'buyers' }}
        head={[{ text: 'Name' }, { text: 'Email address' }, { text: 'Phone number' }]}
        rows={buyers.map((u) => [{ text: u.name }, { text: u.email }, { text: u.phoneNumber || 'Not given' }])}
      />
      {buyers.length ? null : <p className="govuk-body">This opportunity has no buyers.</p>}
      {awarded.length ? (
        <>
          <h2 className="govuk-heading-m">Contract award</h2>
          <Table
            caption="Awarded responses"
            captionClasses="govuk-visually-hidden"
            attributes={{ 'data-testid': 'awarded' }}
            head={[{ text: 'Supplier' }, { text: 'Award' }, { text: <span className="govuk-visually-hidden">Action</span> }]}
            rows={awarded.map((r) => [
              { text: r.supplier.name },
              { text: r.status === 'AWARDED' ? `Awarded${r.awardedAt ? ` on ${formatDate(r.awardedAt as string)}` : ''}` : 'Chosen, contract details not yet given' },
              {
                text: (
                  <Link className="govuk-link" to={`/buyers/opportunities/${brief.id}/responses/${r.id}/unaward`}>
                    Undo the award<span className="govuk-visually-hidden"> to {r.supplier.name}</span>
                  </Link>
                ),
              },
            ])}
          />
        </>
      ) : null}
      {canWithdraw(brief.status) ? (
        <>
          <h2 className="govuk-heading-m">Withdraw this opportunity</h2>
          <p className="govuk-body">Withdraw it if it was published in error or the buyer can no longer continue. Suppliers can no longer apply.</p>
          <Link className="govuk-button govuk-button--warning" role="button" draggable="false" to={`/buyers/opportunities/${brief.id}/withdraw`}>
            Withdraw opportunity
          </Link>
        </>
      ) : null}
      <p className="govuk-body">
        <Link className="govuk-link" to="/buyers">
          Find another opportunity
        </Link>
      </p>
    </>
  );
}

function Loaded({ id }: { id: string }) {
  const { data, error } = useOpportunity(id);
  if (error && !data) return isNotFound(error) ? <PageNotFound /> : <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  return <OpportunityDetails brief={data.brief} />;
}

/** AD14: an opportunity's details and buyers, with the DOS administration that applies to it. */
export function OpportunityBuyersPage() {
  const { id = '' } = useParams();
  return <RequireTask id="buyers">{() => (/^\d{1,9}$/.test(id) ? <Loaded id={id} /> : <PageNotFound />)}</RequireTask>;
}
