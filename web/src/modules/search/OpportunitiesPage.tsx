import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { graphql } from '../../gql';
import type { OpportunitySearchQuery } from '../../gql/graphql';
import { FilterGroups, KeywordSearch, Pagination, ResultsChangedNotice, ResultsCount, SearchSummary, useResultsChanged, PAGE_SIZE } from './SearchParts';
import { SearchFiltersDocument } from './serviceSearchQueries';
import { cleanState, pageOf, toParams, type SearchState } from './searchUrl';

export const OpportunitySearchDocument = graphql(`
  query OpportunitySearch($q: String, $lots: [String!], $filters: JSONObject, $page: Int) {
    opportunitySearch(q: $q, lots: $lots, filters: $filters, page: $page) {
      total
      lots {
        lot
        name
        count
      }
      filterGroups {
        ...SearchFilterGroupFields
      }
      summary {
        parts {
          text
          kind
        }
      }
      results {
        id
        title
        status
        organisation
        location
        lotName
        publishedAt
        applicationsClosedAt
        highlight
      }
    }
  }
`);

export const OPPORTUNITIES_PATH = '/digital-outcomes-and-specialists/opportunities';
const dateFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const CLOSED: Record<string, string> = {
  awarded: 'Closed: awarded',
  cancelled: 'Closed: cancelled',
  closed: 'Closed: awaiting outcome',
  unsuccessful: 'Closed: no suitable suppliers',
  withdrawn: 'Withdrawn',
};
const fingerprint = (d: OpportunitySearchQuery) => JSON.stringify([d.opportunitySearch.total, d.opportunitySearch.results.map((r) => [r.id, r.title, r.status])]);

export function OpportunitiesPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const filterSet = useQuery(SearchFiltersDocument, { variables: { kind: 'opportunities', lot: params.get('lot') } });
  const set = filterSet.data?.searchFilters;
  const state = set
    ? cleanState(
        params,
        set.lots.map((l) => l.slug),
        set.groups,
      )
    : null;
  const variables = state ? { q: state.q || null, lots: state.lot ? [state.lot] : null, filters: state.filters, page: state.page } : undefined;
  const search = useQuery(OpportunitySearchDocument, { variables, skip: !variables });
  // While a change's results load, the last ones stay on screen (and the focus on the filter changed).
  const latest = search.data?.opportunitySearch;
  const found = latest ?? search.previousData?.opportunitySearch;
  const shown = found && !search.loading ? fingerprint(search.data!) : null;
  const changed = useResultsChanged<OpportunitySearchQuery>(OpportunitySearchDocument, variables ?? {}, shown, fingerprint, 'brief');
  useEffect(() => {
    document.title = 'Digital Outcomes and Specialists opportunities – Digital Marketplace';
  }, []);

  if (pageOf(params) === null) return <PageNotFound />;
  if (filterSet.error || search.error) return <ServiceProblem />;
  if (!state || !set) return <p className="govuk-body">Loading…</p>;
  if (latest && state.page > Math.max(1, Math.ceil(latest.total / PAGE_SIZE))) return <PageNotFound />;
  const go = (next: SearchState) => void navigate(`${OPPORTUNITIES_PATH}${toParams(next)}`);

  return (
    <>
      <Breadcrumbs items={[{ label: 'Supplier opportunities' }]} />
      <h1 className="govuk-heading-xl">Digital Outcomes and Specialists opportunities</h1>
      <KeywordSearch state={state} onSearch={go} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third" role="search" aria-label="Search filters">
          <nav aria-labelledby="lots-heading" data-testid="lot-list">
            <h2 className="govuk-heading-s" id="lots-heading">
              Choose a category
            </h2>
            <ul className="govuk-list">
              <li>
                {state.lot ? (
                  <Link className="govuk-link" to={`${OPPORTUNITIES_PATH}${toParams({ q: state.q })}`}>
                    All categories
                  </Link>
                ) : (
                  <strong aria-current="page">All categories</strong>
                )}
              </li>
              {(found?.lots ?? []).map((l) => (
                <li key={l.lot} className="govuk-!-margin-left-3">
                  {state.lot === l.lot ? (
                    <strong aria-current="page">{l.name}</strong>
                  ) : l.count ? (
                    <Link
                      className="govuk-link"
                      to={`${OPPORTUNITIES_PATH}${toParams({ ...state, lot: l.lot, page: 1, filters: Object.fromEntries(Object.entries(state.filters).filter(([k]) => k !== 'specialistRole')) })}`}
                    >
                      {l.name}
                    </Link>
                  ) : (
                    <span>{l.name}</span>
                  )}{' '}
                  ({l.count})
                </li>
              ))}
            </ul>
          </nav>
          <h2 className="govuk-heading-s">Apply filters</h2>
          <p className="govuk-body">
            <Link className="govuk-link" to={`${OPPORTUNITIES_PATH}${toParams({ q: state.q, lot: state.lot })}`}>
              Clear filters
            </Link>
          </p>
          {found ? <FilterGroups groups={found.filterGroups} state={state} onChange={go} /> : null}
        </div>
        <div className="govuk-grid-column-two-thirds" aria-label="Search results" role="region">
          <ResultsCount total={found ? found.total : null} />
          {changed ? <ResultsChangedNotice onRefresh={() => void search.refetch()} /> : null}
          {!found ? (
            <p className="govuk-body">Searching…</p>
          ) : (
            <>
              <SearchSummary parts={found.summary.parts} />
              <ul className="govuk-list" data-testid="search-results">
                {found.results.map((r) => (
                  <li key={r.id} className="govuk-!-margin-bottom-6">
                    <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
                      <Link className="govuk-link" to={`${OPPORTUNITIES_PATH}/${r.id}`}>
                        {r.title}
                      </Link>
                    </h2>
                    <p className="govuk-body govuk-!-margin-bottom-1">{[r.organisation, r.location].filter(Boolean).join(' · ')}</p>
                    <p className="govuk-body-s govuk-!-margin-bottom-1">{r.lotName}</p>
                    <p className="govuk-body-s govuk-!-margin-bottom-1" data-testid="opportunity-status">
                      {r.status === 'live'
                        ? `Published: ${r.publishedAt ? dateFormat.format(new Date(r.publishedAt)) : ''} · Closing: ${r.applicationsClosedAt ? dateFormat.format(new Date(r.applicationsClosedAt)) : ''}`
                        : (CLOSED[r.status] ?? r.status)}
                    </p>
                    {r.highlight ? <p className="govuk-body" dangerouslySetInnerHTML={{ __html: r.highlight }} /> : null}
                  </li>
                ))}
              </ul>
              <Pagination state={state} total={found.total} path={OPPORTUNITIES_PATH} />
            </>
          )}
        </div>
      </div>
    </>
  );
}
