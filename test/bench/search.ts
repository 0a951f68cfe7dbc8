/**
 * Search benchmark (not part of the test run): 40,000 realistic G-Cloud 13 services, valid against
 * the schemas, in a fresh embedded Postgres; a full rebuild and a query mix from real buyer search
 * terms on each adapter, through our GraphQL API, beside the same request sent straight to
 * OpenSearch; and edit-to-searchable latency through the real worker. Prints a Markdown table.
 *
 * On OpenSearch the same run also measures the raw `_bulk` ceiling: the rebuilt index's very bodies,
 * read back, sent straight to a fresh index; the table shows rebuild docs/s ÷ raw `_bulk` docs/s.
 *
 * Run with `pnpm bench` (from the repository root). BENCH_SERVICES and BENCH_QUERIES change the size;
 * BENCH_REBUILDS repeats each rebuild (and the raw `_bulk` ceiling) and reports medians;
 * BENCH_ADAPTERS (e.g. `opensearch`) runs only the adapters named.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { systemClock } from '../../server/src/app/clock.js';
import { loadConfig } from '../../server/src/app/config.js';
import { initOrm, migrate } from '../../server/src/app/db.js';
import { startEmbeddedPostgres } from '../../server/src/app/embedded-postgres.js';
import { EventDispatcher } from '../../server/src/app/events.js';
import { composeApi } from '../../server/src/composition.js';
import { JobQueue } from '../../server/src/app/jobs.js';
import { createLogger } from '../../server/src/app/logger.js';
import { buildAppSchema } from '../../server/src/app/schema.js';
import { findFreePort } from '../../server/src/commands/ports.js';
import { schemasDir } from '../../server/src/commands/schemas.js';
import { FrameworkContent } from '../../server/src/modules/frameworks/content/catalogue.js';
import { SchemaRegistry } from '../../server/src/modules/frameworks/content/schema-registry.js';
import { entities, handlers, jobs as jobDefinitions, resolvers } from '../../server/src/modules/index.js';
import { OpenSearchSearchIndex } from '../../server/src/modules/search/opensearch-search.js';
import { createSearchIndex } from '../../server/src/modules/search/index.js';
import { REBUILD_BATCH, REBUILD_CONCURRENCY, rebuildIndex } from '../../server/src/modules/search/search.indices.js';
import { queueIndex } from '../../server/src/modules/search/search.sync.js';
import { Service } from '../../server/src/modules/services/service.entity.js';
import { rng } from '../../server/seeds/answers.js';
import { seedReference } from '../../server/seeds/reference.js';
import { LOTS, TERMS, generateCorpus, machineLine, percentile, runBenchmark } from './corpus.js';
import { startOpenSearch } from '../../server/test/support/opensearch.js';

const SERVICES = Number(process.env.BENCH_SERVICES ?? 40_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 300);
const EDITS = 20;
const REBUILDS = Math.max(1, Number(process.env.BENCH_REBUILDS ?? 1));
const ADAPTERS = (process.env.BENCH_ADAPTERS ?? 'postgres,opensearch').split(',').map((a) => a.trim()) as Array<'postgres' | 'opensearch'>;
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const ms = (n: number) => `${n.toFixed(1)} ms`;
const median = (xs: number[]) => percentile(xs, 50);

/** POSTs JSON (or NDJSON) to the engine; the answer's JSON, or an error with its text. */
async function post<T>(url: string, body: string, ndjson = false): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': ndjson ? 'application/x-ndjson' : 'application/json' }, body });
  if (!res.ok) throw new Error(`OpenSearch answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  return (await res.json()) as T;
}

/**
 * The request bodies of a raw `_bulk` load of the alias's documents into `target`: the bodies exactly
 * as the rebuild sent them (their `_source`), with their external versions, in batches of the
 * rebuild's size, serialised before any timing starts.
 */
async function bulkBodiesOf(url: string, alias: string, target: string): Promise<string[]> {
  type Page = { _scroll_id: string; hits: { hits: Array<{ _id: string; _version: number; _source: unknown }> } };
  const lines: string[] = [];
  let page = await post<Page>(`${url}/${alias}/_search?scroll=2m`, JSON.stringify({ size: 1000, sort: ['_doc'], version: true }));
  while (page.hits.hits.length) {
    for (const h of page.hits.hits)
      lines.push(`${JSON.stringify({ index: { _index: target, _id: h._id, version: h._version, version_type: 'external' } })}\n${JSON.stringify(h._source)}\n`);
    page = await post<Page>(`${url}/_search/scroll`, JSON.stringify({ scroll: '2m', scroll_id: page._scroll_id }));
  }
  await fetch(`${url}/_search/scroll`, { method: 'DELETE', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scroll_id: page._scroll_id }) });
  const bodies: string[] = [];
  for (let i = 0; i < lines.length; i += REBUILD_BATCH) bodies.push(lines.slice(i, i + REBUILD_BATCH).join(''));
  return bodies;
}

/**
 * The raw `_bulk` ceiling: the very same bodies sent straight to a fresh index (the adapter's settings
 * and mappings, refreshes off as in a rebuild), as many requests in flight as the rebuild keeps, then
 * one refresh; seconds from the first request to the end of the refresh.
 */
async function rawBulkSeconds(url: string, search: OpenSearchSearchIndex, alias: string, run: number): Promise<{ docs: number; seconds: number }> {
  const physical = `raw-bulk-ceiling-${run}`;
  const target = search.physical(physical);
  const bodies = await bulkBodiesOf(url, search.alias(alias), target);
  await search.createPhysical(physical, { bulkLoad: true });
  try {
    const t0 = performance.now();
    let next = 0;
    const sender = async () => {
      while (next < bodies.length) {
        const body = bodies[next++]!;
        const res = await post<{ errors: boolean }>(`${url}/_bulk`, body, true);
        if (res.errors) throw new Error(`raw _bulk into ${target} reported item errors`);
      }
    };
    await Promise.all(Array.from({ length: REBUILD_CONCURRENCY }, sender));
    await post(`${url}/${target}/_refresh`, '{}');
    const seconds = (performance.now() - t0) / 1000;
    const docs = (await post<{ count: number }>(`${url}/${target}/_count`, '{}')).count;
    return { docs, seconds };
  } finally {
    await fetch(`${url}/${target}`, { method: 'DELETE' });
  }
}

const SEARCH = `query ($q: String, $lot: String, $filters: JSONObject) { serviceSearch(q: $q, lot: $lot, filters: $filters) {
  total lots { lot count } categories { value count children { value count } } filterGroups { name filters { key options { value selected } } }
  summary { text } results { id serviceName supplierName lotName highlight } } }`;

/** The query mix: real terms alone, in a lot, and in a lot with a filter that lot offers. */
function queryMix(): Array<{ q: string; lot?: string; filters?: Record<string, string[]> }> {
  const r = rng(2026);
  return Array.from({ length: QUERIES }, (_, i) => {
    const q = r.pick(TERMS);
    if (i % 3 === 0) return { q };
    const lot = r.pick(LOTS);
    if (i % 3 === 1) return { q, lot };
    const filters: Record<string, string[]> = lot === 'cloud-support' ? { phoneSupport: ['true'] } : { freeVersionTrialOption: ['true'] };
    return { q, lot, filters };
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  const work = await mkdtemp(path.join(os.tmpdir(), 'dm-bench-'));
  await chmod(work, 0o755); // the embedded PostgreSQL runs as its own user when we are root
  const logger = createLogger('warn', 'bench');
  const pg = await startEmbeddedPostgres({ dir: path.join(work, 'postgres'), port: await findFreePort(), database: 'bench' });
  const engine = await startOpenSearch({ heapMb: 1024 });
  const orm = await initOrm(pg.url, entities, logger);
  const results: string[][] = [];
  try {
    await migrate(orm);
    await seedReference(orm.em.fork());
    const registry = new SchemaRegistry(schemasDir);
    // One content catalogue for the bench process, which plays both the API and the worker.
    const content = new FrameworkContent();

    // 1. Data: suppliers and services, every service valid against its lot's schema.
    const genStart = Date.now();
    await generateCorpus(orm, registry, {
      services: SERVICES,
      suppliers: 500,
      seed: 40_000,
      supplierName: (i, term) => `${term} ${['Ltd', 'Digital', 'Cloud', 'Systems'][i % 4]} ${i}`,
      onBatch: (done) => void (done % 10_000 === 0 && log(`generated ${done} services`)),
    });
    log(`${SERVICES} valid services in ${((Date.now() - genStart) / 1000).toFixed(1)} s`);

    const config = loadConfig({ NODE_ENV: 'test', WEB_URL: 'http://marketplace.test', ADMIN_WEB_URL: 'http://admin.marketplace.test', PUBLIC_CACHE: 'off' });
    const schema = await buildAppSchema(resolvers);
    const mix = queryMix();
    /** The same request over plain HTTP, straight to the engine. */
    const direct = async (index: string, body: unknown) => {
      const res = await fetch(`${engine.url}/${index}/_search`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`OpenSearch answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
      await res.arrayBuffer();
    };
    const machine = machineLine(`PostgreSQL (embedded), OpenSearch ${engine.version}`);

    for (const name of ADAPTERS) {
      const search = createSearchIndex({ OPENSEARCH_URL: name === 'opensearch' ? engine.url : undefined, OPENSEARCH_INDEX_PREFIX: 'bench-' }, content);
      // 2. Full rebuild: streamed in batches into a new dated index, swapped in; on OpenSearch, beside
      // each rebuild, the raw `_bulk` of the bodies it wrote.
      const rebuildRates: number[] = [];
      const rawRates: number[] = [];
      const ratios: number[] = [];
      let indexed = 0;
      for (let run = 0; run < REBUILDS; run++) {
        const t0 = performance.now();
        const rebuilt = await rebuildIndex(orm.em.fork(), { search, clock: systemClock, content }, 'services-g-cloud-13', {
          onProgress: (p) => void (p.indexed % 10_000 < REBUILD_BATCH && log(`${name}: rebuilt ${p.indexed}/${p.total}`)),
        });
        const rate = rebuilt.indexed / ((performance.now() - t0) / 1000);
        indexed = rebuilt.indexed;
        rebuildRates.push(rate);
        log(`${name}: rebuild ${run + 1}/${REBUILDS}: ${Math.round(rate)} docs/s`);
        if (search instanceof OpenSearchSearchIndex) {
          const raw = await rawBulkSeconds(engine.url, search, 'services-g-cloud-13', run);
          if (raw.docs !== rebuilt.indexed) throw new Error(`the raw _bulk wrote ${raw.docs} documents, the rebuild ${rebuilt.indexed}`);
          rawRates.push(raw.docs / raw.seconds);
          ratios.push(rate / (raw.docs / raw.seconds));
          log(`${name}: raw _bulk ${run + 1}/${REBUILDS}: ${Math.round(raw.docs / raw.seconds)} docs/s; rebuild ÷ raw ${ratios[ratios.length - 1]!.toFixed(2)}`);
        }
      }
      const rebuildRate = median(rebuildRates);

      // 3. Queries through the GraphQL API (HTTP, as a browser sends them).
      const jobs = await JobQueue.start({ connectionString: pg.url, logger, supervise: true });
      await jobs.ensureQueues(jobDefinitions);
      await jobs.work(jobDefinitions, { orm, clock: systemClock, concurrency: 2, search, content, config });
      const dispatcher = new EventDispatcher({ orm, clock: systemClock, logger, jobs, config, search, content, handlers });
      await dispatcher.start();
      const http = await composeApi({ orm, schema, clock: systemClock, logger, config, jobs, schemas: registry, search, content });
      const { url } = await http.listen('127.0.0.1', 0);
      const ask = async (variables: Record<string, unknown>) => {
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', 'x-forwarded-host': 'marketplace.test' },
          body: JSON.stringify({ query: SEARCH, variables }),
        });
        const json = (await res.json()) as { errors?: Array<{ message: string }> };
        if (json.errors) throw new Error(`query ${JSON.stringify(variables)} failed: ${json.errors[0]!.message}`);
      };
      for (const v of mix.slice(0, 20)) await ask(v); // warm-up
      const api: number[] = [];
      for (const v of mix) {
        const t = performance.now();
        await ask(v);
        api.push(performance.now() - t);
      }
      // The same page request straight to OpenSearch, in the same run.
      const straight: number[] = [];
      if (search instanceof OpenSearchSearchIndex) {
        for (const v of mix) {
          const request = search.serviceSearchRequest(v, 1, v.lot ? 'serviceCategories' : undefined);
          const t = performance.now();
          await direct(request.index, request.body);
          straight.push(performance.now() - t);
        }
      }

      // 4. Edit to searchable: a committed edit, its index job on the worker, then found by a search.
      const edits: number[] = [];
      const sample = await orm.em.fork().find(Service, {}, { limit: EDITS, orderBy: { id: 'asc' } });
      for (const [i, s] of sample.entries()) {
        const token = `zebrafinch${name}${i}`;
        const t = performance.now();
        await orm.em.fork().transactional(async (tx) => {
          const row = await tx.findOneOrFail(Service, { id: s.id });
          row.data = { ...row.data, serviceName: `${token} service` };
          await queueIndex(tx, jobs, 'service', row.serviceId);
        });
        for (;;) {
          if ((await search.findServices(orm.em.fork(), { q: token }, 1)).total === 1) break;
          await new Promise((res) => setTimeout(res, 10));
        }
        edits.push(performance.now() - t);
      }
      await http.close();
      await dispatcher.stop();
      await jobs.stop(5_000);

      const p50 = percentile(api, 50);
      const p95 = percentile(api, 95);
      results.push([
        name === 'postgres' ? 'Postgres full text' : 'OpenSearch',
        String(indexed),
        `${(indexed / rebuildRate).toFixed(1)} s`,
        String(Math.round(rebuildRate)),
        rawRates.length ? String(Math.round(median(rawRates))) : '–',
        ratios.length ? `${median(ratios).toFixed(2)}` : '–',
        ms(p50),
        ms(p95),
        straight.length ? `${ms(percentile(straight, 50))} / ${ms(percentile(straight, 95))}` : '–',
        straight.length ? `${(p50 / percentile(straight, 50)).toFixed(1)}× / ${(p95 / percentile(straight, 95)).toFixed(1)}×` : '–',
        `${ms(percentile(edits, 50))} / ${ms(percentile(edits, 95))}`,
      ]);
    }

    const header = [
      'Adapter',
      'Documents',
      'Full rebuild',
      'Docs/s',
      'Raw _bulk docs/s',
      'Rebuild ÷ raw _bulk',
      'API p50',
      'API p95',
      'Direct OpenSearch p50 / p95',
      'API ÷ direct (p50 / p95)',
      'Edit → searchable p50 / p95',
    ];
    process.stdout.write(
      `\nSearch benchmark: ${SERVICES} G-Cloud 13 services, ${QUERIES} queries from real buyer search terms (a third with a lot, a third with a lot and a filter), one page of 30 with lot and category counts, filter groups and the summary.\nRebuilds: ${REBUILDS} per adapter (medians); raw _bulk: the rebuilt index's own bodies and versions, batches of ${REBUILD_BATCH}, ${REBUILD_CONCURRENCY} in flight, into a fresh index, then a refresh.\nMachine: ${machine}.\n\n`,
    );
    process.stdout.write(`| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |\n`);
    for (const row of results) process.stdout.write(`| ${row.join(' | ')} |\n`);
    process.stdout.write(`\nTotal run time ${((Date.now() - started) / 1000).toFixed(0)} s.\n`);
  } finally {
    await orm.close();
    await engine.stop();
    await pg.stop();
    await rm(work, { recursive: true, force: true });
  }
}

runBenchmark('search benchmark', main);
