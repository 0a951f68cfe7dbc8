import type { JsonSchema } from '../src/modules/frameworks/content/json-schema.js';
import { compareMoney } from '../src/shared/money.js';
import { UPLOAD_ANSWER_PATTERN } from '../src/modules/frameworks/content/json-schema.js';

/**
 * Deterministic answer sets that satisfy a JSON Schema of schemas/: the demo data's services and
 * declarations, the schema equivalence corpus, and tests that need a complete, valid service.
 */
/**
 * A small seeded PRNG (mulberry32), so the corpus is the same on every run. Its 32-bit arithmetic is
 * exact: the floating-point LCG it replaces lost precision and repeated itself every 10,466 draws.
 */
export function rng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}
export type Rng = ReturnType<typeof rng>;

/** A well-formed document id (version 4 layout) from the seeded generator. */
export function randomDocumentId(r: Rng): string {
  const hex = (n: number) => Array.from({ length: n }, () => r.int(0, 15).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`;
}

/** The words of generated free-text answers (filler: demo data replaces them with prose). */
export const FILLER_WORDS = ['secure', 'cloud', 'hosting', 'managed', 'service', 'support', 'data', 'platform', 'backup', 'monitoring'];

export function value(schema: JsonSchema, r: Rng): unknown {
  if (schema.enum) return r.pick((schema.enum as unknown[]).filter((v) => v !== ''));
  if (schema.type === 'boolean') return r.next() < 0.5;
  if (schema.type === 'integer' || schema.type === 'number') return r.int(Number(schema.minimum ?? 0), Number(schema.maximum ?? Number(schema.exclusiveMaximum ?? 100) - 1));
  if (schema.type === 'array') {
    const items = schema.items as JsonSchema;
    const min = Number(schema.minItems ?? 0);
    const max = Math.min(Number(schema.maxItems ?? 10), 5);
    const n = r.int(Math.max(min, 1), Math.max(min, max));
    if (items.enum) return [...new Set(Array.from({ length: n }, () => r.pick(items.enum as string[])))];
    if (items.type === 'object') return Array.from({ length: n }, () => validAnswers(items, r));
    if (items.type === 'boolean') return Array.from({ length: n }, () => r.next() < 0.5);
    return Array.from({ length: n }, () => Array.from({ length: r.int(1, 4) }, () => r.pick(FILLER_WORDS)).join(' '));
  }
  if (schema.format === 'uri') return 'https://assets.example.gov.uk/documents/service-definition.pdf';
  // An upload answer: a document id (seeds and tests put a real document behind it with attachDocuments).
  if (schema.pattern === UPLOAD_ANSWER_PATTERN) return randomDocumentId(r);
  if (schema.format === 'date') return '2024-05-01';
  if (schema.format === 'email') return r.pick(['bids@example.com', 'tenders@supplier.example.co.uk']);
  if (typeof schema.pattern === 'string' && schema.pattern.startsWith('^[1-9]')) return r.pick(['1', '250000.00', '0.50', '99999.99']);
  if (typeof schema.pattern === 'string' && schema.pattern.includes('\\d{1,15}')) return r.pick(['0', '12', '99.95', '1500.00', '0.12345']);
  const words = Array.from({ length: r.int(1, 8) }, () => r.pick(FILLER_WORDS)).join(' ');
  return words.slice(0, Number(schema.maxLength ?? 1000));
}

interface FollowUp {
  parent: string;
  child: string;
  complement: unknown[];
  checkbox: boolean;
  required: string[];
}

export function followUps(schema: JsonSchema): FollowUp[] {
  return ((schema.allOf ?? []) as Array<{ oneOf: [JsonSchema, JsonSchema] }>).map(({ oneOf: [off, on] }) => {
    const offProps = off.properties as Record<string, JsonSchema>;
    const child = Object.keys(offProps).find((k) => (offProps[k] as JsonSchema).type === 'null')!;
    const parent = Object.keys(offProps).find((k) => k !== child)!;
    const parentOff = offProps[parent]!;
    const checkbox = Boolean(parentOff.items);
    return { parent, child, checkbox, complement: (checkbox ? (parentOff.items as JsonSchema).enum : parentOff.enum) as unknown[], required: on.required as string[] };
  });
}

/** A valid answer set: required questions, some optional ones, and follow-ups answered only when asked. */
export function validAnswers(schema: JsonSchema, r: Rng): Record<string, unknown> {
  const props = schema.properties as Record<string, JsonSchema>;
  const rules = followUps(schema);
  const targets = new Set(rules.map((f) => f.child));
  const doc: Record<string, unknown> = {};
  for (const [k, s] of Object.entries(props)) {
    if (targets.has(k)) continue;
    if ((schema.required as string[]).includes(k) || r.next() < 0.5) doc[k] = value(s, r);
  }
  // A parent may ask several follow-ups (each on its own values): choose its answer once, then apply each.
  const parents = [...new Set(rules.map((f) => f.parent))];
  for (const parent of parents) {
    const own = rules.filter((f) => f.parent === parent);
    if (!(parent in doc)) {
      for (const f of own) delete doc[f.child];
      continue;
    }
    const parentSchema = props[parent]!;
    const checkbox = Boolean(parentSchema.items);
    const all = (checkbox ? (parentSchema.items as JsonSchema).enum : (parentSchema.enum ?? [true, false])) as unknown[];
    const answer = checkbox ? [...new Set(Array.from({ length: r.int(1, 3) }, () => r.pick(all)))] : r.pick(all);
    doc[parent] = answer;
    for (const f of own) {
      const asked = checkbox ? (answer as unknown[]).some((v) => !f.complement.includes(v)) : !f.complement.includes(answer);
      if (asked) {
        for (const k of f.required) if (!(k in doc)) doc[k] = value(props[k]!, r);
        if (!(f.child in doc) && r.next() < 0.5) doc[f.child] = value(props[f.child]!, r);
      } else {
        delete doc[f.child];
      }
    }
  }
  // Parts that go together (a specialist role's locations and day rate) are answered together, and a
  // group of which one must be answered (a DOS capability, a specialist role) has one.
  const dependencies = (schema.dependencies ?? {}) as Record<string, string[]>;
  for (const k of Object.keys(doc)) for (const d of dependencies[k] ?? []) if (!(d in doc)) doc[d] = value(props[d]!, r);
  const groups = (schema.anyOf ?? []) as Array<{ required: string[] }>;
  if (groups.length && !groups.some((g) => g.required.every((k) => k in doc))) for (const k of r.pick(groups).required) doc[k] = value(props[k]!, r);
  // A minimum price is never above its maximum (prices are drawn one by one): swap a pair that is.
  for (const min of Object.keys(doc).filter((k) => /(?:^p|P)riceMin$/.test(k))) {
    const max = min.replace(/Min$/, 'Max');
    const [low, high] = [doc[min], doc[max]];
    if (typeof low === 'string' && typeof high === 'string' && low && high && compareMoney(low, high) > 0) [doc[min], doc[max]] = [high, low];
  }
  return doc;
}
