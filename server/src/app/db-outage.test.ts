import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createTestApp, WEB_HOST, type GraphQLResponse } from '../../test/support/app.js';
import { createTestDatabase } from '../../test/support/db.js';
import { startTcpProxy, type TcpProxy } from '../../test/support/tcp-proxy.js';
import { schemasDir } from '../commands/schemas.js';
import { entities, inTransaction, jobs as jobDefinitions, resolvers } from '../modules/index.js';
import { createSearchIndex } from '../modules/search/index.js';
import { FrameworkContent } from '../modules/frameworks/content/catalogue.js';
import { recordAdminRefusal } from '../modules/audit/index.js';
import { SchemaRegistry } from '../modules/frameworks/content/schema-registry.js';
import { identifyViewer } from '../modules/users/index.js';
import { seedReference } from '../../seeds/reference.js';
import { ManualClock, systemClock } from './clock.js';
import { loadConfig } from './config.js';
import { initOrm } from './db.js';
import { createHttpApp } from './http.js';
import { JobQueue, defineJob } from './jobs.js';
import { createLogger } from './logger.js';
import { buildAppSchema } from './schema.js';

/** One content catalogue for this process, as an entry point builds it. */
const content = new FrameworkContent();

interface LogLine {
  level: number;
  msg: string;
  component?: string;
  time: string;
}

/** A logger whose lines the test reads. */
function capturedLogger(name: string) {
  const lines: LogLine[] = [];
  const logger = createLogger('debug', name, { write: (l: string) => void lines.push(JSON.parse(l) as LogLine) });
  return { logger, lines };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(predicate: () => boolean | Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await sleep(100);
  }
  throw new Error('condition not met in time');
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!().catch(() => {});
});
afterAll(async () => {
  while (cleanups.length) await cleanups.pop()!().catch(() => {});
});

/** A direct connection to `url`'s server, so that the address goes through a relay the test can cut. */
async function databaseBehindRelay(): Promise<{ direct: string; relayed: string; proxy: TcpProxy }> {
  const db = await createTestDatabase();
  const u = new URL(db.url);
  const proxy = await startTcpProxy(u.hostname, Number(u.port));
  cleanups.push(db.drop, proxy.close);
  return { direct: db.url, relayed: proxy.via(db.url), proxy };
}

const FRAMEWORKS = '{ frameworks { slug } }';
const UNAVAILABLE = { code: 'SERVICE_UNAVAILABLE' };

describe('API while PostgreSQL cannot be reached', () => {
  it('answers SERVICE_UNAVAILABLE while the server refuses connections, logs it once, and recovers when it returns', async () => {
    const { relayed, proxy } = await databaseBehindRelay();
    const { logger, lines } = capturedLogger('api');
    const orm: MikroORM = await initOrm(relayed, entities, logger);
    cleanups.push(() => orm.close());
    await seedReference(orm.em.fork());
    const config = loadConfig({ NODE_ENV: 'test', WEB_URL: `http://${WEB_HOST}`, ADMIN_WEB_URL: 'http://admin.marketplace.test' });
    const jobs = await JobQueue.start({ connectionString: relayed, logger, supervise: false });
    cleanups.push(() => jobs.stop(1_000));
    const http = await createHttpApp({
      orm,
      schema: await buildAppSchema(resolvers),
      clock: new ManualClock('2024-06-03T09:00:00Z'),
      logger,
      config,
      jobs,
      identify: identifyViewer,
      schemas: new SchemaRegistry(schemasDir),
      search: createSearchIndex({}, content),
      content,
      inTransaction,
      recordAdminRefusal,
    });
    const { url } = await http.listen('127.0.0.1', 0);
    cleanups.push(() => http.close());
    const gql = async (query: string, cookie?: string): Promise<GraphQLResponse> => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', 'x-forwarded-host': WEB_HOST, ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query }),
      });
      return (await res.json()) as GraphQLResponse;
    };

    expect((await gql(FRAMEWORKS)).errors).toBeUndefined();

    await proxy.cut();
    const before = lines.length;
    for (let i = 0; i < 3; i++) {
      const res = await gql(FRAMEWORKS);
      expect(res.errors?.[0]).toMatchObject({ message: 'The service is unavailable: try again in a moment', extensions: UNAVAILABLE });
      expect(JSON.stringify(res)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    }
    // A session cookie makes the request read the database while building its context.
    const withSession = await gql(FRAMEWORKS, 'dm_session=some-session-token');
    expect(withSession.errors?.[0]?.extensions).toMatchObject(UNAVAILABLE);
    const during = lines.slice(before);
    expect(during.filter((l) => l.msg === 'unexpected error in GraphQL operation')).toEqual([]);
    expect(during.filter((l) => l.level >= 50 && /database/i.test(l.msg) && l.component !== 'rate-limit')).toHaveLength(1);
    // The rate limiter's counters are unreachable too: requests go through, and it says so once, not per request.
    expect(during.filter((l) => l.level >= 50 && l.component === 'rate-limit').length).toBeLessThanOrEqual(1);

    await proxy.restore();
    await waitFor(async () => (await gql(FRAMEWORKS)).errors === undefined, 15_000);
  });

  it('answers SERVICE_UNAVAILABLE when its database has gone (dropped: connections terminated, then "does not exist")', async () => {
    const app = await createTestApp();
    cleanups.push(() => app.close().catch(() => {}));
    expect((await app.gql(FRAMEWORKS)).errors).toBeUndefined();
    await app.dropDatabase();
    for (let i = 0; i < 2; i++) {
      const res = await app.gql(FRAMEWORKS);
      expect(res.errors?.[0]).toMatchObject({ message: 'The service is unavailable: try again in a moment', extensions: UNAVAILABLE });
    }
  });
});

