/**
 * Load benchmark (not part of the test run): the original's personas (dm-journeys §7) against the
 * running API with generated data. The API runs as its own process (the load generator, autocannon
 * in this process, never shares its event loop); the same public page reads are then answered by a
 * hand-written baseline (one SQL query each, its own process) under the same load. Prints a Markdown
 * table: per mix, connections and operation, req/s, p50/p95/p99 and errors, and ours ÷ baseline.
 *
 * Run with `pnpm bench:load`. BENCH_SERVICES, BENCH_SUPPLIERS, BENCH_OPPORTUNITIES change the data;
 * BENCH_CONNECTIONS (e.g. `10,50`), BENCH_WARMUP and BENCH_DURATION (seconds) the load;
 * BENCH_ADAPTER=opensearch searches with OpenSearch instead of Postgres (its search reads then have
 * no baseline yet: the baseline server asks Postgres only).
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { systemClock } from '../../server/src/app/clock.js';
import { initOrm, migrate } from '../../server/src/app/db.js';
import { startEmbeddedPostgres } from '../../server/src/app/embedded-postgres.js';
import { createLogger } from '../../server/src/app/logger.js';
import { findFreePort } from '../../server/src/commands/ports.js';
import { schemasDir } from '../../server/src/commands/schemas.js';
import { FrameworkContent } from '../../server/src/modules/frameworks/content/catalogue.js';
import { SchemaRegistry } from '../../server/src/modules/frameworks/content/schema-registry.js';
import { entities } from '../../server/src/modules/index.js';
import { BRIEFS_INDEX } from '../../server/src/modules/search/documents.js';
import { createSearchIndex } from '../../server/src/modules/search/index.js';
import { rebuildIndex } from '../../server/src/modules/search/search.indices.js';
import { seedReference } from '../../server/seeds/reference.js';
import { startOpenSearch, type RunningOpenSearch } from '../../server/test/support/opensearch.js';
import { generateCorpus, machineLine, runBenchmark } from './corpus.js';
import { generateSuppliers, SUPPLIER_PASSWORD } from './load/data.js';
import { measure, type Persona } from './load/measure.js';
import { buyerVisits, buyersOnApi, buyersOnBaseline, suppliers } from './load/personas.js';
import { startApi, startBaseline, type Child } from './load/processes.js';
import { errorNotes, HEADER, rows, type Phase } from './load/report.js';
import { generateOpportunities } from './opportunities-corpus.js';
import { alone } from './load/alone.js';

const SERVICES = Number(process.env.BENCH_SERVICES ?? 5_000);
const SUPPLIERS = Number(process.env.BENCH_SUPPLIERS ?? 300);
const OPPORTUNITIES = Number(process.env.BENCH_OPPORTUNITIES ?? 200);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '10,50').split(',').map(Number);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const DURATION = Number(process.env.BENCH_DURATION ?? 15);
const ADAPTER = process.env.BENCH_ADAPTER === 'opensearch' ? 'opensearch' : 'postgres';
/** Page saves per supplier sign-in (the original's suppliers edit page after page once signed in). */
const SAVES_PER_SIGN_IN = 9;
const log = (line: string) => process.stderr.write(`[bench:load] ${line}\n`);

/** Warm-up (discarded), then the measured run; with the API's CPU per answered request. */
async function loaded(target: Child, persona: () => Persona, connections: number, api: Child) {
  await measure(target.url, persona(), connections, WARMUP);
  const cpu = api.cpuMs();
  const m = await measure(target.url, persona(), connections, DURATION);
  const answered = [...m.ops.values()].reduce((n, s) => n + s.times.length, 0);
  return { m, apiCpuPerRequest: (api.cpuMs() - cpu) / Math.max(1, answered) };
}

