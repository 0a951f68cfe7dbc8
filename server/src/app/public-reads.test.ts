import { createHash } from 'node:crypto';
import { parse } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_HOST, createTestApp, WEB_HOST, type TestApp } from '../../test/support/app.js';
import { makeUser } from '../../test/support/factories.js';
import { recordAudit } from '../modules/audit/audit.service.js';
import { AuditType } from '../modules/audit/audit.types.js';
import { Framework } from '../modules/frameworks/framework.entity.js';
import { Role } from '../shared/role.js';
import { SEARCH_INDEX_CHANNEL } from './pubsub.js';
import { operationMaxAge, PublicReadCache } from './public-reads.js';

const PUBLIC_300 = 'public, max-age=0, s-maxage=300, must-revalidate';
const FRAMEWORK = 'query Framework($slug: String!) { framework(slug: $slug) { slug name } }';

let app: TestApp;
let managerEmail: string;
beforeAll(async () => {
  app = await createTestApp({ env: { PUBLIC_CACHE: 'on' } });
  managerEmail = (await makeUser(app.orm.em.fork(), { role: Role.ADMIN_FRAMEWORK_MANAGER })).email;
});
afterAll(async () => {
  await app?.close();
});

/** An anonymous GET, as a browser or CDN sends it; the statements the API asked for it. */
async function get(query: string, variables: Record<string, unknown>, extensions?: Record<string, unknown>) {
  const url = new URL(`${app.url}/graphql`);
  if (query) url.searchParams.set('query', query);
  url.searchParams.set('variables', JSON.stringify(variables));
  if (extensions) url.searchParams.set('extensions', JSON.stringify(extensions));
  app.queries.length = 0;
  const res = await fetch(url, { headers: { 'apollo-require-preflight': 'true', 'x-forwarded-host': WEB_HOST } });
  const body = (await res.json()) as { data?: { framework?: { name: string } }; errors?: Array<{ extensions: { code: string } }> };
  return { res, body, statements: app.queries.length };
}

const nameOf = async (slug: string) => (await get(FRAMEWORK, { slug })).body.data?.framework?.name;

