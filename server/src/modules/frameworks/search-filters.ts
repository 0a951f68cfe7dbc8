import type { EntityManager } from '@mikro-orm/postgresql';
import { ANY_FRAMEWORK, type ContentCatalogue } from '../../app/content-port.js';
import { badInput } from '../../app/errors.js';
import { normaliseFilterValue, type ServiceSearchQuery } from '../../app/search-port.js';
import { manifestOf, optionValue, type Option, type Question } from './content/framework-content.js';
import { contentFramework, SCHEMA_CATALOGUE } from './content/schema-catalogue.js';
import { Framework, FrameworkFamily, FrameworkStatus } from './framework.entity.js';
import { FrameworkLot } from './framework-lot.entity.js';

/**
 * Search filters as the framework content defines them (`services_search_filters` for G-Cloud,
 * `briefs_search_filters` for DOS; dm-search §3.11): groups of filters, each a question whose
 * options are the values a buyer can choose. The API accepts only these, by question id. Framework
 * content: the search module reads it to check and present searches, direct award to check saved ones.
 */
export interface FilterOption {
  value: string;
  label: string;
  children: FilterOption[];
}

export interface FilterDefinition {
  /** The question id: the key of the filter in queries and of the answer in documents. */
  key: string;
  type: 'boolean' | 'radios' | 'checkboxes' | 'checkbox_tree';
  label: string;
  options: FilterOption[];
}

export interface FilterGroupDefinition {
  name: string;
  slug: string | null;
  filters: FilterDefinition[];
}

export type SearchKind = 'services' | 'briefs';

type ContentOption = Option & { filter_label?: string; filter_ignore?: boolean };
type ContentQuestion = Question & { filter_label?: string };

/** The value a buyer sends: the option's value or label, lower case, without commas (commas separate values in URLs). */
const presentedValue = (o: Option) => optionValue(o).toLowerCase().replace(/,/g, '');

function options(list: ContentOption[] | undefined): FilterOption[] {
  return (list ?? []).filter((o) => !o.filter_ignore).map((o) => ({ value: presentedValue(o), label: o.filter_label ?? o.label, children: options(o.options) }));
}

function definition(q: ContentQuestion): FilterDefinition | null {
  if (q.type === 'boolean')
    return {
      key: q.id,
      type: 'boolean',
      label: q.filter_label ?? q.name ?? q.question ?? q.id,
      options: [{ value: 'true', label: q.filter_label ?? q.name ?? q.question ?? q.id, children: [] }],
    };
  if (q.type === 'radios' || q.type === 'checkboxes' || q.type === 'checkbox_tree')
    return { key: q.id, type: q.type, label: q.name ?? q.question ?? q.id, options: options(q.options as ContentOption[]) };
  return null;
}

const MANIFEST: Record<SearchKind, string> = { services: 'services_search_filters', briefs: 'briefs_search_filters' };

/**
 * The filter groups for one lot, or — with no lot — those whose questions apply to every lot (the
 * original filters the manifest by each lot in turn). Empty groups are left out. Built once per
 * process (every search asks for them).
 */
export function filterGroups(content: ContentCatalogue, kind: SearchKind, frameworkSlug: string, lots: string[], lot: string | null): FilterGroupDefinition[] {
  const framework = contentFramework(frameworkSlug);
  return content.cached(framework, `filter-groups:${kind}:${frameworkSlug}:${lots.join(',')}:${lot ?? ''}`, () => {
    const perLot = (l: string) => manifestOf(content, framework, MANIFEST[kind], kind, l);
    let sections = perLot(lot ?? lots[0] ?? '');
    if (!lot) {
      const everyLot = lots.map((l) => new Map(perLot(l).map((s) => [s.name, new Set(s.questions.map((q) => q.file))])));
      sections = sections.map((s) => ({ ...s, questions: s.questions.filter((q) => everyLot.every((m) => m.get(s.name)?.has(q.file))) }));
    }
    return sections
      .map((s) => ({ name: s.name, slug: s.slug ?? null, filters: s.questions.map((q) => definition(q as ContentQuestion)).filter((d): d is FilterDefinition => d !== null) }))
      .filter((g) => g.filters.length > 0);
  });
}

/** The keys of checkbox filters in any framework's search content (their types agree across lots). */
function checkboxKeys(content: ContentCatalogue, kind: SearchKind): Set<string> {
  return content.cached(ANY_FRAMEWORK, `checkbox-filter-keys:${kind}`, () => {
    const keys = new Set<string>();
    for (const spec of SCHEMA_CATALOGUE.filter((s) => s.kind === kind)) {
      let sections;
      try {
        sections = manifestOf(content, spec.framework, MANIFEST[kind], kind, spec.lot);
      } catch {
        continue; // a framework without search filter content
      }
      for (const q of sections.flatMap((s) => s.questions)) if (q.type === 'checkboxes' || q.type === 'checkbox_tree') keys.add(q.id);
    }
    return keys;
  });
}

