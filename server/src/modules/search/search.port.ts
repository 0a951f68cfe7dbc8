import { createHash } from 'node:crypto';
import { badInput } from '../../app/errors.js';
import type { ServiceSearchQuery } from '../../app/search-port.js';

/** The search port and its types live in app/ (every context carries the adapter); the module's files import them from here. */
export type { IndexUpdate, OpportunityQuery, SearchHit, SearchIndex, SearchPage, ServiceSearchQuery, ServiceSearchResult, VersionedUpdate } from '../../app/search-port.js';

/** Results per page, as the original (dm-search §3.5). */
export const PAGE_SIZE = 30;

/**
 * Highlight marks as engines return them: two private-use characters that text never contains (and
 * that, unlike control characters, no engine trims from the ends of a passage).
 */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

/** Escapes everything but the highlight marks, which become <mark>…</mark>. */
export function safeHighlight(raw: string): string {
  const escaped = raw.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  return escaped.split(MARK_START).join('<mark>').split(MARK_END).join('</mark>');
}

const KEY = /^[A-Za-z][A-Za-z0-9]{0,99}$/;

/** A query as the API accepts it: trimmed keywords, a lot slug, filter keys that are question ids. */
export function cleanSearchQuery(raw: ServiceSearchQuery): ServiceSearchQuery {
  // Control characters (which Postgres text cannot hold) and our highlight marks are not search words.
  // eslint-disable-next-line no-control-regex
  const q = raw.q?.replace(/[\u0000-\u001f\u007f\uE000\uE001]/g, ' ').trim().replace(/\s+/g, ' ') ?? '';
  if (q.length > 500) throw badInput('Search for 500 characters or fewer', { q: 'Search for 500 characters or fewer' });
  if (raw.lot !== undefined && raw.lot !== null && !/^[\w-]{1,100}$/.test(raw.lot)) throw badInput('Choose a category', { lot: 'Choose a category' });
  const filters: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(raw.filters ?? {})) {
    if (!KEY.test(key) || !Array.isArray(values) || values.some((v) => typeof v !== 'string' || v.length > 200)) throw badInput(`Filter ${key} is not valid`, { [`filters.${key}`]: 'Choose from the filter options' });
    if (values.length) filters[key] = [...new Set(values)].sort();
  }
  return { ...(q ? { q } : {}), ...(raw.lot ? { lot: raw.lot } : {}), ...(Object.keys(filters).length ? { filters } : {}) };
}

/** Filter values compared ignoring case, spacing and punctuation. */
export const normaliseFilterValue = (v: string) => v.toLowerCase().replace(/[\W_]+/g, '');

/**
 * The order of equals (dm-search §3.6): the lowercase hex SHA-256 of the public id, as the original's
 * `sortonly_serviceIdHash` and `sortonly_idHash`. Services sort it descending, opportunities ascending.
 */
export const sortHash = (id: string) => createHash('sha256').update(id, 'utf8').digest('hex');

/** Keywords in the original's simple query syntax (see search.keywords.ts) for OpenSearch, which reads it itself. */
export const simpleQuery = (q: string, field: string) => ({ simple_query_string: { query: q, fields: [field], default_operator: 'and', flags: 'OR|AND|NOT|PHRASE|WHITESPACE|ESCAPE', lenient: true } });
