/**
 * A schema-driven fuzzer for the GraphQL API: it introspects the running server, generates
 * operations for every Query, Mutation and Subscription field with awkward arguments (as variables
 * and as inline literals) and random selections, sends them as several clients over HTTP and
 * graphql-ws, and reports every response that shows an internal error, an error without a code, a
 * 5xx, a WebSocket closed as an internal error, or leaked internals (stack frames, paths, SQL,
 * driver and JavaScript errors).
 *
 * A run: (1) harvest, wide queries whose responses fill pools of ids, slugs, cursors and answer sets
 * (then frozen); (2) sweep, every field once as every client, which also shows the roles each field
 * turns away; (3) random operations, mostly as clients past the field's gate; (4) the failures are
 * sent again alone, shrunk (fewer arguments, smaller values) and explained from the server log.
 * Operation n of a seed is always the same operation, so a failure is replayed with its seed.
 *
 * Not failures: any error with a code other than INTERNAL_SERVER_ERROR (BAD_USER_INPUT,
 * RATE_LIMITED, QUERY_TOO_COMPLEX…), refusals of the HTTP layer with their own code (e.g. a JSON
 * body with "__proto__"), 429 and 413, and WebSocket close codes that name the client's mistake.
 *
 * Reusable: the suite test (test/fuzz.test.ts) provides the clients (who is signed in, on which
 * site) and optional dictionaries; everything else comes from the schema and the responses.
 */
import { createClient, type Client as WsClient } from 'graphql-ws';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import WebSocket from 'ws';

// ---------------------------------------------------------------------------------------------
// Seeded randomness

export interface Rng {
  next(): number;
  int(n: number): number;
  between(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(xs: readonly T[]): T;
  sample<T>(xs: readonly T[], n: number): T[];
}

/** sfc32 seeded through splitmix32: fast, good enough, and the same on every platform. */
export function prng(seed: number): Rng {
  let h = seed >>> 0;
  const split = () => {
    h = (h + 0x9e3779b9) >>> 0;
    let z = h;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    between: (lo, hi) => lo + int(hi - lo + 1),
    chance: (p) => next() < p,
    pick: (xs) => xs[int(xs.length)]!,
    sample: (xs, n) => {
      const copy = [...xs];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, n);
    },
  };
}

/** The seed of one operation, from the run's seed and the operation's index. */
export function opSeed(seed: number, index: number): number {
  return (Math.imul(seed ^ 0x5bd1e995, 0x27d4eb2d) + Math.imul(index + 1, 0x165667b1)) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Values seen in responses, offered back as arguments

/** Values seen in responses, keyed by field name (`slug`) and by type and field (`frameworkslug`). */
export class Pools {
  private readonly values = new Map<string, string[]>();
  private readonly seen = new Map<string, Set<string>>();
  readonly jsonSamples: Array<Record<string, unknown>> = [];
  private frozen = false;

  /** `protect`: values never offered (e.g. the signed-in clients' emails, so that failed sign-ins do not lock them). */
  constructor(
    private readonly protect: readonly string[] = [],
    private readonly cap = 300,
  ) {}

  add(key: string, value: string): void {
    if (this.frozen || value.length > 200) return;
    const lower = value.toLowerCase();
    if (this.protect.some((p) => lower.includes(p.toLowerCase()))) return;
    const k = key.toLowerCase();
    let set = this.seen.get(k);
    if (!set) {
      set = new Set();
      this.seen.set(k, set);
      this.values.set(k, []);
    }
    if (set.has(value) || set.size >= this.cap) return;
    set.add(value);
    this.values.get(k)!.push(value);
  }

  addJson(sample: Record<string, unknown>): void {
    if (this.frozen || this.jsonSamples.length >= 200) return;
    this.jsonSamples.push(sample);
  }

  get(key: string): readonly string[] | undefined {
    const v = this.values.get(key.toLowerCase());
    return v && v.length ? v : undefined;
  }

  /** Every pool whose key ends with `suffix` (e.g. all `…key` pools), merged. */
  endingWith(suffix: string): string[] {
    const out: string[] = [];
    for (const [k, v] of this.values) if (k.endsWith(suffix)) out.push(...v);
    return out;
  }

  /** No more additions: later operations are generated from the same pools (reproducible runs). */
  freeze(): void {
    this.frozen = true;
  }

  get size(): number {
    let n = 0;
    for (const v of this.values.values()) n += v.length;
    return n;
  }
}

const words = (name: string): string[] =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
const singular = (w: string): string => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('ses') ? w.slice(0, -2) : w.endsWith('s') ? w.slice(0, -1) : w);

/** The pools an argument may draw from, most specific first. */
function poolKeys(argName: string, fieldName: string, returnType: string): string[] {
  const aw = words(argName).map((w, i, all) => (i === all.length - 1 ? singular(w) : w));
  const keys: string[] = [];
  const special: Record<string, string[]> = {
    after: ['endcursor'],
    alias: ['searchaliasalias', 'alias'],
    index: ['searchaliasalias', 'searchindexupdateindex'],
    from: ['archivedserviceid'],
    to: ['archivedserviceid'],
  };
  keys.push(...(special[argName] ?? []));
  if (argName === 'id' || argName === 'slug') {
    keys.push(`${returnType}${argName}`);
    const fw = words(fieldName).slice(1);
    for (let i = 0; i < fw.length; i++) keys.push(`${fw.slice(i).map(singular).join('')}${argName}`);
  }
  for (let i = 0; i < aw.length; i++) keys.push(aw.slice(i).join(''));
  if (aw.length === 1) keys.push(`${aw[0]}slug`, `${aw[0]}id`);
  return [...new Set(keys.map((k) => k.toLowerCase()))];
}

// ---------------------------------------------------------------------------------------------
// Awkward values

