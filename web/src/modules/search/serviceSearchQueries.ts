import type { ApolloClient } from '@apollo/client';
import { graphql } from '../../gql';
import { cleanState, pageOf, type SearchState } from './searchUrl';

export const SearchFiltersDocument = graphql(`
  query SearchFilters($kind: String!, $lot: String) {
    searchFilters(kind: $kind, lot: $lot) {
      frameworkName
      lot
      lots {
        slug
        name
      }
      groups {
        name
        slug
        filters {
          key
          options {
            value
            children {
              value
              children {
                value
              }
            }
          }
        }
      }
    }
  }
`);

export const ServiceSearchDocument = graphql(`
  query ServiceSearch($q: String, $lot: String, $filters: JSONObject, $page: Int) {
    serviceSearch(q: $q, lot: $lot, filters: $filters, page: $page) {
      total
      page
      lots {
        lot
        name
        count
      }
      categories {
        value
        label
        count
        selected
        children {
          value
          label
          count
          selected
        }
      }
      filterGroups {
        ...SearchFilterGroupFields
      }
      summary {
        text
        parts {
          text
          kind
        }
      }
      results {
        id
        serviceName
        supplierName
        lotName
        frameworkName
        serviceDescription
        highlight
      }
    }
  }
`);

/** The variables of the results query for a cleaned search state (the page and its preload must agree, or the preload is wasted). */
export function serviceSearchVariables(state: SearchState) {
  return { q: state.q || null, lot: state.lot, filters: state.filters, page: state.page };
}

const quietly = (p: Promise<unknown>) => void p.catch(() => undefined);

/**
 * Starts the search page's queries from its URL while its code is still loading. The page then asks
 * the same queries with the same variables and gets them from the cache, or joins the request in
 * flight (Apollo deduplicates identical queries), so nothing is fetched twice. Failures are left for
 * the page, which asks again and shows its own error.
 */
export function preloadServiceSearch(client: ApolloClient, url: URL): void {
  const params = url.searchParams;
  if (pageOf(params) === null) return;
  const lot = params.get('lot');
  const filterSet = client.query({ query: SearchFiltersDocument, variables: { kind: 'services', lot } });
  quietly(filterSet);
  // Without a lot or filters in the URL the cleaned state is known before the filter set arrives.
  const plain = [...params.keys()].every((k) => k === 'q' || k === 'page' || k === 'parentCategory');
  const results = plain
    ? Promise.resolve(cleanState(params, [], []))
    : filterSet.then(({ data }) =>
        data
          ? cleanState(
              params,
              data.searchFilters.lots.map((l) => l.slug),
              data.searchFilters.groups,
            )
          : null,
      );
  quietly(results.then((state) => (state ? client.query({ query: ServiceSearchDocument, variables: serviceSearchVariables(state) }) : undefined)));
}
