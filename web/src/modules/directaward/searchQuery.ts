/**
 * A saved search travels between the results page and the save pages as the results page's own
 * query string (`search_query=?lot=cloud-software&q=payroll`): the page, and the sub-category's
 * parent (display only), are not part of what is saved.
 */
export interface SavedSearchQuery {
  q?: string;
  lot?: string;
  filters?: Record<string, string[]>;
}

const NOT_SAVED = new Set(['page', 'parentCategory']);

/** The search a `search_query` value names; null when there is none. */
export function parseSearchQuery(raw: string | null): SavedSearchQuery | null {
  if (raw === null) return null;
  const params = new URLSearchParams(raw.startsWith('?') ? raw.slice(1) : raw);
  const query: SavedSearchQuery = {};
  const q = params.get('q')?.trim();
  if (q) query.q = q;
  const lot = params.get('lot');
  if (lot) query.lot = lot;
  const filters: Record<string, string[]> = {};
  for (const key of new Set(params.keys())) {
    if (key === 'q' || key === 'lot' || NOT_SAVED.has(key)) continue;
    filters[key] = [...new Set(params.getAll(key))];
  }
  if (Object.keys(filters).length) query.filters = filters;
  return query;
}

/** The query string of a saved search, as the results page reads it ("" for every service). */
export function searchQueryString(query: SavedSearchQuery | Record<string, unknown> | null | undefined): string {
  const p = new URLSearchParams();
  const { q, lot, filters } = (query ?? {}) as SavedSearchQuery;
  if (typeof q === 'string' && q) p.set('q', q);
  if (typeof lot === 'string' && lot) p.set('lot', lot);
  for (const [key, values] of Object.entries(filters ?? {})) if (Array.isArray(values)) for (const v of values) p.append(key, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The variables of the results query for a saved search (to count what it finds now). */
export const searchVariables = (query: SavedSearchQuery | Record<string, unknown> | null | undefined) => {
  const { q, lot, filters } = (query ?? {}) as SavedSearchQuery;
  return { q: q || null, lot: lot || null, filters: filters ?? {}, page: 1 };
};