const LONG = 'x'.repeat(4000);
export const STRINGS = {
  normal: [
    'hello',
    'Cloud hosting',
    'g-cloud-13',
    'digital-outcomes',
    'cloud-software',
    'services',
    'opportunities',
    'User',
    'Service',
    'test@example.gov.uk',
    'supplier@example.com',
    'a',
    'A1',
    'London',
    'yes',
    'no',
    'true',
    'other',
  ],
  empty: ['', ' ', '   ', '\t', '\n'],
  long: [LONG, `${'é'.repeat(2500)}`, `${'word '.repeat(900)}`, `${'😀'.repeat(1500)}`, 'a'.repeat(256), 'a'.repeat(321), `${'a'.repeat(250)}@example.gov.uk`],
  unicode: [
    'ünïcödé',
    '日本語のテキスト',
    'Ελληνικά',
    'עברית',
    '😀👍🏽👨‍👩‍👧‍👦',
    'e\u0301',
    '\u200b\u200c\u200d\ufeff',
    '\u202e\u202d',
    'İstanbul',
    'ß',
    '\ufffd',
    '\ud800',
    'a\udfff',
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
    'Ⅻ',
    '١٢٣',
  ],
  control: [
    'a\u0000b',
    '\u0000',
    'nul\u0000',
    '\u0000\u0000\u0000',
    '\u0001\u0002\u0003',
    '\u001b[31mred',
    '\u007f',
    'line\nbreak',
    'tab\tbed',
    'cr\rlf',
    '\b\f\v',
    '\u2028\u2029',
    '\u0085',
  ],
  sql: [
    "' OR '1'='1",
    "'; DROP TABLE users; --",
    '" OR ""="',
    '%',
    '_',
    '%%',
    '\\',
    "\\'",
    "' UNION SELECT NULL--",
    '1; SELECT pg_sleep(0)',
    "admin'--",
    '%_%',
    '*',
    '$1',
    '?',
    ':id',
    "E'\\x00'",
    'null',
    'NULL',
  ],
  path: [
    '../../etc/passwd',
    '..\\..\\windows\\win.ini',
    '/etc/passwd',
    '%2e%2e%2f%2e%2e%2f',
    'C:\\Windows\\System32',
    '~/.ssh/id_rsa',
    'file:///etc/hosts',
    '//evil.example',
    '.',
    '..',
    '/',
    'a/b/c',
    'con',
    'a?b#c',
  ],
  html: [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    '&amp;&lt;&gt;',
    '<b>bold</b>',
    '{{7*7}}',
    '${7*7}',
    '<%= 7*7 %>',
    '%s%s%s%n',
    '%d',
    'javascript:alert(1)',
  ],
  numeric: ['0', '-1', '1', '1.5', '1e309', '-1e309', 'NaN', 'Infinity', '-Infinity', '99999999999999999999', '2147483648', '0x10', '1_000', '+1', '00', ' 1 ', '9007199254740993'],
  json: ['{}', '[]', '{"a":1}', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '[object Object]', 'undefined'],
  date: ['2024-01-01', '2024-02-30', '2024-13-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '0000-01-01', '1970-01-01T00:00:00Z', 'yesterday', '2024-06-03T09:00:00+25:00'],
  email: [
    'a@b',
    'x@example.gov.uk',
    'x@crowncommercial.gov.uk',
    'x@gmail.com',
    '@example.gov.uk',
    'x@',
    'x@@example.gov.uk',
    'x@example.gov.uk\u0000',
    'X@EXAMPLE.GOV.UK',
    '"quoted"@example.gov.uk',
    'x+tag@example.gov.uk',
    'x@[127.0.0.1]',
    'x@exämple.gov.uk',
  ],
  cursor: [
    'aWQ6MQ',
    'aWQ6MA',
    'aWQ6LTE',
    'aWQ6OTk5OTk5OTk5OTk5OTk',
    'b2Zmc2V0OjA',
    'b2Zmc2V0Oi0x',
    'b2Zmc2V0Ojk5OTk5OTk',
    'b2Zmc2V0Ojk5OTk5OTk5OTk5OQ',
    'aWQ6MjE0NzQ4MzY0OA',
    '!!!',
    '====',
    'aWQ6',
    'a',
    'aWQ6MQ==',
    'aWQ6MQ\u0000',
  ],
};

const INTS = [0, -1, 1, 2, 3, 10, 29, 30, 31, 99, 100, 101, 1000, 32767, -32768, 65535, 1000000, 999999999, 2147483646, 2147483647, -2147483647, -2147483648];
const FLOATS = [0, -1, 1, 0.5, -0.5, 1e-7, 5e-324, 1.7976931348623157e308, -1.7976931348623157e308, 2147483648, 2 ** 53, 2 ** 53 + 2, 1e21, 123.456, 0.1];
const IDS = [
  '0',
  '1',
  '2',
  '3',
  '5',
  '10',
  '42',
  '-1',
  '2147483647',
  '2147483648',
  '-2147483648',
  '4294967296',
  '99999999999999999999',
  '9007199254740993',
  '1e3',
  '1.5',
  '0x1F',
  ' 1',
  '1 ',
  '01',
  '+1',
  '١٢٣',
  'NaN',
  'abc',
  '',
  '1234567890123456',
  '5555555555555555',
  '999999999999999',
  '0000000000000000',
];
const DATES = [
  '2024-06-03T09:00:00.000Z',
  '2024-06-03T09:00:00Z',
  '2030-01-01T00:00:00.000Z',
  '2020-01-01T00:00:00.000Z',
  '1970-01-01T00:00:00.000Z',
  '0001-01-01T00:00:00.000Z',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00.000Z',
  '-000001-01-01T00:00:00.000Z',
  '2024-02-30T00:00:00Z',
  '2024-06-03',
  'not a date',
  '',
  '2024-06-03T09:00:00+14:00',
];
const JSON_KEYS = [
  'a',
  'b',
  'name',
  'value',
  'id',
  '',
  ' ',
  '__proto__',
  'constructor',
  'toString',
  'a\u0000b',
  'a.b',
  '$where',
  'ключ',
  '😀',
  'k'.repeat(300),
  'serviceName',
  'q',
  'lot',
  'status',
];

const NAME_RE = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** Makes an own enumerable property even for keys like `__proto__`. */
function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

export interface GenContext {
  r: Rng;
  pools: Pools;
  dictionary: readonly string[];
  /** Argument (or input field) name, field name and named return type of the field, for pool lookups. */
  argName: string;
  fieldName: string;
  returnType: string;
  description?: string | null;
}

function mutateString(s: string, r: Rng): string {
  switch (r.int(9)) {
    case 0:
      return s.toUpperCase();
    case 1:
      return ` ${s} `;
    case 2:
      return `${s}\u0000`;
    case 3:
      return s.repeat(Math.ceil(3000 / Math.max(1, s.length)));
    case 4:
      return `${s}'`;
    case 5:
      return s.slice(0, Math.max(0, s.length - 1));
    case 6:
      return `${s}${r.pick(STRINGS.unicode)}`;
    case 7:
      // A lone surrogate: valid in a JS string and in JSON text, not in Postgres json or UTF-8.
      return `${s}${r.pick(['\ud800', '\udfff'])}`;
    default:
      return `${s}%`;
  }
}

function fromPools(ctx: GenContext): string | undefined {
  for (const k of poolKeys(ctx.argName, ctx.fieldName, ctx.returnType)) {
    const pool = ctx.pools.get(k);
    if (pool) return ctx.r.pick(pool);
  }
  return undefined;
}

function descriptionWords(description: string | null | undefined): string[] {
  if (!description) return [];
  const quoted = [...description.matchAll(/"([^"]{1,40})"/g)].map((m) => m[1]!);
  const bare = description.match(/\b[a-z][a-zA-Z0-9-]{2,30}\b/g) ?? [];
  return [...quoted, ...bare];
}

export function genString(ctx: GenContext): string {
  const { r } = ctx;
  if (r.chance(0.4)) {
    const pooled = fromPools(ctx);
    if (pooled !== undefined) return r.chance(0.8) ? pooled : mutateString(pooled, r);
  }
  if (r.chance(0.12)) {
    const desc = descriptionWords(ctx.description);
    if (desc.length) return r.pick(desc);
  }
  if (ctx.argName === 'after' && r.chance(0.6)) return r.pick(STRINGS.cursor);
  if (/email/i.test(ctx.argName) && r.chance(0.6)) return r.pick(STRINGS.email);
  const roll = r.next();
  if (roll < 0.18) return r.pick(STRINGS.normal);
  if (roll < 0.26) return ctx.dictionary.length ? r.pick(ctx.dictionary) : r.pick(STRINGS.normal);
  if (roll < 0.32) return r.pick(STRINGS.empty);
  if (roll < 0.4) return r.pick(STRINGS.long);
  if (roll < 0.5) return r.pick(STRINGS.unicode);
  if (roll < 0.62) return r.pick(STRINGS.control);
  if (roll < 0.7) return r.pick(STRINGS.sql);
  if (roll < 0.76) return r.pick(STRINGS.path);
  if (roll < 0.82) return r.pick(STRINGS.html);
  if (roll < 0.87) return r.pick(STRINGS.numeric);
  if (roll < 0.9) return r.pick(STRINGS.json);
  if (roll < 0.93) return r.pick(STRINGS.date);
  if (roll < 0.96) return r.pick(STRINGS.cursor);
  return mutateString(r.pick(STRINGS.normal), r);
}

export function genId(ctx: GenContext): string {
  const { r } = ctx;
  if (r.chance(0.5)) {
    const pooled = fromPools(ctx) ?? ctx.pools.get('id')?.[r.int(ctx.pools.get('id')!.length)];
    if (pooled !== undefined) return r.chance(0.9) ? pooled : mutateString(pooled, r);
  }
  const roll = r.next();
  if (roll < 0.3) return String(r.between(1, 60));
  if (roll < 0.8) return r.pick(IDS);
  return genString({ ...ctx, argName: '' });
}

function genInt(ctx: GenContext): number {
  const { r } = ctx;
  if (r.chance(0.2)) {
    const pooled = fromPools(ctx);
    if (pooled !== undefined && /^-?\d{1,9}$/.test(pooled)) return Number(pooled);
  }
  return r.chance(0.7) ? r.pick(INTS) : r.between(-5, 120);
}

function genDate(ctx: GenContext): string {
  const { r } = ctx;
  if (r.chance(0.4)) return new Date(Date.UTC(2024, 5, 3) + (r.next() - 0.5) * 4e10).toISOString();
  return r.pick(DATES);
}

/** A JSON value: mostly small objects and arrays, a little nesting, nulls, numbers, NULs; rarely very deep. */
export function genJson(ctx: GenContext, depth = 0): unknown {
  const { r } = ctx;
  if (depth === 0 && r.chance(0.03)) return deepJson(r);
  const roll = r.next();
  if (depth >= 3 || roll < 0.5) {
    const leaf = r.int(7);
    if (leaf === 0) return null;
    if (leaf === 1) return r.chance(0.5);
    if (leaf === 2) return r.pick([...INTS, ...FLOATS]);
    if (leaf === 3) {
      const values = ctx.pools.endingWith('value');
      if (values.length) return r.pick(values);
    }
    return genString({ ...ctx, argName: 'value' });
  }
  if (roll < 0.72) return Array.from({ length: r.pick([0, 1, 2, 3, 5]) }, () => genJson(ctx, depth + 1));
  return genJsonObject(ctx, depth + 1);
}

function jsonKey(ctx: GenContext): string {
  const { r } = ctx;
  const roll = r.next();
  if (roll < 0.35 && ctx.dictionary.length) return r.pick(ctx.dictionary);
  if (roll < 0.55) {
    const keys = ctx.pools.endingWith('key');
    if (keys.length) return r.pick(keys);
  }
  return r.pick(JSON_KEYS);
}

export function genJsonObject(ctx: GenContext, depth = 0): Record<string, unknown> {
  const { r } = ctx;
  if (depth === 0 && r.chance(0.03)) return { a: deepJson(r) };
  const obj: Record<string, unknown> = {};
  if (depth === 0 && ctx.pools.jsonSamples.length && r.chance(0.45)) {
    // A real answer set (or one seen in a response), with some answers dropped or replaced.
    const sample = r.pick(ctx.pools.jsonSamples);
    for (const [k, v] of Object.entries(sample)) {
      if (r.chance(0.25)) continue;
      setOwn(obj, k, r.chance(0.2) ? genJson(ctx, depth + 1) : v);
    }
    if (r.chance(0.3)) setOwn(obj, jsonKey(ctx), genJson(ctx, depth + 1));
    return obj;
  }
  const n = r.pick([0, 1, 1, 2, 3, 5]);
  for (let i = 0; i < n; i++) {
    const key = jsonKey(ctx);
    // Filters and answers take lists of values: give those often.
    const value = r.chance(0.3) ? Array.from({ length: r.between(0, 3) }, () => genString({ ...ctx, argName: 'value' })) : genJson(ctx, depth + 1);
    setOwn(obj, key, value);
  }
  return obj;
}

function deepJson(r: Rng): unknown {
  const depth = r.pick([64, 200, 1000, 3000]);
  let v: unknown = r.pick([null, 'x\u0000', 1, []]);
  const asArray = r.chance(0.5);
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  return v;
}

/** A value for an input type; for nullable types sometimes null. */
export function genInput(type: GraphQLInputType, ctx: GenContext, depth = 0): unknown {
  const { r } = ctx;
  if (!isNonNullType(type) && r.chance(0.1)) return null;
  const inner = getNullableType(type);
  // Rarely a value of the wrong shape, to check that coercion failures are typed too.
  if (r.chance(0.015)) return r.pick<unknown>(['wrong', 1.5, true, {}, [], 'x'.repeat(10)]);
  if (isListType(inner)) {
    if (r.chance(0.05)) return genInput(inner.ofType, ctx, depth + 1);
    const n = r.pick([0, 1, 1, 2, 3, 5, depth === 0 && r.chance(0.2) ? 60 : 4]);
    return Array.from({ length: n }, () => genInput(inner.ofType, ctx, depth + 1));
  }
  if (isEnumType(inner)) {
    if (r.chance(0.02)) return 'NOT_A_VALUE';
    return r.pick(inner.getValues()).name;
  }
  if (isInputObjectType(inner)) {
    const obj: Record<string, unknown> = {};
    for (const f of Object.values(inner.getFields())) {
      const required = isNonNullType(f.type) && f.defaultValue === undefined;
      if (!required && r.chance(0.4)) continue;
      if (!required && r.chance(0.15)) {
        obj[f.name] = null;
        continue;
      }
      if (required && r.chance(0.01)) continue;
      obj[f.name] = genInput(f.type, { ...ctx, argName: f.name, description: f.description }, depth + 1);
    }
    return obj;
  }
  switch (inner.name) {
    case 'String':
      return genString(ctx);
    case 'ID':
      return genId(ctx);
    case 'Int':
      return genInt(ctx);
    case 'Float':
      return r.chance(0.5) ? genInt(ctx) : r.pick(FLOATS);
    case 'Boolean':
      return r.chance(0.5);
    case 'JSON':
      return genJson(ctx);
    case 'JSONObject':
      return genJsonObject(ctx);
    default:
      return /date|time/i.test(inner.name) ? genDate(ctx) : genString(ctx);
  }
}

// ---------------------------------------------------------------------------------------------
// Operations

export interface ArgValue {
  name: string;
  type: GraphQLInputType;
  value: unknown;
  /** As a variable, or written into the document. */
  inline: boolean;
  /** Written into the document even though it is large or deep (to test the parser and the limits). */
  force?: boolean;
}

export interface Selection {
  name: string;
  args: ArgValue[];
  children: Selection[];
  /** Inline fragments on the members of a union or interface. */
  fragments: Array<{ on: string; children: Selection[] }>;
}

export type RootKind = 'query' | 'mutation' | 'subscription';

export interface Operation {
  kind: RootKind;
  root: Selection;
}

export interface Rendered {
  query: string;
  variables: Record<string, unknown>;
}

function canInline(value: unknown, type: GraphQLInputType): boolean {
  if (tokens(value) > 400) return false;
  if (value === null) return true;
  const t = getNullableType(type);
  if (isListType(t)) return Array.isArray(value) ? value.every((v) => canInline(v, t.ofType)) : canInline(value, t.ofType);
  if (isInputObjectType(t)) {
    if (typeof value !== 'object' || Array.isArray(value)) return true;
    const fields = t.getFields();
    return Object.entries(value as Record<string, unknown>).every(([k, v]) => fields[k] !== undefined && canInline(v, fields[k].type));
  }
  return canInlineAny(value);
}

function canInlineAny(value: unknown): boolean {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.length < 200 && value.every(canInlineAny);
  if (typeof value === 'object') return Object.entries(value as object).every(([k, v]) => NAME_RE.test(k) && canInlineAny(v));
  return false;
}

/** Roughly the lexical tokens a value takes written inline (servers may limit tokens per document). */
function tokens(value: unknown, depth = 0): number {
  if (depth > 40) return Infinity;
  if (Array.isArray(value)) return value.reduce<number>((n, v) => n + tokens(v, depth + 1), 2);
  if (value && typeof value === 'object') return Object.values(value).reduce<number>((n, v) => n + 2 + tokens(v, depth + 1), 2);
  return 1;
}

function literal(value: unknown, type: GraphQLInputType): string {
  if (value === null) return 'null';
  const t = getNullableType(type);
  if (isListType(t)) return Array.isArray(value) ? `[${value.map((v) => literal(v, t.ofType)).join(', ')}]` : literal(value, t.ofType);
  if (isInputObjectType(t) && typeof value === 'object' && !Array.isArray(value)) {
    const fields = t.getFields();
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${literal(v, fields[k]!.type)}`)
      .join(', ')} }`;
  }
  if (isEnumType(t) && typeof value === 'string' && NAME_RE.test(value) && !['true', 'false', 'null'].includes(value)) return value;
  if (isScalarType(t) && t.name === 'ID' && typeof value === 'string' && /^-?[1-9]\d{0,30}$/.test(value)) return value;
  return anyLiteral(value);
}

/** Punctuation on anyLiteral's stack, as opposed to a value still to be written. */
class Punct {
  constructor(readonly text: string) {}
}

/** A GraphQL literal for any JSON value; iterative, so that very deep values can be written too. */
function anyLiteral(value: unknown): string {
  const out: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (item instanceof Punct) out.push(item.text);
    else if (item === null || item === undefined) out.push('null');
    else if (typeof item === 'string') out.push(JSON.stringify(item));
    else if (typeof item === 'number' || typeof item === 'boolean') out.push(String(item));
    else {
      const parts: unknown[] = [];
      if (Array.isArray(item)) {
        parts.push(new Punct('['));
        item.forEach((v, i) => parts.push(...(i ? [new Punct(', ')] : []), v));
        parts.push(new Punct(']'));
      } else {
        parts.push(new Punct('{ '));
        Object.entries(item as object).forEach(([k, v], i) => parts.push(new Punct(`${i ? ', ' : ''}${k}: `), v));
        parts.push(new Punct(' }'));
      }
      stack.push(...parts.reverse());
    }
  }
  return out.join('');
}

