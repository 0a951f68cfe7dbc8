import type { JsonSchema } from '../../src/modules/frameworks/content/json-schema.js';
import { FILLER_WORDS } from '../answers.js';
import { PRICE_BOUNDS } from './services.js';
import { ISO_DATE, repeatedWord } from './text.js';

/** A service or requirement of the demo data, with the schema its answers follow. */
export interface Listing {
  kind: 'service' | 'brief';
  /** Who it belongs to: names are unique per owner. */
  owner: string;
  lot: string;
  data: Record<string, unknown>;
  schema: JsonSchema;
}

const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

const filler = new Set<string>(FILLER_WORDS);
const isFiller = (text: string) => {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => filler.has(w));
};

/**
 * What keeps demo data from reading like a real catalogue: a name saying a word twice ("hosting
 * hosting"), two services of a supplier with one name, a price range upside down or out of its
 * lot's bounds, an ISO date in a text answer (date questions excepted), filler words for prose.
 */
export function catalogueProblems(listings: Listing[]): string[] {
  const problems: string[] = [];
  const names = new Map<string, Set<string>>();
  for (const { kind, owner, lot, data, schema } of listings) {
    const name = String(kind === 'service' ? data.serviceName : data.title);
    const label = `${kind} "${name}" of ${owner}`;
    const again = repeatedWord(name);
    if (again) problems.push(`${label}: the name says "${again}" twice in a row`);
    if (kind === 'service') {
      const own = names.get(owner) ?? new Set<string>();
      if (own.has(name)) problems.push(`${label}: another service of ${owner} has this name`);
      names.set(owner, own.add(name));
      const bounds = PRICE_BOUNDS[lot];
      const [min, max] = [Number(data.priceMin), Number(data.priceMax)];
      if (!bounds || !(min <= max) || min < bounds.min || max > bounds.max)
        problems.push(`${label}: £${String(data.priceMin)} to £${String(data.priceMax)} is not a range within £${bounds?.min} to £${bounds?.max}`);
    }
    const props = schema.properties as Record<string, JsonSchema>;
    for (const [key, value] of Object.entries(data)) {
      if (props[key]?.format === 'date') continue;
      for (const text of strings(value)) {
        if (ISO_DATE.test(text)) problems.push(`${label}: ${key} has an ISO date: "${text}"`);
        if (isFiller(text)) problems.push(`${label}: ${key} is filler: "${text}"`);
      }
    }
  }
  return problems;
}