/** One filter as the engines apply it: its normalised values, and whether a document needs every one or any. */
export interface FilterClause {
  key: string;
  values: string[];
  every: boolean;
}

/**
 * How the chosen values of each filter combine, as in the original (dm-search §3.3, where the buyer
 * frontend sent checkbox values as repeated parameters): a checkbox question's values are all
 * required (the service offers every one); a radio's or a boolean's are alternatives. Filters
 * combine with each other by AND. Read from the content, not from a request, so that a saved search
 * matches the same way when it is run again.
 */
export function filterClauses(content: ContentCatalogue, kind: SearchKind, filters: Record<string, string[]> | undefined, except?: string): FilterClause[] {
  const every = checkboxKeys(content, kind);
  return Object.entries(filters ?? {})
    .filter(([key, values]) => key !== except && values.length > 0)
    .map(([key, values]) => ({ key, values: [...new Set(values.map(normaliseFilterValue))], every: every.has(key) }));
}

/** Every value of a filter, tree children included. */
export function allOptions(options: FilterOption[]): FilterOption[] {
  return options.flatMap((o) => [o, ...allOptions(o.children)]);
}

/**
 * Refuses filters the groups do not offer: an unknown key or value is `BAD_USER_INPUT` naming it
 * (a buyer's URL with stale filters is cleaned by the web app before it asks).
 */
export function checkFilters(groups: FilterGroupDefinition[], filters: Record<string, string[]> | undefined): void {
  const byKey = new Map(groups.flatMap((g) => g.filters).map((f) => [f.key, f]));
  for (const [key, values] of Object.entries(filters ?? {})) {
    const def = byKey.get(key);
    if (!def) throw badInput(`Unknown filter '${key}' for this category`, { [`filters.${key}`]: `'${key}' is not a filter of this category` });
    const known = new Set(allOptions(def.options).map((o) => normaliseFilterValue(o.value)));
    const unknown = values.find((v) => !known.has(normaliseFilterValue(v)));
    if (unknown !== undefined) throw badInput(`Unknown value '${unknown}' for filter '${key}'`, { [`filters.${key}`]: `'${unknown}' is not an option of ${def.label}` });
  }
}

export interface SearchFramework {
  slug: string;
  name: string;
  lots: Array<{ slug: string; name: string }>;
}

/**
 * The framework whose filters a search uses: the latest live one of the family (for DOS, only lots
 * that take requirements); null when none is live. Reference data: read once per process and kept
 * in the content catalogue (which framework is live spans frameworks, so any framework's change
 * drops it), so that a search asks no SQL for it. Callers must not change what it returns.
 */
export function searchFramework(content: ContentCatalogue, em: EntityManager, kind: SearchKind): Promise<SearchFramework | null> {
  return content.cachedAsync(ANY_FRAMEWORK, `live-framework:${kind}`, () => loadSearchFramework(em, kind));
}

async function loadSearchFramework(em: EntityManager, kind: SearchKind): Promise<SearchFramework | null> {
  const family = kind === 'services' ? FrameworkFamily.G_CLOUD : FrameworkFamily.DIGITAL_OUTCOMES_AND_SPECIALISTS;
  const framework = await em.findOne(Framework, { family, status: FrameworkStatus.LIVE }, { orderBy: { id: 'desc' } });
  if (!framework) return null;
  const links = await em.find(FrameworkLot, { framework: framework.id }, { populate: ['lot'], orderBy: { position: 'asc' } });
  const lots = links.map((l) => l.lot.getEntity()).filter((l) => kind === 'services' || l.allowsBrief);
  return { slug: framework.slug, name: framework.name, lots: lots.map((l) => ({ slug: l.slug, name: l.name })) };
}

/** A service search checked against the live G-Cloud framework's filters (lot must be one of its lots). */
export function checkServiceQuery(content: ContentCatalogue, framework: SearchFramework | null, query: ServiceSearchQuery): void {
  if (!framework) return;
  const lots = framework.lots.map((l) => l.slug);
  if (query.lot && !lots.includes(query.lot)) throw badInput(`Unknown category '${query.lot}'`, { lot: `'${query.lot}' is not a category of ${framework.name}` });
  checkFilters(filterGroups(content, 'services', framework.slug, lots, query.lot ?? null), query.filters);
}