/** The document and variables of an operation (named after its field, for readable logs). */
export function render(op: Operation): Rendered {
  const variables: Record<string, unknown> = {};
  const defs: string[] = [];
  const args = (list: ArgValue[]) => {
    if (!list.length) return '';
    return `(${list
      .map((a) => {
        if (a.inline && (a.force || (tokens(a.value) < 150 && canInline(a.value, a.type)))) return `${a.name}: ${literal(a.value, a.type)}`;
        const v = `v${defs.length}`;
        defs.push(`$${v}: ${String(a.type)}`);
        variables[v] = a.value;
        return `${a.name}: $${v}`;
      })
      .join(', ')})`;
  };
  const sel = (s: Selection): string => {
    const inner = [...s.children.map(sel), ...s.fragments.map((f) => `... on ${f.on} { ${f.children.map(sel).join(' ')} }`)];
    return `${s.name}${args(s.args)}${inner.length ? ` { ${inner.join(' ')} }` : ''}`;
  };
  const body = sel(op.root);
  return { query: `${op.kind} Fuzz_${op.root.name}${defs.length ? `(${defs.join(', ')})` : ''} { ${body} }`, variables };
}

export interface GenOptions {
  /** Levels of object fields below the root field's own (default 2). */
  maxDepth?: number;
  /** Every leaf field and every object field to maxDepth (for harvesting ids and slugs). */
  wide?: boolean;
  /** Share of arguments written inline rather than as variables (default 0.4). */
  inlineShare?: number;
}

