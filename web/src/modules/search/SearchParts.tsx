import { useApolloClient, useSubscription } from '@apollo/client/react';
import type { DocumentNode } from 'graphql';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { toParams, toggleFilter, type SearchState } from './searchUrl';

export interface SummaryPart {
  text: string;
  kind: string;
}

/** "12 results found containing backup in Cloud hosting …": counts, keywords and values in bold. */
export function SearchSummary({ parts }: { parts: SummaryPart[] }) {
  return (
    <p className="govuk-body app-search-summary" data-testid="search-summary">
      {parts.map((p, i) =>
        p.kind === 'count' ? (
          <span key={i} className="app-search-summary__count govuk-!-font-weight-bold">
            {p.text}
          </span>
        ) : p.kind === 'strong' ? (
          <strong key={i}>{p.text}</strong>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}

/** A filter group as both search pages show it (spread into their queries). */
export const SearchFilterGroupFields = graphql(`
  fragment SearchFilterGroupFields on SearchFilterGroup {
    name
    filters {
      key
      label
      options {
        value
        label
        selected
      }
    }
  }
`);

export const PAGE_SIZE = 30;

/** The keyword box: submitting starts the search again from the first page with the new words. */
export function KeywordSearch({ state, onSearch }: { state: SearchState; onSearch: (next: SearchState) => void }) {
  return (
    <form
      role="search"
      aria-label="Keywords"
      className="govuk-!-margin-bottom-6"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch({ ...state, q: String(new FormData(e.currentTarget).get('q') ?? '').trim(), page: 1 });
      }}
    >
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="keywords">
          Keyword search
        </label>
        <div className="govuk-input__wrapper">
          <input className="govuk-input govuk-!-width-two-thirds" id="keywords" name="q" type="search" key={state.q} defaultValue={state.q} maxLength={500} />
          <button type="submit" className="govuk-button govuk-!-margin-bottom-0 govuk-!-margin-left-2">
            Search
          </button>
        </div>
      </div>
    </form>
  );
}

/** Announces the number of results to screen readers whenever it changes. */
export function ResultsCount({ total }: { total: number | null }) {
  return (
    <p id="search-results-count" className="govuk-visually-hidden" aria-live="polite">
      {total === null ? '' : `${total} ${total === 1 ? 'result' : 'results'} found`}
    </p>
  );
}

/** Previous / next links with "n of m" labels (no numbered pages), as the original. */
export function Pagination({ state, total, path }: { state: SearchState; total: number; path: string }) {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages <= 1) return null;
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label="Results pages">
      {state.page > 1 ? (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={`${path}${toParams({ ...state, page: Math.min(state.page - 1, pages) })}`} rel="prev">
            <span className="govuk-pagination__link-title">Previous page</span>
            <span className="govuk-visually-hidden">:</span>
            <span className="govuk-pagination__link-label">
              {Math.min(state.page - 1, pages)} of {pages}
            </span>
          </Link>
        </div>
      ) : null}
      {state.page < pages ? (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" to={`${path}${toParams({ ...state, page: state.page + 1 })}`} rel="next">
            <span className="govuk-pagination__link-title">Next page</span>
            <span className="govuk-visually-hidden">:</span>
            <span className="govuk-pagination__link-label">
              {state.page + 1} of {pages}
            </span>
          </Link>
        </div>
      ) : null}
    </nav>
  );
}

export interface FilterOptionView {
  value: string;
  label: string;
  selected: boolean;
}

export interface FilterGroupView {
  name: string;
  filters: Array<{ key: string; label: string; options: FilterOptionView[] }>;
}

/** Values compare as the API matches them: letters and digits only, lower case. */
const normalised = (v: string) => v.toLowerCase().replace(/[\W_]+/g, '');

/**
 * Whether the URL chooses this value. The boxes follow the URL, not the last answer: while the
 * results of a change load, the box just ticked stays ticked.
 */
const isChosen = (state: SearchState, key: string, value: string) => (state.filters[key] ?? []).some((v) => normalised(v) === normalised(value));

/**
 * Filter groups as collapsible panels of checkboxes; each change is a new URL (so back undoes it).
 * A panel with a chosen value opens; one the reader opened, or changed a box in, stays open when its
 * last box is unticked (closing it would hide the box that has the focus).
 */
