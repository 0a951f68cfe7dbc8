/**
 * Search state lives in the URL (links, back and refresh work): `q`, `lot`, `page`, and each filter
 * as its key repeated once per value (`?lot=cloud-software&serviceCategories=payroll&phoneSupport=true`).
 * Before asking the API, a URL is cleaned as the original did: only values the current lot offers
 * survive; anything else (old links, typos) is dropped rather than refused.
 */
export interface FilterOptionDef {
  value: string;
  children?: FilterOptionDef[] | null;
}

export interface FilterDef {
  key: string;
  options: FilterOptionDef[];
}

export interface FilterGroupDef {
  slug?: string | null;
  filters: FilterDef[];
}

export interface SearchState {
  q: string;
  lot: string | null;
  page: number;
  filters: Record<string, string[]>;
  /** The parent of a chosen sub-category (a sub-category can sit under several parents). */
  parentCategory: string | null;
}

const RESERVED = new Set(['q', 'lot', 'page', 'parentCategory']);

/** The page number, or null when it is not a positive whole number (a 404, as the original). */
export function pageOf(params: URLSearchParams): number | null {
  const raw = params.get('page');
  if (raw === null) return 1;
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null;
}

const allValues = (options: FilterOptionDef[]): string[] => options.flatMap((o) => [o.value, ...allValues(o.children ?? [])]);

/** Keeps only the lot if valid and the filter values the groups offer. */
export function cleanState(params: URLSearchParams, lots: string[], groups: FilterGroupDef[]): SearchState {
  const lot = params.get('lot');
  const offered = new Map(groups.flatMap((g) => g.filters).map((f) => [f.key, new Set(allValues(f.options))]));
  const filters: Record<string, string[]> = {};
  for (const key of new Set(params.keys())) {
    if (RESERVED.has(key)) continue;
    const values = params.getAll(key).filter((v) => offered.get(key)?.has(v));
    if (values.length) filters[key] = [...new Set(values)];
  }
  return { q: (params.get('q') ?? '').trim(), lot: lot && lots.includes(lot) ? lot : null, page: pageOf(params) ?? 1, filters, parentCategory: params.get('parentCategory') };
}

/** The query string of a state (no page when it is the first). */
export function toParams(state: Partial<SearchState>): string {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  if (state.lot) p.set('lot', state.lot);
  if (state.parentCategory) p.set('parentCategory', state.parentCategory);
  for (const [key, values] of Object.entries(state.filters ?? {})) for (const v of values) p.append(key, v);
  if (state.page && state.page > 1) p.set('page', String(state.page));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The same search with one filter value added or removed, from the first page. */
export function toggleFilter(state: SearchState, key: string, value: string, on: boolean): SearchState {
  const current = state.filters[key] ?? [];
  const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  const filters = { ...state.filters };
  if (next.length) filters[key] = next;
  else delete filters[key];
  return { ...state, filters, page: 1 };
}