export class Generator {
  constructor(
    readonly schema: GraphQLSchema,
    readonly pools: Pools,
    readonly dictionary: readonly string[] = [],
  ) {}

  rootFields(kind: RootKind): Array<GraphQLField<unknown, unknown>> {
    const t = kind === 'query' ? this.schema.getQueryType() : kind === 'mutation' ? this.schema.getMutationType() : this.schema.getSubscriptionType();
    return t ? Object.values(t.getFields()) : [];
  }

  args(field: GraphQLField<unknown, unknown>, r: Rng, opts: GenOptions, minimal = false): ArgValue[] {
    const out: ArgValue[] = [];
    const returnType = getNamedType(field.type).name;
    for (const a of field.args) {
      const required = isNonNullType(a.type) && a.defaultValue === undefined;
      if (!required && (minimal || r.chance(0.45))) continue;
      const ctx: GenContext = { r, pools: this.pools, dictionary: this.dictionary, argName: a.name, fieldName: field.name, returnType, description: a.description };
      // Optional arguments are given as explicit nulls often (`after: null`, `filters: null`).
      const value = !required && !isNonNullType(a.type) && r.chance(0.2) ? null : genInput(a.type, ctx);
      const inline = r.chance(opts.inlineShare ?? 0.4);
      out.push({ name: a.name, type: a.type, value, inline, ...(inline && tokens(value) === Infinity ? { force: true } : {}) });
    }
    return out;
  }

  selection(type: GraphQLOutputType, depth: number, r: Rng, opts: GenOptions): { children: Selection[]; fragments: Selection['fragments'] } {
    const named = getNamedType(type);
    const maxDepth = opts.maxDepth ?? 2;
    if (isLeafType(named)) return { children: [], fragments: [] };
    const leaf = (name: string): Selection => ({ name, args: [], children: [], fragments: [] });
    if (isAbstractType(named)) {
      const fragments: Selection['fragments'] = [];
      for (const member of r.sample(this.schema.getPossibleTypes(named), opts.wide ? 3 : r.int(3))) {
        const sub = this.objectSelection(member, depth, maxDepth, r, opts);
        if (sub.length) fragments.push({ on: member.name, children: sub });
      }
      return { children: [leaf('__typename')], fragments };
    }
    const children = this.objectSelection(named as GraphQLObjectType, depth, maxDepth, r, opts);
    return { children: children.length ? children : [leaf('__typename')], fragments: [] };
  }

  private objectSelection(type: GraphQLObjectType, depth: number, maxDepth: number, r: Rng, opts: GenOptions): Selection[] {
    const fields = Object.values(type.getFields());
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
    const composites = fields.filter((f) => !isLeafType(getNamedType(f.type)));
    const withoutRequired = (f: GraphQLField<unknown, unknown>) => f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined);
    const chosen: Array<GraphQLField<unknown, unknown>> = [];
    if (opts.wide) chosen.push(...leaves.filter(withoutRequired));
    else {
      const idField = leaves.find((f) => f.name === 'id');
      if (idField && r.chance(0.7)) chosen.push(idField);
      chosen.push(...r.sample(leaves, r.between(1, Math.min(4, Math.max(1, leaves.length)))).filter((f) => f !== idField));
    }
    if (depth < maxDepth && composites.length) {
      if (opts.wide) chosen.push(...composites.filter(withoutRequired));
      else if (r.chance(depth === 0 ? 0.6 : 0.35)) chosen.push(...r.sample(composites, r.between(1, 2)));
    }
    return chosen.map((f) => {
      const sub = this.selection(f.type, depth + 1, r, opts);
      if (!isLeafType(getNamedType(f.type)) && depth + 1 > maxDepth && !sub.children.length) return { name: '__typename', args: [], children: [], fragments: [] };
      return { name: f.name, args: this.args(f, r, opts, opts.wide), ...sub };
    });
  }

  operation(kind: RootKind, field: GraphQLField<unknown, unknown>, r: Rng, opts: GenOptions = {}): Operation {
    const sub = this.selection(field.type, 0, r, opts);
    return { kind, root: { name: field.name, args: this.args(field, r, opts, false), ...sub } };
  }

  /** Records the ids, slugs, cursors, keys and answer sets of a response's data. */
  collect(data: unknown, kind: RootKind): void {
    if (!data || typeof data !== 'object') return;
    const root = kind === 'query' ? this.schema.getQueryType() : kind === 'mutation' ? this.schema.getMutationType() : this.schema.getSubscriptionType();
    if (root) this.walk(data, root);
  }

  private walk(value: unknown, type: GraphQLNamedType): void {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value.slice(0, 50)) this.walk(v, type);
      return;
    }
    let t = type;
    if (isAbstractType(t)) {
      const name = (value as { __typename?: string }).__typename;
      const resolved = name ? this.schema.getType(name) : undefined;
      if (!resolved) return;
      t = resolved;
    }
    if (!isObjectType(t)) return;
    const fields = t.getFields();
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const f = fields[key];
      if (!f || v === null || v === undefined) continue;
      const named = getNamedType(f.type);
      if (isLeafType(named)) {
        if (named.name === 'JSON' || named.name === 'JSONObject') {
          if (v && typeof v === 'object' && !Array.isArray(v)) {
            this.pools.addJson(v as Record<string, unknown>);
            for (const [k, jv] of Object.entries(v)) {
              this.pools.add('jsonkey', k);
              if (typeof jv === 'string' && jv.length < 80) this.pools.add('jsonvalue', jv);
            }
          }
          continue;
        }
        for (const item of Array.isArray(v) ? v : [v]) {
          if (typeof item !== 'string' && typeof item !== 'number') continue;
          this.pools.add(key, String(item));
          this.pools.add(`${t.name}${key}`, String(item));
        }
      } else this.walk(v, named);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// What counts as a failure

export type ProblemKind = 'internal' | 'missing-code' | 'leak' | 'http-5xx' | 'bad-response' | 'ws-close';

export interface Problem {
  kind: ProblemKind;
  code?: string;
  message: string;
  /** The pattern that matched, for leaks. */
  detail?: string;
}

/** What internals look like in a message or an extension (after the caller's own input is removed). */
export const LEAK_PATTERNS: Array<{ name: string; re: RegExp }> = [
  { name: 'stack frame', re: /\bat (?:async )?[\w$.<>[\] ]+ \(?(?:file:\/\/|node:|\/)[^()\s]*:\d+:\d+\)?/ },
  { name: 'stack frame', re: /\n\s+at\s/ },
  { name: 'file path', re: /\/work\/|node_modules|\/home\/|\/usr\/(?:lib|local)\/|[\w-]+\.(?:ts|js|mjs|cjs):\d+/ },
  { name: 'SQL', re: /\b(?:select|insert\s+into|update|delete\s+from)\b[^\n]{0,300}?(?:"\w+"\s*\.\s*(?:"\w+"|\*)|\bfrom\s+"\w+"|\binto\s+"\w+")/i },
  {
    name: 'SQL',
    re: /\bviolates\s+(?:unique|foreign key|not-null|check|exclusion)\s+constraint\b|\bsyntax error at or near\b|\brelation "[^"]+" does not exist|\bcolumn "[^"]+"|\bcolumn [\w]+\.[\w]+ does not exist/i,
  },
  {
    name: 'PostgreSQL',
    re: /invalid input syntax for (?:type|integer)|invalid message format|surrogate must follow|out of range for type|value too long for type|invalid byte sequence for encoding|unsupported Unicode escape sequence|cannot be converted to text|duplicate key value|current transaction is aborted|stack depth limit exceeded|date\/time field value out of range|invalid input value for enum|\bSQLSTATE\b|\bpg_\w+\b|operator does not exist/i,
  },
  {
    name: 'driver',
    re: /\b(?:ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EADDRINUSE|ENOTFOUND)\b|\bMikroORM\b|\bEntityManager\b|\bknex\b|\bkysely\b|\bpg-boss\b|\bDriverException\b|\bQueryFailedError\b/i,
  },
  {
    name: 'JavaScript',
    re: /Maximum call stack size exceeded|argument must be of type|\bERR_[A-Z_]{4,}\b|Cannot read propert(?:y|ies) of|Cannot set propert(?:y|ies) of|Cannot destructure|is not a function|is not iterable|is not a constructor|is not defined\b|\b(?:TypeError|ReferenceError|RangeError|SyntaxError|EvalError|URIError)\b|Unexpected token .* in JSON at position|Unexpected end of JSON input|, "[^"]*" is not valid JSON|\[object Object\]|Invalid time value|Invalid array length/,
  },
];

const ALLOWED_EXTENSION_KEYS_LEAKY = ['stacktrace', 'exception', 'originalError', 'sql', 'query'];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Removes what the caller sent (echoed in coercion and validation messages, perhaps trimmed or in
 * another case) so that only the server's own words are checked.
 */
