import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemasDir } from '../src/commands/schemas.js';
import type { JsonSchema } from '../src/modules/frameworks/content/json-schema.js';
import { SchemaRegistry } from '../src/modules/frameworks/content/schema-registry.js';
import { rng } from './answers.js';
import { briefAnswers, briefCount } from './catalogue/briefs.js';
import { catalogueProblems, type Listing } from './catalogue/check.js';
import { demoCatalogue, PINNED_SERVICES, PRICE_BOUNDS } from './catalogue/services.js';
import { DEMO_SUPPLIERS } from './catalogue/suppliers.js';
import { govukDate, repeatedWord } from './catalogue/text.js';

const readSchema = (name: string) => JSON.parse(readFileSync(path.join(schemasDir, `${name}.json`), 'utf8')) as JsonSchema;
const serviceSchema = (lot: string) => readSchema(`services-g-cloud-13-${lot}`);
const briefSchema = (lot: string) => readSchema(`briefs-digital-outcomes-and-specialists-5-${lot}`);
const registry = new SchemaRegistry(schemasDir);
const DOS_LOTS = ['digital-outcomes', 'digital-specialists', 'user-research-participants'];

const catalogue = demoCatalogue(serviceSchema);
const services: Listing[] = catalogue.map((s) => ({ kind: 'service', owner: DEMO_SUPPLIERS[s.supplier]!.name, lot: s.lot, data: s.data, schema: serviceSchema(s.lot) }));
const published = new Date('2026-03-02T10:00:00Z');
const briefs: Listing[] = DOS_LOTS.flatMap((lot) =>
  Array.from({ length: briefCount(lot) }, (_, i) => ({
    kind: 'brief' as const,
    owner: 'the demo buyer',
    lot,
    data: briefAnswers(briefSchema(lot), lot, i, published, rng(i)).data,
    schema: briefSchema(lot),
  })),
);

describe('the demo catalogue', () => {
  it('has 200 or more valid G-Cloud services across the lots, and valid requirements on every DOS lot', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(200);
    for (const lot of Object.keys(PRICE_BOUNDS)) expect(catalogue.filter((s) => s.lot === lot).length).toBeGreaterThanOrEqual(40);
    for (const s of catalogue) expect(registry.validate('services', 'g-cloud-13', s.lot, s.data), String(s.data.serviceName)).toEqual({});
    for (const b of briefs) expect(registry.validate('briefs', 'digital-outcomes-and-specialists-5', b.lot, b.data), String(b.data.title)).toEqual({});
  });

  it('reads like a real one: no word twice in a row, names unique per supplier, prices within bounds, GOV.UK dates, no filler', () => {
    expect(PRICE_BOUNDS).toEqual({ 'cloud-hosting': { min: 0.01, max: 5 }, 'cloud-software': { min: 1, max: 50 }, 'cloud-support': { min: 400, max: 1500 } });
    expect(catalogueProblems([...services, ...briefs])).toEqual([]);
    // names are mostly unique across the whole catalogue too, so that search results look varied
    expect(new Set(catalogue.map((s) => s.data.serviceName)).size).toBeGreaterThan(catalogue.length * 0.95);
    for (const [supplier, lot, name] of PINNED_SERVICES) expect(catalogue.some((s) => s.supplier === supplier && s.lot === lot && s.data.serviceName === name)).toBe(true);
  });

  it('dates requirements from when they were published', () => {
    for (const b of briefs.filter((x) => 'startDate' in x.data)) expect(new Date(String(b.data.startDate)).getTime()).toBeGreaterThan(published.getTime());
    const texts = JSON.stringify(briefs.map((b) => b.data));
    expect(texts).toContain(govukDate(new Date('2026-03-05T10:00:00Z'))); // the Q&A session, 3 days after publication
    expect(govukDate(new Date('2024-05-01T00:00:00Z'))).toBe('1 May 2024');
  });

  it('is the same on every run', () => {
    expect(demoCatalogue(serviceSchema)).toEqual(catalogue);
  });

  it('finds each kind of problem', () => {
    const [first] = services as [Listing];
    const service = (data: Record<string, unknown>, owner = first.owner): Listing => ({ ...first, owner, data: { ...first.data, ...data } });
    const problems = catalogueProblems([
      service({ serviceName: 'Fast hosting hosting' }),
      service({ serviceName: 'Object storage' }),
      service({ serviceName: 'Object storage' }),
      service({ serviceName: 'Object storage' }, 'another supplier'),
      service({ serviceName: 'Upside down', priceMin: '2.00', priceMax: '1.00' }),
      service({ serviceName: 'Too dear', priceMin: '1.00', priceMax: '9.00' }),
      service({ serviceName: 'No maximum', priceMax: undefined }),
      service({ serviceName: 'Dated', serviceConstraints: 'Maintenance on 2024-05-01 from 2am.' }),
      service({ serviceName: 'Filler', serviceBenefits: ['secure cloud hosting'] }),
      { ...briefs[0]!, data: { ...briefs[0]!.data, startDate: '2026-05-01', researchDates: 'From 2026-05-01' } },
    ]);
    expect(problems.map((p) => p.replace(/^.*?: /, ''))).toEqual([
      'the name says "hosting" twice in a row',
      `another service of ${first.owner} has this name`,
      '£2.00 to £1.00 is not a range within £0.01 to £5',
      '£1.00 to £9.00 is not a range within £0.01 to £5',
      `£${String(first.data.priceMin)} to £undefined is not a range within £0.01 to £5`,
      'serviceConstraints has an ISO date: "Maintenance on 2024-05-01 from 2am."',
      'serviceBenefits is filler: "secure cloud hosting"',
      'researchDates has an ISO date: "From 2026-05-01"',
    ]);
    expect(repeatedWord('Managed Kubernetes platform')).toBeNull();
  });
});