export function FilterGroups({
  state,
  onChange,
  ...props
}: {
  groups: Array<FragmentType<typeof SearchFilterGroupFields>>;
  state: SearchState;
  onChange: (next: SearchState) => void;
}) {
  const groups: readonly FilterGroupView[] = getFragmentData(SearchFilterGroupFields, props.groups);
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set());
  const toggled = (name: string, open: boolean) => setOpened((prev) => (prev.has(name) === open ? prev : new Set(open ? [...prev, name] : [...prev].filter((n) => n !== name))));
  return (
    <>
      {groups.map((g) => {
        const chosen = g.filters.reduce((n, f) => n + f.options.filter((o) => isChosen(state, f.key, o.value)).length, 0);
        return (
          <details
            key={g.name}
            className="govuk-details govuk-!-margin-bottom-3"
            open={chosen > 0 || opened.has(g.name) ? true : undefined}
            onToggle={(e) => toggled(g.name, e.currentTarget.open)}
          >
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">
                {g.name}
                {chosen ? <span className="govuk-visually-hidden">, {chosen} selected</span> : null}
              </span>
            </summary>
            <div className="govuk-details__text">
              <fieldset className="govuk-fieldset">
                <legend className="govuk-visually-hidden">{g.name}</legend>
                <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                  {g.filters.flatMap((f) =>
                    f.options.map((o) => {
                      const id = `${f.key}-${o.value}`.replace(/[^A-Za-z0-9_-]/g, '-');
                      return (
                        <div key={id} className="govuk-checkboxes__item">
                          <input
                            className="govuk-checkboxes__input"
                            id={id}
                            name={f.key}
                            type="checkbox"
                            value={o.value}
                            checked={isChosen(state, f.key, o.value)}
                            aria-controls="search-results-count"
                            onChange={(e) => {
                              // The reader is working in this panel: it stays open when its last box is unticked,
                              // whether or not the browser has reported its opening yet.
                              toggled(g.name, true);
                              onChange(toggleFilter(state, f.key, o.value, e.target.checked));
                            }}
                          />
                          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                            {o.label}
                          </label>
                        </div>
                      );
                    }),
                  )}
                </div>
              </fieldset>
            </div>
          </details>
        );
      })}
    </>
  );
}

const IndexUpdatesDocument = graphql(`
  subscription SearchIndexChanges($index: String, $objectType: String) {
    searchIndexUpdates(index: $index, objectType: $objectType) {
      objectId
      action
      version
    }
  }
`);

/**
 * Tells the reader when the results on screen have changed: on every index update of the kind
 * shown, the same search is asked again quietly (outside the cache, so the screen does not change
 * under the reader) and compared with what is on screen.
 */
export function useResultsChanged<T>(query: DocumentNode, variables: Record<string, unknown>, shown: string | null, fingerprint: (data: T) => string, objectType: string): boolean {
  const client = useApolloClient();
  // The results (fingerprint) found to be out of date; a notice only while they are still on screen.
  const [staleResults, setStaleResults] = useState<string | null>(null);
  const latest = useRef({ variables, shown });
  useEffect(() => {
    latest.current = { variables, shown };
  });
  useSubscription(IndexUpdatesDocument, {
    variables: { objectType },
    skip: shown === null,
    onData: () => {
      const { variables: v, shown: s } = latest.current;
      void client
        .query<T>({ query, variables: v, fetchPolicy: 'no-cache' })
        .then((res) => {
          if (res.data && s !== null && fingerprint(res.data as T) !== s) setStaleResults(s);
        })
        .catch(() => undefined);
    },
  });
  return staleResults !== null && staleResults === shown;
}

export function ResultsChangedNotice({ onRefresh }: { onRefresh: () => void }) {
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="results-changed-title" data-testid="results-changed">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="results-changed-title">
          Important
        </h2>
      </div>
      <div className="govuk-notification-banner__content" role="status">
        <p className="govuk-notification-banner__heading">These results have changed since the page was loaded.</p>
        <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={onRefresh}>
          Show the latest results
        </button>
      </div>
    </div>
  );
}
