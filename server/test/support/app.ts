import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { inject } from 'vitest';
import { ManualClock } from '../../src/app/clock.js';
import { loadConfig, type Config } from '../../src/app/config.js';
import { initOrm } from '../../src/app/db.js';
import type { HttpApp } from '../../src/app/http.js';
import { JobQueue } from '../../src/app/jobs.js';
import { createLogger, type Logger } from '../../src/app/logger.js';
import { createMailer } from '../../src/app/mailer.js';
import type { EventDispatcher } from '../../src/app/events.js';
import { composeApi, composeWorker } from '../../src/composition.js';
import type { ContentCatalogue } from '../../src/app/content-port.js';
import type { SearchIndex } from '../../src/app/search-port.js';
import type { DocumentStorage } from '../../src/app/storage-port.js';
import { createDocumentStorage } from '../../src/app/storage/index.js';
import { FrameworkContent } from '../../src/modules/frameworks/content/catalogue.js';
import { entities, jobs as jobDefinitions } from '../../src/modules/index.js';
import { createSearchIndex } from '../../src/modules/search/index.js';
import { seedReference } from '../../seeds/reference.js';
import { createTestDatabase } from './db.js';
import { startMailbox, type Mailbox } from './smtp.js';
import { PASSWORD } from './factories.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> & { code?: string; fieldErrors?: Record<string, string> } }>;
}

/** Test sites: the admin site is recognised by its host, as behind a real proxy. */
export const WEB_HOST = 'marketplace.test';
export const ADMIN_HOST = 'admin.marketplace.test';

export interface TestApp {
  url: string;
  orm: MikroORM;
  clock: ManualClock;
  logger: Logger;
  config: Config;
  http: HttpApp;
  jobs: JobQueue;
  /** The search adapter the app's contexts carry (OpenSearch when `env` sets OPENSEARCH_URL). */
  search: SearchIndex;
  /** The content catalogue of this app (its API and worker side share it, as one process would). */
  content: ContentCatalogue;
  /** The app's document storage (its own temporary folder). */
  storage: DocumentStorage;
  /** Present when created with `{ worker: true }`: a real SMTP server receiving the emails. */
  mailbox?: Mailbox;
  /** The domain event dispatcher: started with `{ worker: true }`; otherwise `drain()` applies the events committed so far. */
  events: EventDispatcher;
  /** SQL statements run since the last reset (for N+1 tests). */
  queries: string[];
  /** POSTs a GraphQL operation to the running server, as a browser or integrator would. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** A browser on one site: keeps that site's cookies between requests. */
  browser(site?: 'web' | 'admin'): Browser;
  /** A browser on the site signed in as `email` (with the factories' password). */
  signIn(email: string, site?: 'web' | 'admin', password?: string): Promise<Browser>;
  /** Drops this app's database while the app keeps running (outage tests). */
  dropDatabase(): Promise<void>;
  close(): Promise<void>;
}

export interface Browser {
  cookies: Map<string, string>;
  /** Any other request to the API (uploads, downloads), from this site with its cookies. */
  request(path: string, init?: RequestInit): Promise<Response>;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T> & { setCookie: string[] }>;
}

/** A real API on a free port over a fresh copy of the migrated database, with reference data loaded. */
/**
 * Options: `env` overrides configuration (e.g. rate limits). Tests sign the same accounts in many
 * times, so the account rate limits are off unless a test sets them; the request limit stays on.
 */