function withoutInputs(text: string, inputs: readonly string[]): string {
  let out = text;
  for (const s of inputs) {
    for (const form of new Set([s, s.trim(), JSON.stringify(s).slice(1, -1)])) {
      if (form.length < 3) continue;
      out = out.replace(new RegExp(escapeRegExp(form), 'gi'), '«input»');
    }
  }
  return out;
}

export function findLeak(text: string, inputs: readonly string[]): string | undefined {
  if (!LEAK_PATTERNS.some((p) => p.re.test(text))) return undefined;
  const own = withoutInputs(text, inputs);
  return LEAK_PATTERNS.find((p) => p.re.test(own))?.name;
}

/** Every string in a value (variables and inline literals), longest first. */
export function inputStrings(op: Operation): string[] {
  const out = new Set<string>();
  const visit = (v: unknown, depth: number) => {
    if (depth > 50) return;
    if (typeof v === 'string') out.add(v);
    else if (typeof v === 'number') out.add(String(v));
    else if (Array.isArray(v)) for (const x of v) visit(x, depth + 1);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        out.add(k);
        visit(x, depth + 1);
      }
  };
  const sel = (s: Selection) => {
    for (const a of s.args) visit(a.value, 0);
    s.children.forEach(sel);
    for (const f of s.fragments) f.children.forEach(sel);
  };
  sel(op.root);
  return [...out].sort((a, b) => b.length - a.length);
}

export interface GraphQLErrorLike {
  message?: unknown;
  path?: unknown;
  extensions?: Record<string, unknown>;
}

/** The problems in one GraphQL error, and its code for the histogram. */
export function checkError(error: GraphQLErrorLike, inputs: readonly string[]): { code: string; problems: Problem[] } {
  const problems: Problem[] = [];
  const message = typeof error.message === 'string' ? error.message : JSON.stringify(error.message);
  const code = typeof error.extensions?.code === 'string' ? error.extensions.code : undefined;
  if (!code) problems.push({ kind: 'missing-code', message });
  else if (code === 'INTERNAL_SERVER_ERROR') problems.push({ kind: 'internal', code, message });
  const leak = findLeak(message, inputs) ?? (error.extensions ? findLeak(JSON.stringify(error.extensions), inputs) : undefined);
  if (leak) problems.push({ kind: 'leak', code, message: `${message}${error.extensions ? ` ${JSON.stringify(error.extensions)}` : ''}`, detail: leak });
  const leakyKey = Object.keys(error.extensions ?? {}).find((k) => ALLOWED_EXTENSION_KEYS_LEAKY.includes(k));
  if (leakyKey) problems.push({ kind: 'leak', code, message, detail: `extensions.${leakyKey}` });
  return { code: code ?? '(no code)', problems };
}

export interface Outcome {
  /** Error codes of the response (or OK), for the histogram. */
  codes: string[];
  problems: Problem[];
  data?: unknown;
  /** Results received (subscriptions). */
  events?: number;
}

/** Checks an HTTP response: its status, its body's shape and each error. */
export function checkHttp(status: number, body: unknown, text: string, inputs: readonly string[]): Outcome {
  const problems: Problem[] = [];
  const codes: string[] = [];
  if (status >= 500) problems.push({ kind: 'http-5xx', code: `HTTP ${status}`, message: text.slice(0, 300) });
  if (body === undefined || typeof body !== 'object' || body === null) {
    codes.push(`HTTP ${status} (not JSON)`);
    if (status < 500 && status !== 429 && status !== 413) problems.push({ kind: 'bad-response', code: `HTTP ${status}`, message: text.slice(0, 300) });
    const leak = findLeak(text, inputs);
    if (leak) problems.push({ kind: 'leak', message: text.slice(0, 300), detail: leak });
    return { codes, problems };
  }
  const res = body as { data?: unknown; errors?: unknown; statusCode?: unknown; code?: unknown; message?: unknown };
  if (status >= 400 && status < 500 && res.data === undefined && res.errors === undefined && typeof res.code === 'string') {
    // A refusal before GraphQL (the HTTP layer's own error body, e.g. a JSON body with "__proto__" keys).
    codes.push(`HTTP ${status} ${res.code}`);
    const leak = findLeak(String(res.message ?? ''), inputs);
    if (leak) problems.push({ kind: 'leak', code: res.code, message: String(res.message), detail: leak });
    return { codes, problems };
  }
  if (res.errors !== undefined && !Array.isArray(res.errors)) problems.push({ kind: 'bad-response', message: `errors is not a list: ${text.slice(0, 200)}` });
  const errors = Array.isArray(res.errors) ? (res.errors as GraphQLErrorLike[]) : [];
  if (!errors.length && res.data === undefined) problems.push({ kind: 'bad-response', message: `neither data nor errors: ${text.slice(0, 200)}` });
  for (const e of errors) {
    const c = checkError(e, inputs);
    codes.push(c.code);
    problems.push(...c.problems);
  }
  if (!errors.length) codes.push('OK');
  return { codes, problems, data: res.data };
}

// ---------------------------------------------------------------------------------------------
// Clients and transports

export interface HttpResult {
  status: number;
  text: string;
  body: unknown;
}

/** A cookie-keeping HTTP GraphQL client for one site (the admin site is recognised by its host). */
export class HttpGraphQLClient {
  readonly cookies = new Map<string, string>();

  /**
   * `forwardedFor`: an address for each request, sent as X-Forwarded-For (as the trusted local proxy
   * would), e.g. random loopback addresses so that per-address request limits do not end a long run.
   */
  constructor(
    readonly url: string,
    readonly host: string,
    private readonly forwardedFor?: () => string,
  ) {}

  headers(): Record<string, string> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    return { 'x-forwarded-host': this.host, ...(this.forwardedFor ? { 'x-forwarded-for': this.forwardedFor() } : {}), ...(cookie ? { cookie } : {}) };
  }

  async post(query: string, variables: Record<string, unknown> = {}): Promise<HttpResult> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...this.headers() },
      body: JSON.stringify({ query, variables }),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, ...rest] = pair!.split('=');
      const value = rest.join('=');
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value);
    }
    const text = await res.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status: res.status, text, body };
  }
}

export interface FuzzClient {
  /** For the report: anonymous, admin, buyer… */
  role: string;
  http: HttpGraphQLClient;
  /** Relative share of operations sent as this client (default 1). */
  weight?: number;
  /** Fields never sent as this client (e.g. signOut for a signed-in browser). */
  skip?: ReadonlySet<string>;
  /** Restores the session when it may have been lost (deactivated, locked, signed out); undefined for anonymous clients. */
  ensureSession?(): Promise<void>;
}

interface WsResult {
  errors: GraphQLErrorLike[];
  data: unknown[];
  close?: { code: number; reason: string };
  other?: string;
}

/** One graphql-ws connection per client, made with that client's site host and cookies. */
class WsTransport {
  private readonly clients = new Map<string, WsClient>();

  constructor(private readonly url: string) {}

  private client(c: FuzzClient): WsClient {
    let ws = this.clients.get(c.role);
    if (!ws) {
      const headers = () => c.http.headers();
      class HeaderWebSocket extends WebSocket {
        constructor(address: string | URL, protocols?: string | string[]) {
          super(address, protocols, { headers: headers() });
        }
      }
      ws = createClient({ url: this.url, webSocketImpl: HeaderWebSocket, lazy: true, retryAttempts: 0, lazyCloseTimeout: 2_000 });
      this.clients.set(c.role, ws);
    }
    return ws;
  }

  /** Forgets a client's connection (after its session changed): the next operation reconnects. */
  reset(role: string): void {
    const ws = this.clients.get(role);
    this.clients.delete(role);
    void ws?.dispose();
  }

  run(c: FuzzClient, r: Rendered, kind: RootKind, waitMs: number): Promise<WsResult> {
    const result: WsResult = { errors: [], data: [] };
    return new Promise((resolve) => {
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        clearTimeout(guard);
        resolve(result);
      };
      const unsubscribe = this.client(c).subscribe(
        { query: r.query, variables: r.variables },
        {
          next: (value) => {
            if (value.errors) result.errors.push(...(value.errors as GraphQLErrorLike[]));
            if (value.data !== undefined) result.data.push(value.data);
          },
          error: (err: unknown) => {
            if (Array.isArray(err)) result.errors.push(...(err as GraphQLErrorLike[]));
            else if (err && typeof err === 'object' && 'code' in err && typeof (err as { code: unknown }).code === 'number') {
              const e = err as { code: number; reason?: string };
              result.close = { code: e.code, reason: String(e.reason ?? '') };
              this.reset(c.role);
            } else {
              result.other = err instanceof Error ? err.message : String(err);
              this.reset(c.role);
            }
            finish();
          },
          complete: finish,
        },
      );
      // A subscription with no event stays open: listen a moment, then leave.
      const timer = kind === 'subscription' ? setTimeout(() => (unsubscribe(), finish()), waitMs) : undefined;
      const guard = setTimeout(() => {
        result.other = 'no answer within 20 s';
        unsubscribe();
        finish();
      }, 20_000);
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.clients.values()].map((c) => c.dispose()));
    this.clients.clear();
  }
}