async function main(): Promise<void> {
  const started = Date.now();
  const work = await mkdtemp(path.join(os.tmpdir(), 'dm-bench-load-'));
  await chmod(work, 0o755); // the embedded PostgreSQL runs as its own user when we are root
  const logger = createLogger('warn', 'bench');
  const pg = await startEmbeddedPostgres({ dir: path.join(work, 'postgres'), port: await findFreePort(), database: 'bench' });
  let engine: RunningOpenSearch | undefined;
  const children: Child[] = [];
  try {
    if (ADAPTER === 'opensearch') engine = await startOpenSearch({ heapMb: 512 });
    const orm = await initOrm(pg.url, entities, logger);
    const registry = new SchemaRegistry(schemasDir);
    const content = new FrameworkContent();
    const searchEnv = { OPENSEARCH_URL: engine?.url, OPENSEARCH_INDEX_PREFIX: 'bench-' };
    let serviceIds: string[];
    let briefIds: number[];
    let data: Awaited<ReturnType<typeof generateSuppliers>>;
    try {
      await migrate(orm);
      await seedReference(orm.em.fork());
      const t = Date.now();
      const descriptions = await generateCorpus(orm, registry, {
        services: SERVICES,
        suppliers: SUPPLIERS,
        seed: 5_000,
        supplierName: (i, term) => `${term} ${['Ltd', 'Digital', 'Cloud', 'Systems'][i % 4]} ${i}`,
      });
      serviceIds = [...descriptions.keys()];
      const generated = await generateOpportunities(orm, { count: OPPORTUNITIES, buyers: 40, suppliers: SUPPLIERS, seed: 200 }, systemClock);
      // Visitors open published opportunities only (a draft's page is not found for them).
      const published = await orm.em.getConnection().execute<Array<{ id: number }>>('select id from briefs where id in (?) and published_at is not null', [generated.briefIds]);
      briefIds = published.map((r) => Number(r.id));
      data = await generateSuppliers(orm, registry, systemClock, SUPPLIERS);
      const search = createSearchIndex(searchEnv, content);
      for (const alias of ['services-g-cloud-13', BRIEFS_INDEX]) await rebuildIndex(orm.em.fork(), { search, clock: systemClock, content }, alias);
      log(
        `${SERVICES} services, ${SUPPLIERS} suppliers with logins and drafts, ${generated.briefIds.length} opportunities (${briefIds.length} published), indexed (${ADAPTER}) in ${((Date.now() - t) / 1000).toFixed(1)} s`,
      );
    } finally {
      await orm.close();
    }

    // Production settings, so that the API behaves as deployed. The rate limits stay on (each
    // request still counts in Postgres) but high enough that one loopback address never reaches them.
    const api = await startApi(
      {
        NODE_ENV: 'production',
        LOG_LEVEL: process.env.BENCH_API_LOG_LEVEL ?? 'info',
        DATABASE_URL: pg.url,
        SESSION_SECRET: randomBytes(24).toString('hex'),
        ADMIN_SESSION_SECRET: randomBytes(24).toString('hex'),
        ADMIN_ALLOWED_CIDRS: '127.0.0.1/32',
        // Not reached by reads; production requires the scanner's address.
        CLAMD_ADDRESS: '/run/clamav/clamd.ctl',
        WEB_URL: 'http://marketplace.test',
        ADMIN_WEB_URL: 'http://admin.marketplace.test',
        RATE_LIMIT_REQUESTS: '100000000',
        RATE_LIMIT_ACCOUNT_IP: '100000000',
        RATE_LIMIT_ACCOUNT_EMAIL: '100000000',
        ...(engine ? { OPENSEARCH_URL: engine.url, OPENSEARCH_INDEX_PREFIX: 'bench-' } : {}),
      },
      await findFreePort(),
      work,
    );
    children.push(api);
    const baseline = await startBaseline(pg.url, work);
    children.push(baseline);
    log(`API (pid ${api.pid}) at ${api.url}, baseline (pid ${baseline.pid}) at ${baseline.url}`);

    const visits = buyerVisits(20_000, serviceIds, briefIds);
    // Each page alone first (its own visits, later in the sequence than the load's warm-up reaches).
    log('each operation alone');
    const aloneVisits = visits.slice(10_000);
    const [oursAlone, baseAlone] = [await alone(api.url, aloneVisits, buyersOnApi), await alone(baseline.url, aloneVisits, buyersOnBaseline)];
    const phases: Phase[] = [];
    for (const connections of CONNECTIONS) {
      log(`buyers ×${connections}: API`);
      const ours = await loaded(api, () => buyersOnApi(visits), connections, api);
      log(`buyers ×${connections}: baseline`);
      const base = await loaded(baseline, () => buyersOnBaseline(visits), connections, api);
      // The baseline searches Postgres's index: beside OpenSearch its search reads compare nothing (not yet sent straight to OpenSearch).
      if (engine) for (const op of ['ServiceSearch', 'OpportunitySearch']) base.m.ops.delete(op);
      phases.push({ mix: 'buyers', connections, ours: ours.m, baseline: base.m, apiCpuPerRequest: ours.apiCpuPerRequest });
      log(`suppliers ×${connections}: API`);
      const supply = await loaded(api, () => suppliers(data.logins, data.pages, SUPPLIER_PASSWORD, SAVES_PER_SIGN_IN), connections, api);
      phases.push({ mix: 'suppliers', connections, ours: supply.m, apiCpuPerRequest: supply.apiCpuPerRequest });
    }

    const engineName = engine ? `OpenSearch ${engine.version}` : 'Postgres full-text search';
    process.stdout.write(
      `\nLoad benchmark: ${SERVICES} G-Cloud 13 services, ${SUPPLIERS} suppliers (each with a supplier login and a G-Cloud 14 draft), ${briefIds.length} opportunities; search on ${engineName}.\n` +
        `Buyers: the SPA's own queries, 50% G-Cloud results (real terms; a third with a lot, a third with a lot and a filter; one in ten page 2), 10% the search page's filter set, 25% service pages, 10% opportunity lists (a keyword, a lot or the open filter), 5% opportunity pages. Suppliers: sign in, then ${SAVES_PER_SIGN_IN} draft-service page saves.\n` +
        `Closed loop (autocannon, no think time), ${WARMUP} s warm-up then ${DURATION} s per row group; baseline: the same visits in the same order, one SQL query each on a plain node HTTP server.\n` +
        `Machine: ${machineLine(`PostgreSQL (embedded), ${engineName}`)}; load generator, API, baseline and database share it.\n\n`,
    );
    process.stdout.write(`| ${HEADER.join(' | ')} |\n| ${HEADER.map(() => '---').join(' | ')} |\n`);
    for (const p of phases) for (const r of rows(p)) process.stdout.write(`| ${r.join(' | ')} |\n`);
    process.stdout.write(`\nEach operation alone (one request at a time, nothing else running; median of 60):\n\n| Operation | Ours p50 | Baseline p50 |\n| --- | --- | --- |\n`);
    for (const [op, p50] of oursAlone) process.stdout.write(`| ${op} | ${p50.toFixed(1)} ms | ${baseAlone.get(op)!.toFixed(1)} ms |\n`);
    const notes = errorNotes(phases);
    if (notes.length) process.stdout.write(`\nErrors:\n${notes.join('\n')}\n`);
    process.stdout.write(`\nTotal run time ${((Date.now() - started) / 1000).toFixed(0)} s.\n`);
  } finally {
    for (const c of children.reverse()) await c.stop();
    await engine?.stop();
    await pg.stop();
    await rm(work, { recursive: true, force: true });
  }
}

runBenchmark('load benchmark', main);
