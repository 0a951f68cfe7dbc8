import type { MikroORM } from '@mikro-orm/postgresql';
import { ManualClock } from '../../src/app/clock.js';
import { initOrm } from '../../src/app/db.js';
import { createHttpApp, type HttpApp } from '../../src/app/http.js';
import { createLogger, type Logger } from '../../src/app/logger.js';
import { buildAppSchema } from '../../src/app/schema.js';
import { seedReference } from '../../seeds/reference.js';
import { createTestDatabase } from './db.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> & { code?: string; fieldErrors?: Record<string, string> } }>;
}

export interface TestApp {
  url: string;
  orm: MikroORM;
  clock: ManualClock;
  logger: Logger;
  http: HttpApp;
  /** SQL statements run since the last reset (for N+1 tests). */
  queries: string[];
  /** POSTs a GraphQL operation to the running server, as a browser or integrator would. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Drops this app's database while the app keeps running (outage tests). */
  dropDatabase(): Promise<void>;
  close(): Promise<void>;
}

/** A real API on a free port over a fresh copy of the migrated database, with reference data loaded. */
export async function createTestApp(opts: { seed?: boolean; now?: string } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent', 'test');
  const queries: string[] = [];
  const orm = await initOrm(db.url, logger, { onQuery: (sql) => queries.push(sql) });
  if (opts.seed !== false) await seedReference(orm.em.fork());
  const clock = new ManualClock(opts.now ?? '2024-06-03T09:00:00Z');
  const http = await createHttpApp({ orm, schema: await buildAppSchema(), clock, logger });
  const { url } = await http.listen('127.0.0.1', 0);
  queries.length = 0;
  return {
    url,
    orm,
    clock,
    logger,
    http,
    queries,
    async gql(query, variables) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GraphQLResponse<never>;
    },
    dropDatabase: () => db.drop(),
    async close() {
      await http.close();
      await orm.close();
      await db.drop();
    },
  };
}