/** Close codes that name the client's mistake or a refusal; anything else is the server's failure. */
const TYPED_CLOSE_CODES = new Set([1000, 1001, 1008, 1009, 4400, 4401, 4403, 4406, 4408, 4409, 4429, 4499]);

function checkWs(res: WsResult, inputs: readonly string[]): Outcome {
  const problems: Problem[] = [];
  const codes: string[] = [];
  for (const e of res.errors) {
    const c = checkError(e, inputs);
    codes.push(c.code);
    problems.push(...c.problems);
  }
  if (res.close) {
    codes.push(`WS close ${res.close.code}`);
    if (!TYPED_CLOSE_CODES.has(res.close.code))
      problems.push({ kind: 'ws-close', code: `WS ${res.close.code}`, message: res.close.reason || `connection closed with ${res.close.code}` });
    const leak = findLeak(res.close.reason, inputs);
    if (leak) problems.push({ kind: 'leak', message: res.close.reason, detail: leak });
  }
  if (res.other) {
    codes.push('WS failure');
    problems.push({ kind: 'ws-close', message: res.other });
  }
  if (!codes.length) codes.push('OK');
  return { codes, problems, data: res.data[0], events: res.data.length };
}

// ---------------------------------------------------------------------------------------------
// The run

export type Transport = 'http' | 'ws';

export interface FuzzOptions {
  url: string;
  clients: FuzzClient[];
  /** Operations to send (after the harvest). */
  operations: number;
  seed: number;
  /** Stop sending new operations after this long (the harvest included). */
  timeBudgetMs: number;
  concurrency?: number;
  /** Share of queries and mutations sent over graphql-ws (subscriptions always are). */
  wsShare?: number;
  /** Share of operations that are subscriptions (when the schema has any). */
  subscriptionShare?: number;
  /** How long a subscription is listened to. */
  subscriptionWaitMs?: number;
  /** Words for strings and JSON keys (e.g. question ids). */
  dictionary?: readonly string[];
  /** JSON objects to mutate for JSONObject arguments (e.g. valid answer sets). */
  jsonSamples?: ReadonlyArray<Record<string, unknown>>;
  /** Time for making the reproducers smaller at the end (default 15 s). */
  shrinkBudgetMs?: number;
  /** Clients that harvest ids and slugs before the run (default: all). */
  harvestRoles?: readonly string[];
  /** Fields never sent by anyone. */
  skipFields?: ReadonlySet<string>;
  /** Values never used as arguments even when seen in responses (e.g. the signed-in clients' emails). */
  protectedValues?: readonly string[];
  /** Server log lines of unexpected errors since the last call (to explain internal errors in the report). */
  serverErrors?: () => string[];
  log?: (line: string) => void;
}

export interface Failure {
  kind: ProblemKind;
  /** Query.users, Mutation.updateBrief… */
  field: string;
  code?: string;
  message: string;
  detail?: string;
  roles: Set<string>;
  transports: Set<Transport>;
  count: number;
  /** The smallest operation seen failing this way (shrunk at the end when it could be). */
  reproducer: Rendered;
  reproducerRole: string;
  reproducerTransport: Transport;
  operation: Operation;
  /** What the server logged for it (internal errors), when reproduced alone. */
  serverLog?: string;
  /** Whether it failed again when sent alone at the end (undefined: not tried in the time given). */
  reproducedAlone?: boolean;
}

export interface FuzzReport {
  seed: number;
  operations: number;
  harvested: number;
  elapsedMs: number;
  stoppedByTime: boolean;
  perClient: Record<string, number>;
  perField: Record<string, number>;
  /** Total milliseconds spent waiting on each field's operations. */
  msPerField: Record<string, number>;
  codes: Record<string, number>;
  failures: Failure[];
  /** Times a signed-in client's session was checked (and restored if lost) after an UNAUTHENTICATED. */
  sessionChecks: number;
  /** Subscription events received. */
  events: number;
  /** Sockets closed under operations that did not close them when sent alone (not reported). */
  droppedCollateral: number;
  /** Things that limited the run (e.g. a session that could not be restored). */
  notes: string[];
}

const normalise = (message: string) =>
  message
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/\b\d+\b/g, 'N')
    .slice(0, 300);

function size(r: Rendered): number {
  return r.query.length + JSON.stringify(r.variables).length;
}

/**
 * The schema as a client sees it: the standard introspection query, or, when the server refuses it
 * (a query cost or token limit), the same answer assembled a few types at a time.
 */
export async function introspect(client: HttpGraphQLClient, log: (line: string) => void = () => undefined): Promise<GraphQLSchema> {
  const standard = getIntrospectionQuery();
  const full = await client.post(standard);
  const fullData = (full.body as { data?: IntrospectionQuery } | undefined)?.data;
  if (fullData?.__schema) return buildClientSchema(fullData);
  log(`[fuzz] the standard introspection query was refused (${full.status}: ${full.text.slice(0, 200)}); introspecting a few types at a time`);
  const fragment = (name: string) => {
    const start = standard.indexOf(`fragment ${name} `);
    const end = standard.indexOf('fragment ', start + 1);
    return standard.slice(start, end === -1 ? undefined : end);
  };
  const ask = async <T>(query: string): Promise<T> => {
    const res = await client.post(query);
    const data = (res.body as { data?: T } | undefined)?.data;
    if (!data) throw new Error(`introspection failed (${res.status}): ${res.text.slice(0, 300)} (the standard query: ${full.text.slice(0, 300)})`);
    return data;
  };
  const head = await ask<{ __schema: Omit<IntrospectionQuery['__schema'], 'types'> & { types: Array<{ name: string }> } }>(
    `query { __schema { queryType { name kind } mutationType { name kind } subscriptionType { name kind } types { name } directives { name description locations args { ...InputValue } } } } ${fragment('InputValue')} ${fragment('TypeRef')}`,
  );
  const types: IntrospectionQuery['__schema']['types'][number][] = [];
  const names = head.__schema.types.map((t) => t.name);
  for (let i = 0; i < names.length; i += 8) {
    const batch = names.slice(i, i + 8);
    const data = await ask<Record<string, IntrospectionQuery['__schema']['types'][number]>>(
      `query { ${batch.map((n, j) => `t${j}: __type(name: ${JSON.stringify(n)}) { ...FullType }`).join(' ')} } ${fragment('FullType')} ${fragment('InputValue')} ${fragment('TypeRef')}`,
    );
    types.push(...batch.map((_n, j) => data[`t${j}`]!));
  }
  return buildClientSchema({ __schema: { ...head.__schema, types } } as IntrospectionQuery);
}

