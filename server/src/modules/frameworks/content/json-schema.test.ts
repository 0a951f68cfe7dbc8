import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { schemasDir } from '../../../commands/schemas.js';
import { UPLOAD_ANSWER_PATTERN, generateSchema, type JsonSchema } from './json-schema.js';
import { SCHEMA_CATALOGUE, schemaName, schemaTitle } from './schema-catalogue.js';
import { SchemaRegistry } from './schema-registry.js';
import { followUps, rng, validAnswers, type Rng } from '../../../../seeds/answers.js';

type AddFormats = (ajv: Ajv) => Ajv;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;
const fixtures = path.resolve(import.meta.dirname, '../../../../test/fixtures/reference-schemas');
/**
 * The original schema with the one deliberate difference: an upload question's answer is a document
 * id here (or an https address kept from the original), where the original stored any URL.
 */
const reference = (name: string): JsonSchema => {
  const schema = JSON.parse(readFileSync(path.join(fixtures, `${name}.json`), 'utf8')) as JsonSchema;
  for (const [key, prop] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>))
    if (prop.format === 'uri' && /DocumentURL$|^modernSlaveryStatement/.test(key))
      (schema.properties as Record<string, JsonSchema>)[key] = { type: 'string', pattern: UPLOAD_ANSWER_PATTERN };
  return schema;
};

/** Array order carries no meaning in these schemas (enum, required, allOf): compare sorted. */
function normalise(v: unknown): unknown {
  if (Array.isArray(v))
    return v
      .map(normalise)
      .map((x) => JSON.stringify(x))
      .sort()
      .map((x) => JSON.parse(x) as unknown);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, x]) => [k, normalise(x)]),
    );
  return v;
}

/** Ways to break a valid answer set, each of which must be refused. */
function breakages(schema: JsonSchema, doc: Record<string, unknown>, r: Rng): Array<[string, Record<string, unknown>]> {
  const props = schema.properties as Record<string, JsonSchema>;
  const out: Array<[string, Record<string, unknown>]> = [];
  const required = schema.required as string[];
  const missing = r.pick(required);
  out.push([`without ${missing}`, Object.fromEntries(Object.entries(doc).filter(([k]) => k !== missing))]);
  out.push(['with an unknown question', { ...doc, notAQuestion: 'x' }]);
  const strings = Object.keys(doc).filter((k) => props[k]!.maxLength);
  if (strings.length) {
    const k = r.pick(strings);
    out.push([`${k} too long`, { ...doc, [k]: 'x'.repeat(Number(props[k]!.maxLength) + 1) }]);
  }
  const enums = Object.keys(doc).filter((k) => props[k]!.enum);
  if (enums.length) out.push(['an answer not among the options', { ...doc, [r.pick(enums)]: 'not-an-option' }]);
  const worded = Object.keys(doc).filter((k) => String(props[k]!.pattern ?? '').includes('\\S+\\s+') && props[k]!.type === 'string');
  if (worded.length) {
    const k = r.pick(worded);
    out.push([
      `${k} over its word limit`,
      {
        ...doc,
        [k]: Array(600)
          .fill('w')
          .join(' ')
          .slice(0, Number(props[k]!.maxLength ?? 100000)),
      },
    ]);
  }
  const arrays = Object.keys(doc).filter((k) => props[k]!.type === 'array' && Number(props[k]!.minItems) === 1);
  if (arrays.length) out.push(['an empty required list', { ...doc, [r.pick(arrays)]: [] }]);
  if ('priceMin' in doc) out.push(['a price that is not money', { ...doc, priceMin: '£12.50' }]);
  if ('awardedContractValue' in doc) {
    out.push(['a contract value of nothing', { ...doc, awardedContractValue: '0.00' }]);
    out.push(['a contract value with leading zeros', { ...doc, awardedContractValue: '0012.50' }]);
    out.push(['a contract value with one decimal', { ...doc, awardedContractValue: '12.5' }]);
  }
  const itemLists = Object.keys(doc).filter((k) => (props[k]!.items as JsonSchema | undefined)?.type === 'object' && (doc[k] as unknown[]).length);
  for (const k of itemLists) {
    const items = doc[k] as Array<Record<string, unknown>>;
    const first = items[0]!;
    const broken = 'yesNo' in first ? { yesNo: true } : {};
    out.push([`${k} with an item missing its evidence`, { ...doc, [k]: [broken, ...items.slice(1)] }]);
  }
  // "At least one of" (a DOS capability or specialist role): none answered, or a part without its partner.
  const groups = (schema.anyOf ?? []) as Array<{ required: string[] }>;
  if (groups.length) {
    const inGroups = new Set(groups.flatMap((g) => g.required));
    out.push(['no member of a group answered', Object.fromEntries(Object.entries(doc).filter(([k]) => !inGroups.has(k)))]);
    const paired = groups.find((g) => g.required.length > 1 && g.required.every((k) => k in doc));
    if (paired) out.push([`${paired.required[0]} without ${paired.required[1]}`, Object.fromEntries(Object.entries(doc).filter(([k]) => k !== paired.required[1]))]);
  }
  const asked = followUps(schema).find((f) => f.parent in doc && !f.checkbox && f.required.length > 1);
  if (asked) {
    const all = (props[asked.parent]!.enum ?? [true, false]) as unknown[];
    const trigger = all.find((v) => !asked.complement.includes(v));
    const broken = { ...doc, [asked.parent]: trigger };
    delete broken[asked.required[1]!];
    out.push([`${asked.parent} asks a follow-up that is unanswered`, broken]);
  }
  return out;
}