/** Polls until `read` gives `expected` (the watcher delivers within milliseconds; 10 s bounds it). */
async function eventually<T>(read: () => Promise<T>, expected: T): Promise<T> {
  const until = Date.now() + 10_000;
  let last = await read();
  while (last !== expected && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}

async function renameDirectly(slug: string, name: string, event?: AuditType) {
  await app.orm.em.fork().transactional(async (em) => {
    const framework = await em.findOneOrFail(Framework, { slug });
    framework.name = name;
    if (event) recordAudit(em, app.clock.now(), { type: event, objectType: 'Framework', objectId: String(framework.id), data: {} });
  });
}

describe('public reads', () => {
  it('answers an anonymous public read over GET as cacheable, then from the process cache without asking the database', async () => {
    const first = await get(FRAMEWORK, { slug: 'g-cloud-13' });
    expect(first.res.status).toBe(200);
    expect(first.body.data?.framework?.name).toBe('G-Cloud 13');
    expect(first.res.headers.get('cache-control')).toBe(PUBLIC_300);
    expect(first.res.headers.get('vary')).toMatch(/cookie/i);
    expect(first.statements).toBeGreaterThan(0);

    const again = await get(FRAMEWORK, { slug: 'g-cloud-13' });
    expect(again.body).toEqual(first.body);
    expect(again.res.headers.get('cache-control')).toBe(PUBLIC_300);
    expect(again.statements).toBe(0);
    // A browser revalidating its copy is told it has not changed.
    const etag = again.res.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const url = new URL(`${app.url}/graphql`);
    url.searchParams.set('query', FRAMEWORK);
    url.searchParams.set('variables', JSON.stringify({ slug: 'g-cloud-13' }));
    const revalidated = await fetch(url, { headers: { 'apollo-require-preflight': 'true', 'x-forwarded-host': WEB_HOST, 'if-none-match': etag } });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
    // Other variables are another answer.
    expect((await get(FRAMEWORK, { slug: 'g-cloud-12' })).statements).toBeGreaterThan(0);
  });

  it('never caches what depends on the viewer, an error, or an operation with a private root field', async () => {
    const manager = await app.signIn(managerEmail, 'admin');
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-host': ADMIN_HOST, cookie: [...manager.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      body: JSON.stringify({ query: FRAMEWORK, variables: { slug: 'g-cloud-13' } }),
    });
    expect(res.headers.get('cache-control')).toBe('private, no-store');

    const missing = await get(FRAMEWORK, { slug: 'no-such-framework' });
    expect(missing.body.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(missing.res.headers.get('cache-control')).toBe('private, no-store');
    expect((await get(FRAMEWORK, { slug: 'no-such-framework' })).statements).toBeGreaterThan(0);

    const mixed = await get('{ framework(slug: "g-cloud-13") { name } viewer { id } }', {});
    expect(mixed.res.headers.get('cache-control')).toBe('private, no-store');
  });

  it('shows a change made through this process at once: a mutation drops the cache', async () => {
    expect(await nameOf('g-cloud-11')).toBe('G-Cloud 11');
    await renameDirectly('g-cloud-11', 'G-Cloud 11 (renamed)');
    expect(await nameOf('g-cloud-11')).toBe('G-Cloud 11');
    // Signing in is a mutation whose event no visitor sees: only the mutation itself drops the cache here.
    await app.signIn(managerEmail, 'admin');
    expect(await nameOf('g-cloud-11')).toBe('G-Cloud 11 (renamed)');
  });

  it('drops the cache when another process commits an event a visitor can see, and keeps it for one they cannot', async () => {
    expect(await nameOf('g-cloud-10')).toBe('G-Cloud 10');
    await renameDirectly('g-cloud-10', 'G-Cloud 10 (quiet)', AuditType.USER_SIGNED_IN);
    // Give the watcher time to read the unseen event: the cached answer stays.
    await new Promise((r) => setTimeout(r, 1_000));
    const cached = await get(FRAMEWORK, { slug: 'g-cloud-10' });
    expect(cached.body.data?.framework?.name).toBe('G-Cloud 10');
    expect(cached.statements).toBe(0);

    await renameDirectly('g-cloud-10', 'G-Cloud 10 (seen)', AuditType.FRAMEWORK_UPDATE);
    expect(await eventually(() => nameOf('g-cloud-10'), 'G-Cloud 10 (seen)')).toBe('G-Cloud 10 (seen)');
  });

  it('drops the cache on a search index update from any worker', async () => {
    expect(await nameOf('g-cloud-9')).toBe('G-Cloud 9');
    await renameDirectly('g-cloud-9', 'G-Cloud 9 (reindexed)');
    const client = new pg.Client({ connectionString: String(app.orm.config.get('clientUrl')) });
    await client.connect();
    try {
      const payload = { index: 'g-cloud-services', objectType: 'service', objectId: '1', action: 'index', version: '1', at: new Date().toISOString() };
      await client.query('select pg_notify($1, $2)', [SEARCH_INDEX_CHANNEL, JSON.stringify(payload)]);
    } finally {
      await client.end();
    }
    expect(await eventually(() => nameOf('g-cloud-9'), 'G-Cloud 9 (reindexed)')).toBe('G-Cloud 9 (reindexed)');
  });

  it('serves persisted documents over GET by their hash once registered (automatic persisted queries)', async () => {
    const hash = createHash('sha256').update(FRAMEWORK).digest('hex');
    const persisted = { persistedQuery: { version: 1, sha256Hash: hash } };
    const unknown = await get('', { slug: 'g-cloud-13' }, persisted);
    expect(unknown.body.errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await get(FRAMEWORK, { slug: 'g-cloud-13' }, persisted)).res.status).toBe(200);
    const byHash = await get('', { slug: 'g-cloud-13' }, persisted);
    expect(byHash.body.data?.framework?.name).toBe('G-Cloud 13');
    expect(byHash.res.headers.get('cache-control')).toBe(PUBLIC_300);
  });

  it('refuses a GET mutation and a GET without a preflight header (CSRF), storing nothing', async () => {
    const url = new URL(`${app.url}/graphql`);
    url.searchParams.set('query', 'mutation { signOut }');
    const mutation = await fetch(url, { headers: { 'apollo-require-preflight': 'true', 'x-forwarded-host': WEB_HOST } });
    expect(mutation.status).toBe(405);
    url.searchParams.set('query', FRAMEWORK);
    url.searchParams.set('variables', JSON.stringify({ slug: 'g-cloud-13' }));
    expect((await fetch(url, { headers: { 'x-forwarded-host': WEB_HOST } })).status).toBe(400);
  });
});

describe('the public read cache', () => {
  it('expires answers after their hint, drops them all on invalidate, keeps no answer read across an invalidation, and stays bounded', () => {
    let now = 0;
    // Room for two answers of this size.
    const cache = new PublicReadCache(2 * JSON.stringify({ k: 'x' }).length, () => now);
    cache.set('a', { k: 1 }, 30, cache.currentVersion);
    expect(cache.get('a')?.result).toEqual({ k: 1 });
    now = 30_000;
    expect(cache.get('a')).toBeUndefined();

    const version = cache.currentVersion;
    cache.invalidate();
    cache.set('late', { k: 2 }, 30, version);
    expect(cache.get('late')).toBeUndefined();

    for (const k of ['x', 'y', 'z']) cache.set(k, { k }, 30, cache.currentVersion);
    expect(cache.size).toBe(2);
    expect(cache.get('x')).toBeUndefined();
    cache.invalidate();
    expect(cache.get('z')).toBeUndefined();
  });

  it('hints an operation only when every root field is public: the shortest hint', () => {
    const hints = new Map([
      ['service', 60],
      ['serviceSearch', 30],
    ]);
    const op = (q: string) => parse(q).definitions[0] as never;
    expect(operationMaxAge(op('{ service(id: "1") { id } serviceSearch { total } __typename }'), hints)).toBe(30);
    expect(operationMaxAge(op('{ service(id: "1") { id } viewer { id } }'), hints)).toBeNull();
    expect(operationMaxAge(op('mutation { service { id } }'), hints)).toBeNull();
    expect(operationMaxAge(op('{ ...F } fragment F on Query { service(id: "1") { id } }'), hints)).toBeNull();
  });
});
