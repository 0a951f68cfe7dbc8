import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import type { ServiceSearchQuery } from '../../gql/graphql';
import { FilterGroups, KeywordSearch, Pagination, ResultsChangedNotice, ResultsCount, SearchSummary, useResultsChanged, PAGE_SIZE } from './SearchParts';
import { cleanState, pageOf, toParams, type SearchState } from './searchUrl';
import { SearchFiltersDocument, ServiceSearchDocument, serviceSearchVariables } from './serviceSearchQueries';
import { saveSearchHref } from '../directaward/paths';
import { Button } from '../../ui/govuk/Button';

export { SearchFiltersDocument, ServiceSearchDocument };

const PATH = '/g-cloud/search';
type Found = ServiceSearchQuery['serviceSearch'];
const fingerprint = (d: ServiceSearchQuery) =>
  JSON.stringify([d.serviceSearch.total, d.serviceSearch.results.map((r) => [r.id, r.serviceName, r.supplierName, r.serviceDescription])]);

/** Lots → categories → sub-categories, with counts; the chosen node in bold, zero counts as plain text. */
function CategoryTree({ found, state }: { found: Found; state: SearchState }) {
  const link = (next: Partial<SearchState>) =>
    `${PATH}${toParams({ q: state.q, filters: Object.fromEntries(Object.entries(state.filters).filter(([k]) => k !== 'serviceCategories')), ...next })}`;
  const chosenCategory = state.filters.serviceCategories?.[0];
  const lots = state.lot ? found.lots.filter((l) => l.lot === state.lot) : found.lots;
  const node = (label: string, count: number | null, to: string | null, current: boolean) => (
    <>
      {current ? (
        <strong aria-current="page">{label}</strong>
      ) : to && count !== 0 ? (
        <Link className="govuk-link" to={to}>
          {label}
        </Link>
      ) : (
        <span>{label}</span>
      )}
      {count !== null ? ` (${count})` : ''}
    </>
  );
  return (
    <nav aria-labelledby="categories-heading" data-testid="category-tree">
      <h2 className="govuk-heading-s" id="categories-heading">
        Choose a category
      </h2>
      <ul className="govuk-list">
        <li>
          {node('All categories', null, state.lot ? `${PATH}${toParams({ q: state.q })}` : null, !state.lot)}
          <ul className="govuk-list govuk-!-margin-left-3">
            {lots.map((l) => (
              <li key={l.lot}>
                {node(l.name ?? l.lot, l.count, link({ lot: l.lot, filters: state.lot === l.lot ? cleanFiltersFor(state) : {} }), state.lot === l.lot && !chosenCategory)}
                {state.lot === l.lot && found.categories.length ? (
                  <ul className="govuk-list govuk-!-margin-left-3">
                    {found.categories
                      .filter((c) => !chosenCategory || c.selected || c.children.some((x) => x.selected) || !found.categories.some((o) => o.selected && o.children.length))
                      .map((c) => (
                        <li key={c.value}>
                          {node(c.label, c.count, link({ lot: l.lot, filters: { ...cleanFiltersFor(state), serviceCategories: [c.value] } }), c.selected)}
                          {(c.selected || c.children.some((x) => x.selected)) && c.children.length ? (
                            <ul className="govuk-list govuk-!-margin-left-3">
                              {c.children.map((x) => (
                                <li key={x.value}>
                                  {node(
                                    x.label,
                                    x.count,
                                    link({ lot: l.lot, parentCategory: c.value, filters: { ...cleanFiltersFor(state), serviceCategories: [x.value] } }),
                                    x.selected && (!state.parentCategory || state.parentCategory === c.value),
                                  )}
                                </li>
                              ))}
                            </ul>
                          ) : null}
                        </li>
                      ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </li>
      </ul>
    </nav>
  );
}

/** The filters of the state without the category (tree links set it themselves). */
function cleanFiltersFor(state: SearchState): Record<string, string[]> {
  return Object.fromEntries(Object.entries(state.filters).filter(([k]) => k !== 'serviceCategories'));
}

export function ServiceSearchPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const requestedLot = params.get('lot');
  const filterSet = useQuery(SearchFiltersDocument, { variables: { kind: 'services', lot: requestedLot } });
  const set = filterSet.data?.searchFilters;
  const state = set
    ? cleanState(
        params,
        set.lots.map((l) => l.slug),
        set.groups,
      )
    : null;
  const variables = state ? serviceSearchVariables(state) : undefined;
  const search = useQuery(ServiceSearchDocument, { variables, skip: !variables });
  // While a change's results load, the last ones stay on screen: the filters are not unmounted, so
  // the box just ticked (or the link just followed) keeps the keyboard focus.
  const latest = search.data?.serviceSearch;
  const found = latest ?? search.previousData?.serviceSearch;
  const shown = found && !search.loading ? fingerprint(search.data!) : null;
  const changed = useResultsChanged<ServiceSearchQuery>(ServiceSearchDocument, variables ?? {}, shown, fingerprint, 'service');
  useEffect(() => {
    document.title = 'Search results – Digital Marketplace';
  }, []);

  if (pageOf(params) === null) return <PageNotFound />;
  if (filterSet.error || search.error) return <ServiceProblem />;
  if (!state || !set) return <p className="govuk-body">Loading…</p>;
  if (latest && state.page > Math.max(1, Math.ceil(latest.total / PAGE_SIZE))) return <PageNotFound />;
  const go = (next: SearchState) => void navigate(`${PATH}${toParams(next)}`);
  const lotName = set.lots.find((l) => l.slug === state.lot)?.name;

  return (
    <>
      <Breadcrumbs items={[{ label: 'Cloud hosting, software and support', to: PATH }, ...(lotName ? [{ label: lotName }] : [])]} />
      <h1 className="govuk-heading-xl">Search results</h1>
      <KeywordSearch state={state} onSearch={go} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third" role="search" aria-label="Search filters">
          {found ? <CategoryTree found={found} state={state} /> : null}
          <h2 className="govuk-heading-s">Apply filters</h2>
          <p className="govuk-body">
            <Link
              className="govuk-link"
              to={`${PATH}${toParams({ q: state.q, lot: state.lot, parentCategory: state.parentCategory, filters: state.filters.serviceCategories ? { serviceCategories: state.filters.serviceCategories } : {} })}`}
            >
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
              {/* Direct award (§5.3): the cleaned search, without the page, goes to the save page; visitors sign in first and come back. */}
              <Button href={saveSearchHref(toParams({ q: state.q, lot: state.lot, filters: state.filters }))} text="Save your search" classes="govuk-button--secondary" />
              {found.total === 0 ? (
                <>
                  <p className="govuk-body">Improve your search results by:</p>
                  <ul className="govuk-list govuk-list--bullet">
                    <li>removing filters</li>
                    <li>choosing a different category</li>
                    <li>double-checking your spelling</li>
                    <li>using fewer keywords</li>
                    <li>searching for something less specific</li>
                  </ul>
                </>
              ) : (
                <ul className="govuk-list" data-testid="search-results">
                  {found.results.map((r) => (
                    <li key={r.id} className="govuk-!-margin-bottom-6">
                      <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
                        <Link className="govuk-link" to={`/g-cloud/services/${r.id}`}>
                          {r.serviceName}
                        </Link>
                      </h2>
                      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{r.supplierName}</p>
                      {/* The API escapes everything in a highlight but the <mark> elements. */}
                      {r.highlight ? (
                        <p className="govuk-body govuk-!-margin-bottom-1" dangerouslySetInnerHTML={{ __html: r.highlight }} />
                      ) : (
                        <p className="govuk-body govuk-!-margin-bottom-1">{r.serviceDescription}</p>
                      )}
                      <p className="govuk-body-s govuk-!-margin-bottom-0">
                        {r.lotName} · {r.frameworkName}
                      </p>
                    </li>
                  ))}
                </ul>
              )}
              <Pagination state={state} total={found.total} path={PATH} />
            </>
          )}
        </div>
      </div>
    </>
  );
}
