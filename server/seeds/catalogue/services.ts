import type { JsonSchema } from '../../src/modules/frameworks/content/json-schema.js';
import { rng, validAnswers, type Rng } from '../answers.js';
import { HOSTING } from './hosting.js';
import { AUDIENCES, PLATFORMS, type LotVocabulary, type Subject } from './lots.js';
import { LISTS, TEXT } from './prose.js';
import { SOFTWARE } from './software.js';
import { DEMO_SUPPLIERS, type DemoSupplier } from './suppliers.js';
import { SUPPORT } from './support.js';
import { fill, lowerFirst, repeatedWord, shuffled, someOf } from './text.js';

export const G_CLOUD_VOCABULARY: Record<string, LotVocabulary> = { 'cloud-hosting': HOSTING, 'cloud-software': SOFTWARE, 'cloud-support': SUPPORT };

/** Price bounds per lot, in pounds: every demo price lies within them. */
export const PRICE_BOUNDS: Record<string, { min: number; max: number }> = Object.fromEntries(
  Object.entries(G_CLOUD_VOCABULARY).map(([lot, v]) => [lot, { min: v.price.min, max: v.price.max }]),
);

/** Services the end-to-end suite looks for by name: supplier (index), lot and name (a subject's, as it is). */
export const PINNED_SERVICES: Array<[number, string, string]> = [[3, 'cloud-hosting', 'Managed Kubernetes platform']];

/** A price range within the lot's bounds, minimum never above maximum, in one of its units and intervals (storage by the gigabyte). */
export function priceAnswers(lot: string, r: Rng, subject?: Subject): Record<string, string> {
  const { min, max, from, decimals, per, storage } = G_CLOUD_VOCABULARY[lot]!.price;
  const step = decimals ? 10 ** -decimals : 25;
  const round = (x: number) => Math.max(min, Math.min(max, Math.round(x / step) * step));
  const low = round(Math.exp(Math.log(from) + r.next() * (Math.log(max / 2) - Math.log(from))));
  const high = Math.max(low, round(low * (1.5 + r.next() * 1.5)));
  const [priceUnit, priceInterval] = storage && subject?.categories.some((c) => /storage|backup/i.test(c)) ? storage : r.pick(per);
  return { priceMin: low.toFixed(decimals), priceMax: high.toFixed(decimals), priceUnit, priceInterval };
}

const capitalise = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** Name candidates for a subject, in an order drawn from `r`: the subject alone, with the supplier's brand, for an audience, on a cloud. */
function names(vocabulary: LotVocabulary, subject: Subject, supplier: DemoSupplier, r: Rng): Array<{ name: string; platform?: string }> {
  return shuffled(vocabulary.nameForms, r)
    .filter((form) => !(form.endsWith(' services') && /servic/i.test(subject.name)))
    .map((form) => {
      const platform = form.includes('{platform}') ? r.pick(PLATFORMS) : undefined;
      const name = form.startsWith('{name}') ? subject.name : lowerFirst(subject.name);
      return { name: capitalise(fill(form, { name, brand: supplier.brand, audience: r.pick(AUDIENCES), platform: platform ?? '' })), platform };
    });
}

/** The answers of one service: valid for `schema`, with prose, prices and categories that read like a real one. */
export function serviceAnswers(schema: JsonSchema, lot: string, subject: Subject, name: string, supplier: DemoSupplier, r: Rng, platform?: string): Record<string, unknown> {
  const vocabulary = G_CLOUD_VOCABULARY[lot]!;
  const props = schema.properties as Record<string, JsonSchema>;
  const data = validAnswers(schema, r);
  const sentences = someOf(vocabulary.sentences, platform ? 1 : 2, r);
  data.serviceName = name;
  data.serviceDescription = [subject.summary, ...(platform ? [`Runs on ${platform} in its UK regions.`] : []), ...sentences].join(' ');
  data.serviceFeatures = [...subject.features, ...someOf(vocabulary.features, r.int(2, 4), r)];
  data.serviceBenefits = [...subject.benefits, ...someOf(vocabulary.benefits, r.int(2, 3), r)];
  if ('serviceCategories' in props) data.serviceCategories = subject.categories;
  Object.assign(data, priceAnswers(lot, r, subject));
  for (const key of Object.keys(data)) {
    const text = TEXT[key];
    if (text !== undefined) data[key] = typeof text === 'string' ? text : r.pick(text);
    else if (LISTS[key]) data[key] = someOf(LISTS[key], r.int(1, LISTS[key].length), r);
  }
  if ('systemRequirements' in data) data.systemRequirements = someOf(vocabulary.systemRequirements, r.int(1, 3), r);
  if ('freeVersionLink' in data) data.freeVersionLink = `https://www.${supplier.brand.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example.com/free-trial`;
  return data;
}

export interface CatalogueService {
  /** Index of the supplier in DEMO_SUPPLIERS. */
  supplier: number;
  lot: string;
  data: Record<string, unknown>;
}

/**
 * The demo G-Cloud catalogue: every demo supplier's services on the lots it sells on, with names
 * unique per supplier (and across the catalogue where the forms allow). The same every run.
 */
export function demoCatalogue(schemaOf: (lot: string) => JsonSchema, seed = 1313): CatalogueService[] {
  const r = rng(seed);
  const schemas = new Map<string, JsonSchema>();
  const schemaFor = (lot: string) => schemas.get(lot) ?? schemas.set(lot, schemaOf(lot)).get(lot)!;
  const taken = new Set(PINNED_SERVICES.map(([, , name]) => name));
  const out: CatalogueService[] = [];
  for (const [i, supplier] of DEMO_SUPPLIERS.entries()) {
    const own = new Set<string>();
    // A supplier has one set of terms and conditions, and one rate card, for all its services (as most do).
    const shared: Record<string, unknown> = {};
    for (const lot of supplier.lots) {
      const vocabulary = G_CLOUD_VOCABULARY[lot]!;
      const pinned = PINNED_SERVICES.filter(([s, l]) => s === i && l === lot).map(([, , name]) => name);
      const chosen = shuffled(vocabulary.subjects, r).sort((a, b) => Number(pinned.includes(b.name)) - Number(pinned.includes(a.name)));
      const howMany = supplier.lots.length === 3 ? r.int(2, 4) : supplier.lots.length === 2 ? r.int(4, 7) : r.int(7, 11);
      for (const subject of chosen.slice(0, howMany)) {
        const candidates = pinned.includes(subject.name) ? [{ name: subject.name, platform: undefined }] : names(vocabulary, subject, supplier, r);
        const fresh = candidates.filter((c) => !repeatedWord(c.name) && !own.has(c.name));
        const pick = fresh.find((c) => !taken.has(c.name)) ?? fresh[0];
        if (!pick) continue;
        own.add(pick.name);
        taken.add(pick.name);
        const data = serviceAnswers(schemaFor(lot), lot, subject, pick.name, supplier, r, pick.platform);
        for (const key of ['termsAndConditionsDocumentURL', 'sfiaRateDocumentURL']) if (key in data) data[key] = shared[key] ??= data[key];
        out.push({ supplier: i, lot, data });
      }
    }
  }
  return out;
}
