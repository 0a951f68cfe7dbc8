import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ANY_FRAMEWORK, type ContentCatalogue } from '../../app/content-port.js';
import { normaliseFilterValue, type ServiceSearchQuery } from '../../app/search-port.js';
import { CONTENT_ROOT } from './content/framework-content.js';
import { allOptions, filterGroups, searchFramework, type FilterGroupDefinition } from './search-filters.js';

/**
 * The result summary sentence (dm-journeys §4.4): "12 results found containing backup in Cloud
 * hosting where users can access the service through a web browser interface and an API". Rules
 * per filter group come from `content/search/search_summary_manifest.yml`; groups without a rule
 * are left out of the sentence.
 */
export interface SummaryPart {
  text: string;
  kind: 'count' | 'text' | 'strong';
}

interface SummaryRule {
  id: string;
  labelPreposition?: string | null;
  label?: { singular: string; plural: string } | null;
  filtersPreposition?: string | null;
  conjunction?: string | null;
  filterRules?: Array<{ id: string; preposition?: string | null }> | null;
}

/** The rules by filter group name, read once per process (they belong to no framework). */
function summaryRules(content: ContentCatalogue): Map<string, SummaryRule> {
  return content.cached(ANY_FRAMEWORK, 'search-summary-rules', () => {
    const rules = parse(readFileSync(path.join(CONTENT_ROOT, '..', 'search', 'search_summary_manifest.yml'), 'utf8')) as SummaryRule[];
    return new Map(rules.map((r) => [r.id, r]));
  });
}

type Item = SummaryPart[];

/** a, b and c — with the conjunction before the last item. */
function joinItems(items: Item[], conjunction: string): Item {
  const out: Item = [];
  items.forEach((item, i) => {
    if (i > 0) out.push({ text: i === items.length - 1 ? ` ${conjunction} ` : ', ', kind: 'text' });
    out.push(...item);
  });
  return out;
}

const words = (...parts: Array<string | null | undefined>) => parts.filter((p): p is string => Boolean(p && p.trim())).join(' ');

/** The labels of the chosen values of one group, in the order the group offers them. */
function chosenLabels(group: FilterGroupDefinition, filters: Record<string, string[]>): string[] {
  return group.filters.flatMap((f) => {
    const chosen = new Set((filters[f.key] ?? []).map(normaliseFilterValue));
    // A sub-category may sit under several parents: name it once.
    return [
      ...new Set(
        allOptions(f.options)
          .filter((o) => chosen.has(normaliseFilterValue(o.value)))
          .map((o) => o.label),
      ),
    ];
  });
}

export function searchSummary(
  content: ContentCatalogue,
  total: number,
  q: string | undefined,
  lotName: string | null,
  groups: FilterGroupDefinition[],
  filters: Record<string, string[]>,
): SummaryPart[] {
  const rules = summaryRules(content);
  const parts: SummaryPart[] = [
    { text: String(total), kind: 'count' },
    { text: total === 1 ? ' result found' : ' results found', kind: 'text' },
  ];
  if (q) parts.push({ text: ' containing ', kind: 'text' }, { text: q, kind: 'strong' });
  parts.push({ text: ' in ', kind: 'text' }, { text: lotName ?? 'All categories', kind: 'strong' });
  const fragments: Item[] = [];
  for (const group of groups) {
    const rule = rules.get(group.name);
    const labels = chosenLabels(group, filters);
    if (!rule || !labels.length) continue;
    const label = rule.label ? (labels.length > 1 ? rule.label.plural : rule.label.singular) : null;
    const lead = words(rule.labelPreposition, label, rule.filtersPreposition);
    const items = labels.map((l): Item => {
      const pre = rule.filterRules?.find((r) => r.id === l)?.preposition;
      return pre
        ? [
            { text: `${pre} `, kind: 'text' },
            { text: l, kind: 'strong' },
          ]
        : [{ text: l, kind: 'strong' }];
    });
    fragments.push([...(lead ? [{ text: `${lead} `, kind: 'text' as const }] : []), ...joinItems(items, rule.conjunction ?? 'and')]);
  }
  if (fragments.length) parts.push({ text: ' ', kind: 'text' }, ...joinItems(fragments, 'and'));
  // Adjacent text parts merged, so that clients render them as they are.
  return parts.reduce<SummaryPart[]>((acc, p) => {
    const last = acc[acc.length - 1];
    if (last && last.kind === 'text' && p.kind === 'text') last.text += p.text;
    else acc.push({ ...p });
    return acc;
  }, []);
}

export const summaryText = (parts: SummaryPart[]) => parts.map((p) => p.text).join('');

/** The summary sentence of a G-Cloud search as text (direct award pages and exports). */
export async function describeServiceSearch(em: EntityManager, content: ContentCatalogue, query: ServiceSearchQuery, total: number): Promise<string> {
  const framework = await searchFramework(content, em, 'services');
  const lots = framework?.lots ?? [];
  const groups = framework
    ? filterGroups(
        content,
        'services',
        framework.slug,
        lots.map((l) => l.slug),
        query.lot ?? null,
      )
    : [];
  return summaryText(searchSummary(content, total, query.q, lots.find((l) => l.slug === query.lot)?.name ?? null, groups, query.filters ?? {}));
}