describe('worker while PostgreSQL cannot be reached', () => {
  it('pauses polling with a bounded number of log lines, and resumes when the database returns', async () => {
    const { direct, relayed, proxy } = await databaseBehindRelay();
    const { logger, lines } = capturedLogger('worker');
    const orm = await initOrm(relayed, entities, createLogger('silent', 'worker-orm'));
    cleanups.push(() => orm.close());
    const ran: number[] = [];
    const probe = defineJob<{ n: number }>({
      name: 'test.after-outage',
      async handle(data) {
        ran.push(data.n);
      },
    });
    // The worker's own setup: every module's queue, two handlers each.
    const jobs = await JobQueue.start({ connectionString: relayed, logger, supervise: true });
    cleanups.push(() => jobs.stop(2_000));
    await jobs.work([...jobDefinitions, probe] as never[], { orm, clock: systemClock, concurrency: 2, search: createSearchIndex({}, content), content });

    await proxy.cut();
    const cutAt = Date.now();
    await sleep(6_000);
    const during = lines.filter((l) => Date.parse(l.time) >= cutAt);
    const errors = during.filter((l) => l.level >= 50);
    process.stdout.write(`[jobs] ${during.length} log lines (${errors.length} errors) in 6 s of database outage\n`);
    expect(errors.length).toBeLessThanOrEqual(2);
    expect(during.length).toBeLessThanOrEqual(5);

    await proxy.restore();
    const enqueuer = await initOrm(direct, entities, createLogger('silent', 'enqueuer'));
    cleanups.push(() => enqueuer.close());
    await enqueuer.em.fork().transactional(async (tx) => {
      await jobs.enqueue(tx, probe, { n: 1 });
    });
    await waitFor(() => ran.includes(1), 30_000);
    expect(lines.some((l) => l.level === 30 && /database .*reachable again/i.test(l.msg))).toBe(true);
  }, 60_000);

  it('stops without waiting for the database to come back', async () => {
    const { relayed, proxy } = await databaseBehindRelay();
    const orm = await initOrm(relayed, entities, createLogger('silent', 'worker-orm'));
    cleanups.push(() => orm.close());
    const jobs = await JobQueue.start({ connectionString: relayed, logger: createLogger('silent', 'worker'), supervise: true });
    await jobs.work(jobDefinitions, { orm, clock: systemClock, concurrency: 2, search: createSearchIndex({}, content), content });
    await proxy.cut();
    await sleep(2_000);
    const started = Date.now();
    await jobs.stop(2_000);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 30_000);
});
