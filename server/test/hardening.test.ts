import http from 'node:http';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../src/app/config.js';
import { queryLimitRules } from '../src/app/limits.js';
import { createHttpApp } from '../src/app/http.js';
import { buildAppSchema } from '../src/app/schema.js';
import { schemasDir } from '../src/commands/schemas.js';
import { recordAdminRefusal } from '../src/modules/audit/index.js';
import { SchemaRegistry } from '../src/modules/frameworks/content/schema-registry.js';
import { inTransaction, resolvers } from '../src/modules/index.js';
import { identifyViewer } from '../src/modules/users/index.js';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { DirectAwardProject } from '../src/modules/directaward/project.entity.js';
import { Role } from '../src/shared/role.js';
import { ADMIN_HOST, WEB_HOST, createTestApp, type GraphQLResponse, type TestApp } from './support/app.js';
import { makeUser } from './support/factories.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.close();
});

type Errors = NonNullable<GraphQLResponse['errors']>;
const codes = (errors: Errors | undefined) => (errors ?? []).map((e) => e.extensions?.code);
const NUL = '\u0000';

/** A POST from a chosen local address (to tell 127.0.0.1 from 127.0.0.2), as raw as a client sends it. */
function postFrom(url: string, localAddress: string, body: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/graphql`, { method: 'POST', localAddress, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('no input reaches INTERNAL_SERVER_ERROR', () => {
  it('takes after: null, as a literal or a variable, as "from the start" on every paginated list', async () => {
    for (const query of ['{ opportunities(first: 2, after: null) { totalCount nodes { id } } }', '{ suppliers(first: 2, after: null) { totalCount nodes { id } } }']) {
      const res = await app.gql(query);
      expect(res.errors).toBeUndefined();
    }
    const res = await app.gql('query ($a: String) { suppliers(first: 2, after: $a) { totalCount } }', { a: null });
    expect(res.errors).toBeUndefined();
    const admin = await app.signIn((await makeUser(app.orm.em.fork(), { role: Role.ADMIN })).email, 'admin');
    for (const query of [
      'query ($a: String) { users(first: 2, after: $a) { totalCount } }',
      'query ($a: String) { auditEvents(first: 2, after: $a) { totalCount } }',
      'query ($a: String) { services(first: 2, after: $a) { totalCount } }',
    ]) {
      expect((await admin.gql(query, { a: null })).errors).toBeUndefined();
    }
  });

  it('refuses a page cursor naming an id beyond any row as BAD_USER_INPUT, not a database error', async () => {
    const cursor = Buffer.from('id:99999999999999999999').toString('base64url');
    const admin = await app.signIn((await makeUser(app.orm.em.fork(), { role: Role.ADMIN })).email, 'admin');
    const res = await admin.gql('query ($a: String) { users(first: 2, after: $a) { totalCount } }', { a: cursor });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { after: expect.any(String) } });
  });

  it('refuses a NUL character in any string argument as BAD_USER_INPUT naming the field, whether a variable or a literal', async () => {
    const cases: Array<[string, Record<string, unknown> | undefined, string]> = [
      ['mutation ($e: String!) { signIn(input: { email: $e, password: "x" }) { id } }', { e: `a${NUL}@example.gov.uk` }, 'input.email'],
      ['mutation ($e: String!) { requestPasswordReset(email: $e) }', { e: `a${NUL}b@example.gov.uk` }, 'email'],
      ['mutation ($e: String!) { requestBuyerAccount(email: $e) }', { e: `${NUL}` }, 'email'],
      ['query ($n: String) { suppliers(name: $n) { totalCount } }', { n: `x${NUL}` }, 'name'],
      ['query ($l: [String!]) { opportunities(lotSlugs: $l) { totalCount } }', { l: ['digital-outcomes', `x${NUL}`] }, 'lotSlugs.1'],
      ['{ suppliers(name: "a\\u0000b") { totalCount } }', undefined, 'name'],
    ];
    for (const [query, variables, field] of cases) {
      const res = await app.gql(query, variables);
      expect(res.errors, query).toHaveLength(1);
      expect(res.errors![0]!.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { [field]: expect.stringMatching(/NUL/) } });
    }
  });

  it('stores nothing when a signed-in buyer sends NUL in a name or in JSON answers', async () => {
    const buyer = await app.signIn((await makeUser(app.orm.em.fork(), { role: Role.BUYER })).email);
    const before = await app.orm.em.fork().count(DirectAwardProject, {});
    const named = await buyer.gql('mutation ($n: String!) { createDirectAwardProject(name: $n, search: { q: "cloud" }) { id } }', { n: `Desk${NUL}` });
    expect(named.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { name: expect.any(String) } });
    const answers = await buyer.gql('mutation ($a: JSONObject!) { updateBrief(id: "1", answers: $a) { id } }', { a: { title: `T${NUL}` } });
    expect(answers.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { 'answers.title': expect.any(String) } });
    const key = await buyer.gql('mutation ($a: JSONObject!) { updateBrief(id: "1", answers: $a) { id } }', { a: { [`ti${NUL}tle`]: 'T' } });
    expect(codes(key.errors)).toEqual(['BAD_USER_INPUT']);
    expect(await app.orm.em.fork().count(DirectAwardProject, {})).toBe(before);
  });

  it('refuses JSON nested 10,000 deep (and JSON with too many values) at the scalar', async () => {
    // Written out by hand: JSON.stringify itself cannot go 10,000 deep.
    const deep = `${'{"a":'.repeat(10_000)}"bottom"${'}'.repeat(10_000)}`;
    const raw = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-host': WEB_HOST },
      body: `{"query":"mutation ($a: JSONObject!) { updateBrief(id: \\"1\\", answers: $a) { id } }","variables":{"a":${deep}}}`,
    });
    const res = (await raw.json()) as GraphQLResponse;
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { answers: expect.stringMatching(/levels deep/) } });
    const huge = Object.fromEntries(Array.from({ length: 30_000 }, (_, i) => [`q${i}`, i]));
    const res2 = await app.gql('mutation ($a: JSONObject!) { updateBrief(id: "1", answers: $a) { id } }', { a: huge });
    expect(res2.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { answers: expect.stringMatching(/at most/) } });
  });

  it('answers a parse error without engine internals, however deep the query', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{${'a{'.repeat(10_000)}b${'}'.repeat(10_001)}` }),
    });
    const body = (await res.json()) as GraphQLResponse;
    expect(res.status).toBe(400);
    expect(body.errors![0]!.extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(body)).not.toMatch(/call stack|\bat .*\.js:\d+/i);
  });
});

