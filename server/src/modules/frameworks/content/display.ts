import { Field, ObjectType } from 'type-graphql';
import type { ContentCatalogue } from '../../../app/content-port.js';
import { manifestOf, optionValue, type Option, type Question } from './framework-content.js';
import { govukDate, withArticle } from '../../../shared/words.js';
import { contentFramework } from './schema-catalogue.js';

/**
 * Answers as buyers and suppliers read them (service pages, opportunity pages): the sections of a
 * display manifest (`display_service`, `display_brief`), each a list of questions with the answer in
 * words (option labels, Yes/No, prices). Questions without an answer and sections left empty are
 * omitted (dm-journeys §4.6).
 */
@ObjectType({ description: 'One answer in words.' })
export class DisplayRow {
  @Field(() => String)
  label!: string;

  @Field(() => [String])
  values!: string[];
}

@ObjectType({ description: 'A section of a display manifest with the answers given.' })
export class DisplaySection {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Numbered slug for the page anchor, e.g. 01-planning.' })
  slug!: string;

  @Field(() => [DisplayRow])
  rows!: DisplayRow[];
}

const present = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
const slugOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function labelOf(options: Option[] | undefined, value: unknown): string {
  const flat = (list: Option[]): Option[] => list.flatMap((o) => [o, ...flat(o.options ?? [])]);
  return flat(options ?? []).find((o) => optionValue(o) === value)?.label ?? String(value);
}

export function priceText(data: Record<string, unknown>): string | null {
  if (!present(data.priceMin)) return null;
  const max = present(data.priceMax) ? ` to £${String(data.priceMax)}` : '';
  const unit = present(data.priceUnit) ? ` ${withArticle(String(data.priceUnit).toLowerCase())}` : '';
  const interval = present(data.priceInterval) ? ` ${withArticle(String(data.priceInterval).toLowerCase())}` : '';
  return `£${String(data.priceMin)}${max}${unit}${interval}`;
}

function rowsOf(q: Question, data: Record<string, unknown>): DisplayRow[] {
  const label = q.name ?? q.question ?? q.id;
  const value = data[q.id];
  switch (q.type) {
    case 'multiquestion':
      return (q.questions ?? []).flatMap((child) => rowsOf(child, data));
    case 'pricing': {
      const price = priceText(data);
      return price ? [{ label, values: [price] }] : [];
    }
    case 'upload':
    case 'service_id':
      return [];
    default:
      break;
  }
  if (!present(value)) return [];
  if (q.type === 'boolean') return [{ label, values: [value === true ? 'Yes' : 'No'] }];
  if (q.type === 'date' && typeof value === 'string') return [{ label, values: [govukDate(value)] }];
  const values = Array.isArray(value) ? value : [value];
  if (q.type === 'radios' || q.type === 'checkboxes' || q.type === 'checkbox_tree') return [{ label, values: values.map((v) => labelOf(q.options, v)) }];
  // A dynamic list's item is a group of answers: its answers in words, one after the other.
  const inWords = (v: unknown): string => (v && typeof v === 'object' ? Object.values(v).filter(present).map(inWords).join(' – ') : String(v));
  return [{ label, values: values.map(inWords) }];
}

/** The manifest comes from the process's catalogue: a page shown again reads no file. */
export function displaySections(
  content: ContentCatalogue,
  frameworkSlug: string,
  manifest: 'display_service' | 'display_brief',
  lotSlug: string,
  data: Record<string, unknown>,
): DisplaySection[] {
  let sections;
  try {
    sections = manifestOf(content, contentFramework(frameworkSlug), manifest, manifest === 'display_service' ? 'services' : 'briefs', lotSlug);
  } catch {
    return []; // a framework without display content
  }
  return sections
    .map((s, i) => ({ name: s.name, slug: `${String(i + 1).padStart(2, '0')}-${slugOf(s.name)}`, rows: s.questions.flatMap((q) => rowsOf(q, data)) }))
    .filter((s) => s.rows.length > 0);
}