export async function createTestApp(opts: { seed?: boolean; now?: string; worker?: boolean; logLines?: string[]; env?: Record<string, string> } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const logger = opts.logLines
    ? createLogger('debug', 'test', { write: (line: string) => void opts.logLines!.push(line) })
    : createLogger(process.env.TEST_LOG_LEVEL ?? 'silent', 'test');
  const queries: string[] = [];
  const orm = await initOrm(db.url, entities, logger, { onQuery: (sql) => queries.push(sql) });
  if (opts.seed !== false) await seedReference(orm.em.fork());
  const clock = new ManualClock(opts.now ?? '2024-06-03T09:00:00Z');
  const mailbox = opts.worker ? await startMailbox() : undefined;
  // Each app keeps its documents in its own folder, and scans them with the run's clamd (when installed).
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'dm-test-data-'));
  const clamd = inject('clamdAddress');
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    ...(clamd ? { CLAMD_ADDRESS: clamd } : {}),
    WEB_URL: `http://${WEB_HOST}`,
    ADMIN_WEB_URL: `http://${ADMIN_HOST}`,
    RATE_LIMIT_ACCOUNT_IP: '0',
    RATE_LIMIT_ACCOUNT_EMAIL: '0',
    // Tests move the clock and write rows directly: a cached answer would hide both. public-reads.test.ts turns it on.
    PUBLIC_CACHE: 'off',
    ...(mailbox ? { SMTP_URL: mailbox.url } : {}),
    ...opts.env,
  });
  // One catalogue per test app, as one per process in production: apps in one test file share no content state.
  const content = new FrameworkContent();
  const search = createSearchIndex(config, content);
  const jobs = await JobQueue.start({ connectionString: db.url, logger, supervise: Boolean(opts.worker) });
  await jobs.ensureQueues(jobDefinitions);
  const mailer = createMailer(config.SMTP_URL, config.MAIL_FROM);
  // The worker's side has its own ORM, as the worker process has in production: its statements
  // (the dispatcher's polls, handlers, jobs) are not the API's, and are not counted in `queries`.
  const workerOrm = await initOrm(db.url, entities, logger);
  // Without a worker the dispatcher is not started: a test applies the events with `events.drain()`.
  const dispatcher = await composeWorker(
    { orm: workerOrm, clock, logger, config, jobs, search, content, mailer, storage: createDocumentStorage(config), concurrency: 2, pollMs: 500 },
    { start: Boolean(opts.worker) },
  );
  const storage = createDocumentStorage(config);
  const http = await composeApi({ orm, clock, logger, config, jobs, search, content, storage });
  const { url } = await http.listen('127.0.0.1', 0);
  queries.length = 0;

  const post = async (body: unknown, headers: Record<string, string>) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...headers },
      body: JSON.stringify(body),
    });
    return { json: (await res.json()) as GraphQLResponse<never>, setCookie: res.headers.getSetCookie() };
  };

  const browser = (site: 'web' | 'admin' = 'web'): Browser => {
    const cookies = new Map<string, string>();
    return {
      cookies,
      request(path, init = {}) {
        const cookieHeader = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
        const headers = new Headers(init.headers);
        headers.set('x-forwarded-host', site === 'admin' ? ADMIN_HOST : WEB_HOST);
        if (cookieHeader) headers.set('cookie', cookieHeader);
        return fetch(`${url}${path}`, { ...init, headers });
      },
      async gql(query, variables) {
        const cookieHeader = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
        const res = await post({ query, variables }, { 'x-forwarded-host': site === 'admin' ? ADMIN_HOST : WEB_HOST, ...(cookieHeader ? { cookie: cookieHeader } : {}) });
        for (const c of res.setCookie) {
          const [pair] = c.split(';');
          const [name, ...rest] = pair!.split('=');
          const value = rest.join('=');
          if (value === '' || /expires=Thu, 01 Jan 1970/i.test(c)) cookies.delete(name!.trim());
          else cookies.set(name!.trim(), value);
        }
        return { ...res.json, setCookie: res.setCookie };
      },
    };
  };

  return {
    url,
    orm,
    clock,
    logger,
    config,
    http,
    jobs,
    search,
    content,
    storage,
    mailbox,
    queries,
    async gql(query, variables) {
      return (await post({ query, variables }, { 'x-forwarded-host': WEB_HOST })).json;
    },
    browser,
    async signIn(email, site = 'web', password = PASSWORD) {
      const b = browser(site);
      const res = await b.gql('mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }', { e: email, p: password });
      if (res.errors) throw new Error(`could not sign in as ${email}: ${res.errors[0]!.message}`);
      return b;
    },
    dropDatabase: () => db.drop(),
    events: dispatcher,
    async close() {
      await dispatcher?.stop();
      await http.close();
      await jobs.stop(2_000);
      mailer?.close();
      await mailbox?.close();
      await workerOrm.close();
      await orm.close();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
