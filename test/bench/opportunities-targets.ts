/**
 * One HTTP target of the opportunities benchmark, in its own process (so that the load generator
 * and the other targets share no event loop with it): `ours` (our GraphQL API), `postgraphile`
 * (PostGraphile 5 on the same database) or `sql` (one hand-written SQL statement behind node:http).
 * Started by bench/opportunities.ts with `fork`; sends `{ url }` once listening. `ours` also answers
 * `{ count: 'reset' | 'read' }` with the SQL statements it ran since the last reset, when started with
 * BENCH_COUNT_STATEMENTS=1. BENCH_PRINT_SCHEMA=1 prints PostGraphile's schema (its field names) to stderr.
 */
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { systemClock } from '../../server/src/app/clock.js';
import { loadConfig } from '../../server/src/app/config.js';
import { initOrm } from '../../server/src/app/db.js';
import { JobQueue } from '../../server/src/app/jobs.js';
import { createLogger } from '../../server/src/app/logger.js';
import { composeApi } from '../../server/src/composition.js';
import { FrameworkContent } from '../../server/src/modules/frameworks/content/catalogue.js';
import { entities, jobs as jobDefinitions } from '../../server/src/modules/index.js';
import { createSearchIndex } from '../../server/src/modules/search/index.js';
import { ONE_SQL } from './opportunities-sql.js';

const url = process.env.BENCH_DATABASE_URL!;
const send = (message: unknown) => process.send!(message);

/** Our API as main.ts composes it (no OpenSearch: the list reads Postgres only), statements counted. */
async function ours(): Promise<void> {
  const logger = createLogger('warn', 'bench');
  const queries: string[] = [];
  // Counting turns on the ORM's query log, which costs CPU: only the instance that counts has it.
  const counting = process.env.BENCH_COUNT_STATEMENTS === '1';
  const orm = await initOrm(url, entities, logger, counting ? { onQuery: (sql) => queries.push(sql) } : {});
  // The per-IP request limit is off: one client at hundreds of requests a second is the point here.
  const config = loadConfig({
    NODE_ENV: 'test',
    WEB_URL: 'http://marketplace.test',
    ADMIN_WEB_URL: 'http://admin.marketplace.test',
    RATE_LIMIT_REQUESTS: '0',
    PUBLIC_CACHE: process.env.BENCH_PUBLIC_CACHE === 'on' ? 'on' : 'off',
  });
  const content = new FrameworkContent();
  const jobs = await JobQueue.start({ connectionString: url, logger, supervise: false });
  await jobs.ensureQueues(jobDefinitions);
  const http = await composeApi({ orm, clock: systemClock, logger, config, jobs, search: createSearchIndex({}, content), content });
  const listening = await http.listen('127.0.0.1', 0);
  process.on('message', (m: { count?: 'reset' | 'read' }) => {
    if (m.count === 'reset') queries.length = 0;
    if (m.count === 'read') send({ statements: queries.filter((q) => !/pgboss|rate_limits/.test(q)) });
  });
  send({ url: `${listening.url}/graphql` });
}

/** GraphQL enum values from ours like "none-suitable": PostGraphile would otherwise drop every table with such a column. */
const enumNames: GraphileConfig.Plugin = {
  name: 'BenchEnumNamesPlugin',
  version: '0.0.0',
  inflection: {
    replace: {
      enumValue(previous, _options, value, codec) {
        return previous!.call(this, value.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, ''), codec);
      },
    },
  },
};

/** PostGraphile 5, Amber preset, over the public schema (the bench adds its computed columns and the ordered list function). */
async function postGraphile(): Promise<void> {
  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset],
    plugins: [enumNames],
    pgServices: [makePgService({ connectionString: url, schemas: ['public'] })],
    grafserv: { graphqlPath: '/graphql', watch: false, graphiql: false },
    grafast: { explain: false },
  });
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  await serv.addTo(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  if (process.env.BENCH_PRINT_SCHEMA) {
    const { printSchema } = await import('postgraphile/graphql');
    process.stderr.write(printSchema(await pgl.getSchema()));
  }
  send({ url: `http://127.0.0.1:${address.port}/graphql` });
}

async function oneSql(): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      pool.query<{ body: string }>(ONE_SQL).then(
        (r) => res.writeHead(200, { 'content-type': 'application/json' }).end(r.rows[0]!.body),
        (e: Error) => res.writeHead(500).end(e.message),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  send({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql` });
}

// The process's CPU time so far (user + system, ms): the bench reads it before and after the load.
process.on('message', (m: { cpu?: boolean }) => {
  if (m.cpu) {
    const { user, system } = process.cpuUsage();
    send({ cpuMs: (user + system) / 1000 });
  }
});

// A clean exit on the bench's SIGTERM, so that a `--cpu-prof` profile is written.
process.on('SIGTERM', () => process.exit(0));
const kind = process.argv[2];
const start = kind === 'ours' ? ours : kind === 'postgraphile' ? postGraphile : kind === 'sql' ? oneSql : null;
if (!start) throw new Error(`unknown target ${kind}`);
start().catch((e: unknown) => {
  process.stderr.write(`target ${kind} failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