describe('bounded queries', () => {
  it('refuses a deep service → supplier → services chain before running anything', async () => {
    let inner = 'id';
    for (let i = 0; i < 6; i += 1) inner = `id supplier { id services { ${inner} } }`;
    app.queries.length = 0;
    const res = await app.gql(`{ service(id: "1") { ${inner} } }`);
    // Too deep and, with lists at every other level, far too large: either limit refuses it.
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: expect.stringMatching(/^(depth|cost)$/) });
    expect(app.queries).toEqual([]);
    // The depth limit on its own, on a chain without lists.
    const chainSchema = buildSchema('type Query { node: Node } type Node { next: Node name: String }');
    const chain = (levels: number) => parse(`{ ${'node { '.repeat(1)}${'next { '.repeat(levels - 1)}name${' }'.repeat(levels)} }`);
    const refusals = (levels: number) => validate(chainSchema, chain(levels), [...specifiedRules, ...queryLimitRules()]).map((e) => e.extensions);
    expect(refusals(10)).toEqual([]);
    expect(refusals(11)).toEqual([expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', maximum: 10, found: 11 })]);
  });

  it('refuses fan-out that stays shallow: lists of lists of lists, by estimated size', async () => {
    const res = await app.gql('{ suppliers(first: 100) { nodes { services { supplier { services { supplier { services { id } } } } } } } }');
    expect(res.errors!.map((e) => e.extensions)).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' })]));
  });

  it('refuses 1,000 aliased searches by the alias and token limits', async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `s${i}: serviceSearch(q: "cloud") { total }`).join(' ')} }`;
    app.queries.length = 0;
    const res = await app.gql(query);
    expect(codes(res.errors)[0]).toMatch(/QUERY_TOO_COMPLEX|GRAPHQL_PARSE_FAILED/);
    expect(app.queries).toEqual([]);
    const twenty = `{ ${Array.from({ length: 20 }, (_, i) => `s${i}: frameworks { slug }`).join(' ')} }`;
    expect((await app.gql(twenty)).errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases', maximum: 15, found: 20 });
  });

  it('keeps introspection available within the same limits, and refuses deeper introspection', async () => {
    const standard = await app.gql(
      getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }),
    );
    expect(standard.errors).toBeUndefined();
    let deeper = 'name';
    for (let i = 0; i < 12; i += 1) deeper = `name ofType { ${deeper} }`;
    const res = await app.gql(`{ __schema { types { fields { type { ${deeper} } } } } }`);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth' });
  });

  it('lets every operation the SPAs and the end-to-end suite send through the limits', async () => {
    const { schema } = await buildAppSchema(resolvers);
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => {
        const f = path.join(dir, n);
        if (n === 'gql' || n === 'node_modules') return [];
        return statSync(f).isDirectory() ? files(f) : /\.(ts|tsx)$/.test(n) ? [f] : [];
      });
    const sources = ['web/src', 'admin-web/src', 'test/e2e'].flatMap((d) => files(path.join(repoRoot, d)));
    const texts = sources.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/(?:graphql|gql)\(\s*`([\s\S]*?)`/g)].map((m) => m[1]!));
    const fragments = texts.filter((t) => /^\s*fragment /.test(t)).join('\n');
    let checked = 0;
    for (const text of texts) {
      if (!/^\s*(query|mutation|subscription|\{)/.test(text) || text.includes('${')) continue;
      const doc = parse(`${text}\n${fragments}`);
      const limitErrors = validate(schema, doc, [...specifiedRules, ...queryLimitRules()]).filter((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX');
      expect(
        limitErrors.map((e) => e.message),
        text,
      ).toEqual([]);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('the WebSocket is as safe as HTTP', () => {
  const wsUrl = () => `${app.url.replace('http', 'ws')}/graphql`;
  const handshake = (origin: string) =>
    new Promise<number | 'open'>((resolve) => {
      const ws = new WebSocket(wsUrl(), 'graphql-transport-ws', { headers: { origin } });
      ws.on('open', () => {
        ws.close();
        resolve('open');
      });
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('error', () => {});
    });

  it('refuses a handshake from a foreign origin and accepts the sites', async () => {
    expect(await handshake('https://evil.example')).toBe(403);
    expect(await handshake(`http://${WEB_HOST}`)).toBe('open');
    expect(await handshake(`http://${ADMIN_HOST}`)).toBe('open');
  });

  it('closes the connection on a message over 64 kB', async () => {
    const closed = await new Promise<number>((resolve) => {
      const ws = new WebSocket(wsUrl(), 'graphql-transport-ws');
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { junk: 'x'.repeat(10 * 1024 * 1024) } })));
      ws.on('close', (code) => resolve(code));
      ws.on('error', () => {});
    });
    expect(closed).toBe(1009);
  });

  it('applies the input guard, the query limits and the masking to subscriptions', async () => {
    const client = createClient({ url: wsUrl(), webSocketImpl: WebSocket, retryAttempts: 0 });
    const errorsOf = (query: string, variables?: Record<string, unknown>) =>
      new Promise<Errors>((resolve) => {
        client.subscribe({ query, variables }, { next: () => {}, error: (e) => resolve(e as Errors), complete: () => resolve([]) });
      });
    try {
      const nul = await errorsOf('subscription ($i: String) { searchIndexUpdates(index: $i) { objectId } }', { i: `x${NUL}` });
      expect(nul[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { index: expect.any(String) } });
      const aliases = await errorsOf(`subscription { ${Array.from({ length: 20 }, (_, i) => `a${i}: searchIndexUpdates { objectId }`).join(' ')} }`);
      expect(codes(aliases)).toContain('QUERY_TOO_COMPLEX');
      const mutation = await errorsOf('mutation { signOut }');
      expect(codes(mutation)).toEqual(['BAD_USER_INPUT']);
    } finally {
      await client.dispose();
    }
  });
});