export async function runFuzz(opts: FuzzOptions): Promise<FuzzReport> {
  const started = Date.now();
  const deadline = started + opts.timeBudgetMs;
  const log = opts.log ?? (() => undefined);
  const concurrency = opts.concurrency ?? 6;
  const wsShare = opts.wsShare ?? 0.1;
  const subWait = opts.subscriptionWaitMs ?? 150;
  const schema = await introspect(opts.clients[0]!.http, log);
  const pools = new Pools(opts.protectedValues ?? []);
  for (const s of opts.jsonSamples ?? []) pools.addJson(s);
  const gen = new Generator(schema, pools, opts.dictionary ?? []);
  const ws = new WsTransport(`${opts.url.replace(/^http/, 'ws')}/graphql`);
  const report: FuzzReport = {
    seed: opts.seed,
    operations: 0,
    harvested: 0,
    elapsedMs: 0,
    stoppedByTime: false,
    perClient: {},
    perField: {},
    msPerField: {},
    codes: {},
    failures: [],
    notes: [],
    sessionChecks: 0,
    events: 0,
    droppedCollateral: 0,
  };
  const failures = new Map<string, Failure>();
  const skip = opts.skipFields ?? new Set<string>();
  const recovering = new Map<string, Promise<void>>();

  const fields = (kind: RootKind) => gen.rootFields(kind).filter((f) => !skip.has(f.name));
  const queries = fields('query');
  const mutations = fields('mutation');
  const subscriptions = fields('subscription');

  const send = async (client: FuzzClient, transport: Transport, op: Operation): Promise<Outcome> => {
    const rendered = render(op);
    const inputs = inputStrings(op);
    if (transport === 'ws') return checkWs(await ws.run(client, rendered, op.kind, subWait), inputs);
    try {
      const res = await client.http.post(rendered.query, rendered.variables);
      return checkHttp(res.status, res.body, res.text, inputs);
    } catch (e) {
      return { codes: ['fetch failed'], problems: [{ kind: 'bad-response', message: `request failed: ${(e as Error).message}` }] };
    }
  };

  const record = (client: FuzzClient, transport: Transport, op: Operation, outcome: Outcome, ms: number) => {
    const fieldName = `${op.kind === 'query' ? 'Query' : op.kind === 'mutation' ? 'Mutation' : 'Subscription'}.${op.root.name}`;
    const clientKey = `${client.role} ${transport}`;
    report.perClient[clientKey] = (report.perClient[clientKey] ?? 0) + 1;
    report.perField[fieldName] = (report.perField[fieldName] ?? 0) + 1;
    if (op.kind === 'subscription') report.events += outcome.events ?? 0;
    report.msPerField[fieldName] = (report.msPerField[fieldName] ?? 0) + ms;
    for (const c of outcome.codes) report.codes[c] = (report.codes[c] ?? 0) + 1;
    for (const p of outcome.problems) {
      const key = `${p.kind}|${fieldName}|${normalise(p.message)}|${p.detail ?? ''}`;
      const rendered = render(op);
      const existing = failures.get(key);
      if (existing) {
        existing.count++;
        existing.roles.add(client.role);
        existing.transports.add(transport);
        if (size(rendered) < size(existing.reproducer))
          Object.assign(existing, { reproducer: rendered, reproducerRole: client.role, reproducerTransport: transport, operation: op });
      } else {
        failures.set(key, {
          kind: p.kind,
          field: fieldName,
          code: p.code,
          message: p.message,
          detail: p.detail,
          roles: new Set([client.role]),
          transports: new Set([transport]),
          count: 1,
          reproducer: rendered,
          reproducerRole: client.role,
          reproducerTransport: transport,
          operation: op,
        });
      }
    }
  };

  const maybeRecover = async (client: FuzzClient, outcome: Outcome) => {
    if (!client.ensureSession || !outcome.codes.includes('UNAUTHENTICATED')) return;
    let p = recovering.get(client.role);
    if (!p) {
      p = client
        .ensureSession()
        .then(
          () => {
            report.sessionChecks++;
            ws.reset(client.role);
          },
          (e: unknown) => {
            const note = `${client.role}: session lost and not restored (${(e as Error).message.slice(0, 200)})`;
            if (!report.notes.includes(note)) report.notes.push(note);
          },
        )
        .finally(() => recovering.delete(client.role));
      recovering.set(client.role, p);
    }
    await p;
  };

  const weighted = opts.clients.flatMap((c) => Array.from({ length: Math.max(1, Math.round((c.weight ?? 1) * 4)) }, () => c));

  // 1. Harvest: every query without required arguments (then those whose arguments the pools can
  // fill), wide selections, as the harvesting clients, so that later arguments can name real
  // things. Responses enter the pools in task order, so that a seed always gives the same pools.
  const harvesters = opts.clients.filter((c) => !opts.harvestRoles || opts.harvestRoles.includes(c.role));
  for (let round = 0; round < 2; round++) {
    const tasks = harvesters.flatMap((client) =>
      queries
        .filter((f) => !client.skip?.has(f.name))
        .filter((f) => f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined) === (round === 1))
        .map((f) => ({ client, f })),
    );
    const harvested: Array<{ data: unknown } | undefined> = [];
    await pool(
      tasks.map((t, i) => ({ ...t, i })),
      concurrency,
      async ({ client, f, i }) => {
        const r = prng(opSeed(opts.seed, -1000 * (round + 1) - i));
        const required = f.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
        // Narrower when the server finds the wide selection too costly.
        for (const maxDepth of [2, 1, 0]) {
          const op = gen.operation('query', f, r, { wide: true, maxDepth, inlineShare: 0 });
          // Only required arguments, filled from the pools when possible.
          op.root.args = op.root.args.filter((a) => required.some((q) => q.name === a.name));
          for (const a of op.root.args) {
            const keys = poolKeys(a.name, f.name, getNamedType(f.type).name);
            const pooled = keys.map((k) => pools.get(k)).find(Boolean);
            if (pooled && isScalarType(getNamedType(a.type))) a.value = getNamedType(a.type).name === 'Int' ? Number(pooled[0]) || 1 : pooled[r.int(pooled.length)];
          }
          const t0 = Date.now();
          const outcome = await send(client, 'http', op);
          record(client, 'http', op, outcome, Date.now() - t0);
          harvested[i] = { data: outcome.data };
          report.harvested++;
          await maybeRecover(client, outcome);
          if (!outcome.codes.includes('QUERY_TOO_COMPLEX')) break;
        }
      },
    );
    for (const h of harvested) if (h?.data) gen.collect(h.data, 'query');
  }
  pools.freeze();
  log(`[fuzz] harvested ${report.harvested} operations; ${pools.size} values in the pools, ${pools.jsonSamples.length} JSON samples`);

  // 2. Sweep: every field once as every client (over HTTP; subscriptions over the WebSocket). Besides
  // covering each field for each role, it shows which roles each field turns away, so that the
  // random phase can mostly send a field as clients that get past its gate.
  type Job = { kind: RootKind; field: GraphQLField<unknown, unknown>; client: FuzzClient; transport: Transport; seed: number };
  const all = [...queries.map((f) => ['query', f] as const), ...mutations.map((f) => ['mutation', f] as const)];
  const sweepJobs: Job[] = [];
  for (const [kind, field] of [...all, ...subscriptions.map((f) => ['subscription', f] as const)]) {
    for (const client of opts.clients) {
      if (client.skip?.has(field.name)) continue;
      sweepJobs.push({ kind, field, client, transport: kind === 'subscription' ? 'ws' : 'http', seed: opSeed(opts.seed, 10_000_000 + sweepJobs.length) });
    }
  }
  const gates = new Map<string, Set<string>>();
  const run = async (job: Job): Promise<Outcome> => {
    const r = prng(job.seed);
    const op = gen.operation(job.kind, job.field, r);
    const t0 = Date.now();
    const outcome = await send(job.client, job.transport, op);
    record(job.client, job.transport, op, outcome, Date.now() - t0);
    report.operations++;
    if (report.operations % 1000 === 0) log(`[fuzz] ${report.operations} operations in ${((Date.now() - started) / 1000).toFixed(0)} s, ${failures.size} distinct failures so far`);
    await maybeRecover(job.client, outcome);
    return outcome;
  };
  const sweepOutcomes: Array<Outcome | undefined> = [];
  const sweepCount = Math.min(sweepJobs.length, opts.operations);
  let nextSweep = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (nextSweep < sweepCount && Date.now() < deadline) {
        const i = nextSweep++;
        sweepOutcomes[i] = await run(sweepJobs[i]!);
      }
    }),
  );
  sweepOutcomes.forEach((o, i) => {
    if (!o || !o.codes.some((c) => c === 'UNAUTHENTICATED' || c === 'FORBIDDEN')) return;
    const job = sweepJobs[i]!;
    const set = gates.get(job.field.name) ?? new Set<string>();
    set.add(job.client.role);
    gates.set(job.field.name, set);
  });
  log(`[fuzz] swept ${report.operations} operations (every field as every client)`);

  // 3. Random operations: fields, clients (mostly ones past the field's gate) and transports.
  let next = report.operations;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < opts.operations) {
        if (Date.now() > deadline) {
          report.stoppedByTime = true;
          return;
        }
        const r = prng(opSeed(opts.seed, next++));
        const [kind, field] = subscriptions.length && r.chance(opts.subscriptionShare ?? 0.04) ? (['subscription', r.pick(subscriptions)] as const) : r.pick(all);
        const usable = weighted.filter((c) => !c.skip?.has(field.name));
        const past = usable.filter((c) => !gates.get(field.name)?.has(c.role));
        const client = past.length && r.chance(0.8) ? r.pick(past) : usable.length ? r.pick(usable) : r.pick(weighted);
        const transport: Transport = kind === 'subscription' || r.chance(wsShare) ? 'ws' : 'http';
        await run({ kind, field, client, transport, seed: r.int(2 ** 32) });
      }
    }),
  );
  if (next < opts.operations && Date.now() > deadline) report.stoppedByTime = true;

  // 4. Shrink each failure a little (alone, one at a time) and ask the server log what happened.
  // A socket closed by one operation ends every operation on it: those that do not fail again alone
  // were only on the same connection, and are dropped.
  const shrinkDeadline = Date.now() + (opts.shrinkBudgetMs ?? 15_000);
  const byKind = [...failures.entries()].sort(([, a], [, b]) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  for (const [failureKey, failure] of byKind) {
    if (Date.now() > shrinkDeadline) break;
    const client = opts.clients.find((c) => c.role === failure.reproducerRole)!;
    const key = (p: Problem) => `${p.kind}|${normalise(p.message)}|${p.detail ?? ''}`;
    const wanted = key({ kind: failure.kind, message: failure.message, detail: failure.detail });
    const stillFails = async (op: Operation) => (await send(client, failure.reproducerTransport, op)).problems.some((p) => key(p) === wanted);
    let op = failure.operation;
    failure.reproducedAlone = await stillFails(op);
    if (!failure.reproducedAlone) {
      if (failure.kind === 'ws-close') {
        failures.delete(failureKey);
        report.droppedCollateral++;
      }
      continue;
    }
    const candidates: Array<(o: Operation) => Operation | undefined> = [
      (o) =>
        o.root.children.length > 1 || o.root.fragments.length
          ? { ...o, root: { ...o.root, children: [{ name: '__typename', args: [], children: [], fragments: [] }], fragments: [] } }
          : undefined,
      ...failure.operation.root.args.map((a) => (o: Operation) => (o.root.args.includes(a) ? { ...o, root: { ...o.root, args: o.root.args.filter((x) => x !== a) } } : undefined)),
      ...failure.operation.root.args.map(
        (a) => (o: Operation) =>
          o.root.args.includes(a) && !a.inline && tokens(a.value) < 150 && canInline(a.value, a.type)
            ? { ...o, root: { ...o.root, args: o.root.args.map((x) => (x === a ? { ...x, inline: true } : x)) } }
            : undefined,
      ),
    ];
    for (const shrink of candidates) {
      const smaller = shrink(op);
      if (!smaller || Date.now() > shrinkDeadline) continue;
      // Arguments the schema requires are kept: dropping them only produces validation errors.
      const dropped = op.root.args.find((a) => !smaller.root.args.some((b) => b.name === a.name));
      if (dropped && isNonNullType(dropped.type) && !schemaArgHasDefault(schema, op, dropped.name)) continue;
      if (await stillFails(smaller)) op = smaller;
    }
    // Then the values themselves: halves of objects and lists, shorter strings.
    for (let attempts = 0; attempts < 24 && Date.now() < shrinkDeadline;) {
      let improved = false;
      for (const a of op.root.args) {
        for (const candidate of smallerValues(a.value)) {
          if (attempts++ >= 24) break;
          const smaller = { ...op, root: { ...op.root, args: op.root.args.map((x) => (x === a ? { ...x, value: candidate } : x)) } };
          if (await stillFails(smaller)) {
            op = smaller;
            improved = true;
            break;
          }
        }
        if (improved) break;
      }
      if (!improved) break;
    }
    failure.operation = op;
    failure.reproducer = render(op);
    if (opts.serverErrors && (failure.kind === 'internal' || failure.kind === 'http-5xx' || failure.kind === 'ws-close')) {
      opts.serverErrors();
      await send(client, failure.reproducerTransport, op);
      await new Promise((res) => setTimeout(res, 20));
      const lines = opts.serverErrors();
      if (lines.length) failure.serverLog = summariseLogLine(lines[0]!);
    }
  }

  await ws.close();
  report.failures = [...failures.values()].sort((a, b) => a.field.localeCompare(b.field) || a.kind.localeCompare(b.kind));
  report.elapsedMs = Date.now() - started;
  return report;
}