describe.each(SCHEMA_CATALOGUE.filter((s) => s.kind !== 'declaration').map((s) => [schemaName(s), s] as const))('%s', (name, spec) => {
  const generated = generateSchema({ framework: spec.framework, manifest: spec.manifest, questionSet: spec.questionSet, lot: spec.lot, title: schemaTitle(spec) });
  const original = reference(name);

  it('is the original schema (up to array order), generated from the question content', () => {
    expect(normalise(generated)).toEqual(normalise(original));
  });

  it('is what schemas/ holds', () => {
    expect(JSON.parse(readFileSync(path.join(schemasDir, `${name}.json`), 'utf8'))).toEqual(generated);
  });

  it('accepts and rejects exactly what the original does, over a generated corpus', () => {
    const ajv = addFormats(new Ajv({ allErrors: false, strict: false }));
    const ours = ajv.compile(generated);
    const theirs = ajv.compile({ ...original, $id: `original-${name}` });
    const r = rng(name.length * 7919);
    let valid = 0;
    let invalid = 0;
    for (let i = 0; i < 150; i++) {
      const doc = validAnswers(original, r);
      expect([ours(doc), theirs(doc)], JSON.stringify(theirs.errors)).toEqual([true, true]);
      valid++;
      for (const [how, broken] of breakages(original, doc, r)) {
        expect([how, ours(broken)]).toEqual([how, theirs(broken)]);
        expect([how, theirs(broken)]).toEqual([how, false]);
        invalid++;
      }
    }
    expect(valid).toBe(150);
    // Service schemas have many questions to break; an award schema has two.
    expect(invalid).toBeGreaterThan(spec.kind === 'services' ? 400 : 300);
  });
});

describe('schema registry', () => {
  const registry = new SchemaRegistry(schemasDir);
  const r = rng(42);
  const hosting = reference('services-g-cloud-13-cloud-hosting');

  it('accepts a complete valid service', () => {
    expect(registry.validate('services', 'g-cloud-13', 'cloud-hosting', validAnswers(hosting, r))).toEqual({});
  });

  it('reports problems per question id with the content’s own messages', () => {
    const doc = validAnswers(hosting, r);
    delete doc.serviceName;
    doc.serviceDescription = 'word '.repeat(60).trim();
    doc.priceMin = 'ten pounds';
    expect(registry.validate('services', 'g-cloud-13', 'cloud-hosting', doc)).toMatchObject({
      serviceName: 'Enter the service name.',
      serviceDescription: expect.stringMatching(/50 words|words or fewer/),
      priceMin: 'Minimum price must be a number, without units, eg 99.95',
    });
  });

  it('says why an answer other than the one a question requires will not do, and asks for one that is missing', () => {
    const dos = ['brief-responses', 'digital-outcomes-and-specialists-5', 'digital-specialists'] as const;
    expect(registry.validate(...dos, { essentialRequirementsMet: false }, ['essentialRequirementsMet'])).toEqual({
      essentialRequirementsMet: 'To carry on with your application, you need to show you have all the essential skills and experience',
    });
    expect(registry.validate(...dos, {}).essentialRequirementsMet).toBe('Select yes if you have all the essential skills and experience');
  });

  it('checks only the questions being saved for a draft page', () => {
    expect(registry.validate('services', 'g-cloud-13', 'cloud-support', { serviceName: 'Agile coaching' }, ['serviceName'])).toEqual({});
    expect(registry.validate('services', 'g-cloud-13', 'cloud-support', { serviceName: '' }, ['serviceName'])).toEqual({ serviceName: 'Enter the service name.' });
    expect(registry.validate('services', 'g-cloud-13', 'cloud-support', { APIHosting: true }, ['APIHosting'])).toEqual({ APIHosting: 'This question is not part of this lot' });
  });

  it('refuses a minimum price above its maximum, on the maximum, comparing decimals', () => {
    const doc = { ...validAnswers(hosting, r), priceMin: '200', priceMax: '100' };
    const check = (answers: Record<string, unknown>, only?: string[], saved?: Record<string, unknown>) =>
      registry.validate('services', 'g-cloud-13', 'cloud-hosting', answers, only, saved);
    const message = { priceMax: 'Minimum price must be less than maximum price.' };
    expect(check(doc)).toEqual(message);
    expect(check({ ...doc, priceMin: '99.99999', priceMax: '100' })).toEqual({});
    expect(check({ ...doc, priceMin: '0100.00', priceMax: '100' })).toEqual({});
    expect(check({ ...doc, priceMin: '9', priceMax: '10' })).toEqual({});
    expect(check({ ...doc, priceMax: '' })).toEqual({});
    // an answer that is not money is reported as such, not compared
    expect(check({ ...doc, priceMax: 'ten' })).toEqual({ priceMax: 'Maximum price must be a number, without units, eg 99.95' });
    // a page: the pair is checked when it saves either half, against the answers saved beside it
    expect(check({ priceMin: '200', priceMax: '100' }, ['priceMin', 'priceMax'])).toEqual(message);
    expect(check({ priceMax: '100' }, ['priceMax'], { priceMin: '200' })).toEqual(message);
    expect(check({ serviceName: 'Hosting' }, ['serviceName'], { priceMin: '200', priceMax: '100' })).toEqual({});
    // a page names the questions it clears too: unknown ones are refused, and nothing is required
    expect(check({}, ['serviceName'])).toEqual({});
    expect(check({}, ['APISoftware'])).toEqual({ APISoftware: 'This question is not part of this lot' });
  });

  it('asks for a follow-up answer the parent question asked for', () => {
    const support = reference('services-g-cloud-13-cloud-support');
    const doc = validAnswers(support, rng(7));
    doc.planningService = true;
    delete doc.planningServiceDescription;
    expect(registry.validate('services', 'g-cloud-13', 'cloud-support', doc)).toHaveProperty('planningServiceDescription');
  });
});