describe('security headers', () => {
  it('sends helmet headers and a deny-all CSP from the API', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });
});

describe('admin IP allow-list', () => {
  let guarded: TestApp;
  beforeAll(async () => {
    guarded = await createTestApp({ env: { ADMIN_ALLOWED_CIDRS: '127.0.0.1/32' } });
  });
  afterAll(async () => {
    await guarded?.close();
  });
  const body = JSON.stringify({ query: '{ __typename }' });

  it('refuses the admin host from 127.0.0.2 with 403 and an audit event, and serves it to 127.0.0.1', async () => {
    expect((await postFrom(guarded.url, '127.0.0.1', body, { 'x-forwarded-host': ADMIN_HOST })).status).toBe(200);
    const refused = await postFrom(guarded.url, '127.0.0.2', body, { 'x-forwarded-host': ADMIN_HOST });
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body)).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    const events = await guarded.orm.em.fork().find(AuditEvent, { type: 'admin_access_refused' as never });
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({ ip: '127.0.0.2', host: ADMIN_HOST, hadAdminCookie: false });
  });

  it('serves the public site to anyone, but not an admin session cookie from outside the list', async () => {
    expect((await postFrom(guarded.url, '127.0.0.2', body, { 'x-forwarded-host': WEB_HOST })).status).toBe(200);
    expect((await postFrom(guarded.url, '127.0.0.2', body, { 'x-forwarded-host': WEB_HOST, cookie: 'dm_admin_session=abc' })).status).toBe(403);
  });

  it('refuses an admin WebSocket handshake from outside the list', async () => {
    const status = await new Promise<number | 'open'>((resolve) => {
      const ws = new WebSocket(`${guarded.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', { localAddress: '127.0.0.2', headers: { 'x-forwarded-host': ADMIN_HOST } });
      ws.on('open', () => resolve('open'));
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('error', () => {});
    });
    expect(status).toBe(403);
  });
});

describe('throttled guessing', () => {
  it('counts requests per client address across two API processes on one database, then answers 429 with Retry-After', async () => {
    const limited = await createTestApp({ env: { RATE_LIMIT_REQUESTS: '6' } });
    const second = await createHttpApp({
      orm: limited.orm,
      schema: await buildAppSchema(resolvers),
      clock: limited.clock,
      logger: limited.logger,
      config: limited.config,
      jobs: limited.jobs,
      identify: identifyViewer,
      schemas: new SchemaRegistry(schemasDir),
      search: limited.search,
      content: limited.content,
      inTransaction,
      recordAdminRefusal,
    });
    try {
      const { url } = await second.listen('127.0.0.1', 0);
      const ask = (base: string) =>
        fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
      for (let i = 0; i < 6; i += 1) expect((await ask(i % 2 ? url : limited.url)).status).toBe(200);
      for (const base of [limited.url, url]) {
        const res = await ask(base);
        expect(res.status).toBe(429);
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) } }] });
      }
      // Health checks are never limited.
      expect((await fetch(`${limited.url}/healthz`)).status).toBe(200);
    } finally {
      await second.close();
      await limited.close();
    }
  });

  it('limits account operations per account and per client address, with a typed error', async () => {
    const limited = await createTestApp({ env: { RATE_LIMIT_ACCOUNT_EMAIL: '3', RATE_LIMIT_ACCOUNT_IP: '5' } });
    try {
      const signIn = (email: string) => limited.gql('mutation ($e: String!) { signIn(input: { email: $e, password: "wrong password" }) { id } }', { e: email });
      for (let i = 0; i < 3; i += 1) expect(codes((await signIn('Someone@Example.gov.uk')).errors)).not.toContain('RATE_LIMITED');
      const fourth = await signIn('someone@example.gov.uk');
      expect(fourth.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
      // Every attempt counts against the address too (four so far): one more, then the address is over its limit.
      expect(codes((await limited.gql('mutation { requestPasswordReset(email: "other@example.gov.uk") }')).errors)).toEqual([]);
      expect(codes((await signIn('third@example.gov.uk')).errors)).toEqual(['RATE_LIMITED']);
    } finally {
      await limited.close();
    }
  });
});

describe('HTTP-level errors', () => {
  it('answers a body that is not JSON, or a wrong content type, in the API’s own error shape', async () => {
    const broken = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ __typename }", "variables": {' });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }] });
    const xml = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<query/>' });
    expect(xml.status).toBe(415);
    expect(await xml.json()).toMatchObject({ errors: [{ extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] });
  });
});

describe('strings Postgres cannot store, and wrongly typed variables over the WebSocket', () => {
  it('refuses unpaired UTF-16 surrogates in strings, JSON values and keys, naming the field', async () => {
    const reset = await app.gql('mutation ($e: String!) { requestPasswordReset(email: $e) }', { e: 'someone@example.gov.uk\ud800' });
    expect(reset.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { email: expect.stringMatching(/surrogate/) } });
    const inJson = await app.gql('mutation ($s: ServiceSearchInput!) { createDirectAwardProject(name: "x", search: $s) { id } }', { s: { q: 'a\udfff' } });
    expect(inJson.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { 'search.q': expect.any(String) } });
    // A proper pair (an emoji) is a character like any other.
    expect((await app.gql('{ suppliers(name: "\ud83d\ude00") { totalCount } }')).errors).toBeUndefined();
  });

  it('answers a wrongly typed variable of a subscription as BAD_USER_INPUT, as HTTP does', async () => {
    const client = createClient({ url: `${app.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      const errors = await new Promise<Errors>((resolve) => {
        client.subscribe(
          { query: 'subscription ($v: String) { searchIndexUpdates(objectType: $v) { objectId } }', variables: { v: true } },
          { next: (r) => resolve((r.errors ?? []) as Errors), error: (e) => resolve(e as Errors), complete: () => resolve([]) },
        );
      });
      expect(codes(errors)).toEqual(['BAD_USER_INPUT']);
    } finally {
      await client.dispose();
    }
  });
});
