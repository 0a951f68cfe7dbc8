import type { ContentCatalogue } from '../../app/content-port.js';
import { normaliseFilterValue, type SearchHit } from '../../app/search-port.js';
import type { FilterGroupDefinition, FilterOption, SearchFramework } from '../frameworks/search-filters.js';
import { searchSummary, summaryText } from '../frameworks/search-summary.js';
import type { OpportunitySearchHit, SearchCategory, ServiceSearchHit } from './search-results.types.js';
import type { LotCount, SearchFilterGroup, SearchSummary } from './search.types.js';

/** How search results are shown: filter groups with the chosen values selected, category counts, lots, the summary and hits. */

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const date = (v: unknown): Date | null => (str(v) ? new Date(str(v)!) : null);

export function presentGroups(groups: FilterGroupDefinition[], filters: Record<string, string[]>): SearchFilterGroup[] {
  const present = (key: string, options: FilterOption[]): SearchFilterGroup['filters'][number]['options'] => {
    const chosen = new Set((filters[key] ?? []).map(normaliseFilterValue));
    return options.map((o) => ({ value: o.value, label: o.label, selected: chosen.has(normaliseFilterValue(o.value)), children: present(key, o.children) }));
  };
  return groups.map((g) => ({ name: g.name, slug: g.slug, filters: g.filters.map((f) => ({ key: f.key, type: f.type, label: f.label, options: present(f.key, f.options) })) }));
}

/** The category tree of a lot with the count of each category (normalised values) and the chosen ones selected. */
export function categoryTree(options: FilterOption[], counts: Map<string, number>, chosen: Set<string>): SearchCategory[] {
  return options.map((o) => ({
    value: o.value,
    label: o.label,
    count: counts.get(normaliseFilterValue(o.value)) ?? 0,
    selected: chosen.has(normaliseFilterValue(o.value)),
    children: categoryTree(o.children, counts, chosen),
  }));
}

/** Every lot of the framework, in order, with its count (0 included). */
export function lotsOf(framework: SearchFramework | null, counts: Array<{ lot: string; count: number }>): LotCount[] {
  const byLot = new Map(counts.map((c) => [c.lot, c.count]));
  return (framework?.lots ?? []).map((l) => ({ lot: l.slug, name: l.name, count: byLot.get(l.slug) ?? 0 }));
}

export function summaryOf(
  content: ContentCatalogue,
  total: number,
  q: string | undefined,
  lotName: string | null,
  groups: FilterGroupDefinition[],
  filters: Record<string, string[]>,
): SearchSummary {
  const parts = searchSummary(content, total, q, lotName, groups, filters);
  return { text: summaryText(parts), parts };
}

export const serviceHit = (h: SearchHit): ServiceSearchHit => ({
  id: h.id,
  serviceName: str(h.document.serviceName) ?? '',
  supplierName: str(h.document.supplierName) ?? '',
  lot: str(h.document.lot) ?? '',
  lotName: str(h.document.lotName) ?? '',
  frameworkName: str(h.document.frameworkName) ?? '',
  serviceDescription: str(h.document.serviceDescription),
  highlight: h.highlight,
});

export const opportunityHit = (h: SearchHit): OpportunitySearchHit => ({
  id: h.id,
  title: str(h.document.title) ?? '',
  status: str(h.document.status) ?? '',
  organisation: str(h.document.organisation),
  location: str(h.document.location),
  lot: str(h.document.lot) ?? '',
  lotName: str(h.document.lotName) ?? '',
  publishedAt: date(h.document.publishedAt),
  applicationsClosedAt: date(h.document.applicationsClosedAt),
  highlight: h.highlight,
});
