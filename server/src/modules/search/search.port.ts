import { createHash } from 'node:crypto';
import type { IndexUpdate } from '../../app/search-port.js';

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

/**
 * The order of equals (dm-search §3.6): the lowercase hex SHA-256 of the public id, as the original's
 * `sortonly_serviceIdHash` and `sortonly_idHash`. Services sort it descending, opportunities ascending.
 */
export const sortHash = (id: string) => createHash('sha256').update(id, 'utf8').digest('hex');

/** Keywords in the original's simple query syntax (see search.keywords.ts) for OpenSearch, which reads it itself. */
export const simpleQuery = (q: string, field: string) => ({
  simple_query_string: { query: q, fields: [field], default_operator: 'and', flags: 'OR|AND|NOT|PHRASE|WHITESPACE|ESCAPE', lenient: true },
});

/**
 * A batch as the engines write it: one update per object, in the order given. A later update of
 * the same object at the same version is refused, as `apply` one at a time would refuse it.
 */
export function onePerObject(updates: readonly IndexUpdate[]): IndexUpdate[] {
  const seen = new Set<string>();
  return updates.filter((u) => {
    const key = `${u.indexName}\u0000${u.objectId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The updates of a batch grouped by the alias they are written to. */
export function byAlias(updates: readonly IndexUpdate[]): Map<string, IndexUpdate[]> {
  const groups = new Map<string, IndexUpdate[]>();
  for (const u of updates) {
    const group = groups.get(u.indexName);
    if (group) group.push(u);
    else groups.set(u.indexName, [u]);
  }
  return groups;
}