/** Smaller versions of a value, boldest first: halves of an object's keys or a list's items, a shorter string, the same inside a lone key or item. */
export function smallerValues(value: unknown): unknown[] {
  if (typeof value === 'string') return value.length > 24 ? [value.slice(0, Math.ceil(value.length / 4)), value.slice(-Math.ceil(value.length / 4))] : [];
  if (Array.isArray(value)) {
    if (value.length > 1) return [value.slice(0, Math.ceil(value.length / 2)), value.slice(Math.ceil(value.length / 2))];
    return value.length === 1 ? smallerValues(value[0]).map((v) => [v]) : [];
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    const build = (list: Array<[string, unknown]>) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of list) setOwn(out, k, v);
      return out;
    };
    if (entries.length > 1) return [build(entries.slice(0, Math.ceil(entries.length / 2))), build(entries.slice(Math.ceil(entries.length / 2)))];
    if (entries.length === 1) return smallerValues(entries[0]![1]).map((v) => build([[entries[0]![0], v]]));
  }
  return [];
}

function schemaArgHasDefault(schema: GraphQLSchema, op: Operation, arg: string): boolean {
  const root = op.kind === 'query' ? schema.getQueryType() : op.kind === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  return root?.getFields()[op.root.name]?.args.find((a) => a.name === arg)?.defaultValue !== undefined;
}

/** The error and the first frames of the application's own code, from a pino JSON line. */
export function summariseLogLine(line: string): string {
  try {
    const entry = JSON.parse(line) as { msg?: string; err?: { type?: string; message?: string; stack?: string; code?: string } };
    const err = entry.err;
    if (!err) return (entry.msg ?? line).slice(0, 300);
    const frames = (err.stack ?? '')
      .split('\n')
      .filter((l) => /^\s+at /.test(l) && !l.includes('node_modules') && !l.includes('node:'))
      .slice(0, 2)
      .map((l) => l.trim().replace(/(?:file:\/\/)?\/[^()\s]*?\/server\//, 'server/'));
    const message = (err.message ?? '').replace(/\s*\n\s*/g, ' ').slice(0, 300);
    return `${err.type ?? 'Error'}${err.code ? ` [${err.code}]` : ''}: ${message}${frames.length ? ` — ${frames.join(' ← ')}` : ''}`;
  } catch {
    return line.slice(0, 300);
  }
}

async function pool<T>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
  let i = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (i < items.length) await fn(items[i++]!);
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Reporting

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…(+${s.length - n} chars)` : s);

/** Variables with long strings cut, for a reproducer a person can read (lengths kept visible). */
export function readableVariables(v: unknown, depth = 0): unknown {
  if (typeof v === 'string') return truncate(v, 80);
  if (depth > 6) return '…';
  if (Array.isArray(v))
    return v.length > 8 ? [...v.slice(0, 8).map((x) => readableVariables(x, depth + 1)), `…(+${v.length - 8} items)`] : v.map((x) => readableVariables(x, depth + 1));
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) setOwn(out, truncate(k, 40), readableVariables(x, depth + 1));
    return out;
  }
  return v;
}

export function formatSummary(report: FuzzReport): string {
  const lines = [
    `[fuzz] seed ${report.seed}: ${report.operations} operations (+${report.harvested} harvest) in ${(report.elapsedMs / 1000).toFixed(1)} s${report.stoppedByTime ? ' (stopped by the time budget)' : ''}; ${Object.keys(report.perField).length} fields exercised`,
    `[fuzz] by client and transport: ${Object.entries(report.perClient)
      .sort()
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
    `[fuzz] ${report.events} subscription events received; ${report.sessionChecks} session checks after UNAUTHENTICATED as a signed-in client`,
    `[fuzz] error codes: ${Object.entries(report.codes)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
    `[fuzz] slowest fields (total ms / operations): ${Object.entries(report.msPerField)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([k, ms]) => `${k} ${ms}/${report.perField[k]}`)
      .join(', ')}`,
    `[fuzz] ${report.failures.length} distinct failures`,
    ...report.notes.map((n) => `[fuzz] note: ${n}`),
  ];
  return lines.join('\n');
}

const KIND_ORDER: ProblemKind[] = ['internal', 'http-5xx', 'ws-close', 'leak', 'missing-code', 'bad-response'];

/**
 * Every failure with its reproducer: internal errors first, then 5xx, closed sockets, leaks; errors
 * without a code (often many, one cause) last and two lines each.
 */
export function formatFailures(report: FuzzReport): string {
  const out = [`${report.failures.length} distinct failures (seed ${report.seed}; rerun with FUZZ_SEED=${report.seed}):`];
  const sorted = [...report.failures].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.field.localeCompare(b.field));
  sorted.forEach((f, i) => {
    const alone = f.reproducedAlone === false ? ', not reproduced alone' : '';
    const head = `${i + 1}. [${f.kind}${f.detail ? `: ${f.detail}` : ''}] ${f.field} — ${[...f.roles].sort().join(', ')} over ${[...f.transports].sort().join(', ')} (${f.count}×${alone})`;
    const vars = Object.keys(f.reproducer.variables).length ? ` variables: ${truncate(JSON.stringify(readableVariables(f.reproducer.variables)), 300)}` : '';
    if (f.kind === 'missing-code') {
      out.push(`${head}: ${truncate(JSON.stringify(f.message), 200)}`, `   as ${f.reproducerRole} over ${f.reproducerTransport}: ${truncate(f.reproducer.query, 300)}${vars}`);
      return;
    }
    out.push(
      '',
      head,
      `   error: ${f.code ? `${f.code} ` : ''}${truncate(JSON.stringify(f.message), 400)}`,
      ...(f.serverLog ? [`   server: ${f.serverLog}`] : []),
      `   as ${f.reproducerRole} over ${f.reproducerTransport}: ${truncate(f.reproducer.query, 600)}`,
      ...(Object.keys(f.reproducer.variables).length ? [`   variables: ${truncate(JSON.stringify(readableVariables(f.reproducer.variables)), 600)}`] : []),
    );
  });
  return out.join('\n');
}
