import { createHash } from 'node:crypto';
import type { ContentCatalogue } from '../../app/content-port.js';
import { manifestOf, optionValue, type Option, type Question } from '../frameworks/content/framework-content.js';
import { contentFramework } from '../frameworks/content/schema-catalogue.js';

/**
 * The original's document transformations (dm-search §1.7), applied before a document is indexed:
 * parent categories, derived categories, and "at least" filter values.
 */
export type Transformation =
  | { hash_to: { field: string; target_field?: string } }
  | { set_conditionally: { field: string; target_field?: string; any_of: unknown[]; set_value: unknown } }
  | { append_conditionally: { field: string; target_field?: string; any_of: unknown[]; append_value: unknown[] } };

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);

/**
 * Applies the rules in order to a copy of the document. The copy is of the top level only: rules
 * replace top-level values (appending makes a new list) and never change a nested one.
 */
export function transform(document: Record<string, unknown>, rules: readonly Transformation[]): Record<string, unknown> {
  return applyTransformations({ ...document }, rules);
}

/** Applies the rules in order to the document itself (one its caller owns), and returns it. */
export function applyTransformations(doc: Record<string, unknown>, rules: readonly Transformation[]): Record<string, unknown> {
  for (const rule of rules) {
    if ('hash_to' in rule) {
      const { field, target_field } = rule.hash_to;
      if (doc[field] !== undefined && doc[field] !== null) doc[target_field ?? field] = createHash('sha256').update(String(doc[field]), 'utf8').digest('hex');
    } else if ('set_conditionally' in rule) {
      const { field, target_field, any_of, set_value } = rule.set_conditionally;
      if (doc[field] !== undefined && asList(doc[field]).some((v) => any_of.includes(v))) doc[target_field ?? field] = set_value;
    } else {
      const { field, target_field, any_of, append_value } = rule.append_conditionally;
      if (doc[field] === undefined || !anyOf(doc[field], any_of)) continue;
      const target = target_field ?? field;
      const current = doc[target] === undefined || doc[target] === null ? [] : asList(doc[target]);
      doc[target] = [...current, ...append_value];
    }
  }
  return doc;
}

/** Whether the value (or any value of the list) is one of `any_of`, without making a list of a single value. */
function anyOf(value: unknown, any_of: readonly unknown[]): boolean {
  if (!Array.isArray(value)) return any_of.includes(value);
  for (const v of value) if (any_of.includes(v)) return true;
  return false;
}

type DerivedOption = Option & { derived_from?: { question: string; any_of: unknown[] } };

/** Leaves of a category tree with the values of their ancestors. */
function leavesWithAncestors(options: Option[], ancestors: string[] = []): Array<{ leaf: string; ancestors: string[] }> {
  return options.flatMap((o) => (o.options?.length ? leavesWithAncestors(o.options, [...ancestors, optionValue(o)]) : [{ leaf: optionValue(o), ancestors }]));
}

/** Rules generated from the search filters manifest, as the original's generator did. */
function rulesFor(question: Question): Transformation[] {
  const rules: Transformation[] = [];
  if (question.type === 'checkbox_tree') {
    // Leaves grouped by their set of ancestors: one rule per group appends those ancestors.
    const groups = new Map<string, string[]>();
    for (const { leaf, ancestors } of leavesWithAncestors(question.options ?? [])) {
      if (!ancestors.length) continue;
      const key = JSON.stringify([...new Set(ancestors)].sort());
      groups.set(key, [...(groups.get(key) ?? []), leaf]);
    }
    for (const [key, leaves] of groups) rules.push({ append_conditionally: { field: question.id, any_of: leaves.sort(), append_value: JSON.parse(key) as string[] } });
  }
  for (const option of (question.options ?? []) as DerivedOption[]) {
    if (option.derived_from)
      rules.push({
        append_conditionally: { field: option.derived_from.question, target_field: question.id, any_of: option.derived_from.any_of, append_value: [optionValue(option)] },
      });
  }
  return rules;
}

const G_CLOUD_LOTS = ['cloud-hosting', 'cloud-software', 'cloud-support'];

/**
 * The transformations of a framework's service documents: the id hash, then the rules its filters
 * imply. Generated once per process (every indexed service asks for them).
 */
export function serviceTransformations(content: ContentCatalogue, frameworkSlug: string): Transformation[] {
  const framework = contentFramework(frameworkSlug);
  return content.cached(framework, 'search:service-transformations', () => {
    const rules: Transformation[] = [{ hash_to: { field: 'id', target_field: 'serviceIdHash' } }];
    const seen = new Set<string>();
    for (const lot of G_CLOUD_LOTS) {
      let sections;
      try {
        sections = manifestOf(content, framework, 'services_search_filters', 'services', lot);
      } catch {
        break; // a framework without search filter content gets the id hash only
      }
      for (const q of sections.flatMap((s) => s.questions)) {
        for (const rule of rulesFor(q)) {
          const key = JSON.stringify(rule);
          if (!seen.has(key)) {
            seen.add(key);
            rules.push(rule);
          }
        }
      }
    }
    return rules;
  });
}

/** Briefs: the id hash, and whether the opportunity is open or closed (drafts and withdrawn get neither). */
export const BRIEF_TRANSFORMATIONS: Transformation[] = [
  { hash_to: { field: 'id', target_field: 'idHash' } },
  { set_conditionally: { field: 'status', target_field: 'statusOpenClosed', any_of: ['live'], set_value: 'open' } },
  { set_conditionally: { field: 'status', target_field: 'statusOpenClosed', any_of: ['awarded', 'cancelled', 'closed', 'unsuccessful'], set_value: 'closed' } },
];
