/**
 * Events benchmark (not part of the test run): edit-to-searchable latency under sustained load
 * (issue 11: "at a sustained 50 edits a second, edit-to-searchable p95 must stay ≤ 1 s with one
 * worker"). A fresh embedded Postgres with ~2,000 live G-Cloud 13 services, the API over HTTP and
 * one worker (jobs with concurrency 2 and one event dispatcher) in this process; a category admin
 * edits service descriptions through the GraphQL API on a fixed schedule (open loop), each edit
 * writing a unique marker word, and one poller reads the active index until each marker is there.
 * The dispatcher and the `search.index` handler are wrapped (not changed) to show where time goes.
 *
 * Run with `pnpm bench:events` (from the repository root). BENCH_SERVICES (2000), BENCH_SECONDS (30),
 * EDITS_PER_SECOND (50), EDIT_RATES (default `20,<EDITS_PER_SECOND>`), BENCH_OPENSEARCH=1 (also
 * the OpenSearch adapter).
 */
import { readFileSync } from 'node:fs';
import { performance as perf } from 'node:perf_hooks';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { systemClock } from '../../server/src/app/clock.js';
import { loadConfig } from '../../server/src/app/config.js';
import { initOrm, migrate } from '../../server/src/app/db.js';
import { startEmbeddedPostgres } from '../../server/src/app/embedded-postgres.js';
import { EventDispatcher, type EventHandler } from '../../server/src/app/events.js';
import { composeApi } from '../../server/src/composition.js';
import { JobQueue } from '../../server/src/app/jobs.js';
import { createLogger } from '../../server/src/app/logger.js';
import { buildAppSchema } from '../../server/src/app/schema.js';
import { findFreePort } from '../../server/src/commands/ports.js';
import { schemasDir } from '../../server/src/commands/schemas.js';
import { FrameworkContent } from '../../server/src/modules/frameworks/content/catalogue.js';
import { SchemaRegistry } from '../../server/src/modules/frameworks/content/schema-registry.js';
import { entities, handlers, jobs as jobDefinitions, resolvers } from '../../server/src/modules/index.js';
import { createSearchIndex } from '../../server/src/modules/search/index.js';
import { rebuildIndex } from '../../server/src/modules/search/search.indices.js';
import { Role } from '../../server/src/shared/role.js';
import { seedReference } from '../../server/seeds/reference.js';
import { makeUser, PASSWORD } from '../../server/test/support/factories.js';
import { startOpenSearch, type RunningOpenSearch } from '../../server/test/support/opensearch.js';
import { generateCorpus, machineLine, percentile, runBenchmark } from './corpus.js';

const SERVICES = Number(process.env.BENCH_SERVICES ?? 2_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const TARGET = Number(process.env.EDITS_PER_SECOND ?? 50);
const RATES = (process.env.EDIT_RATES ?? `20,${TARGET}`)
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => n > 0);
const WITH_OPENSEARCH = process.env.BENCH_OPENSEARCH === '1';
/** An edit not searchable this long after the last edit of its run was sent is counted as lost. */
const GRACE_MS = 30_000;
/** Open loop, but bounded: an edit due while this many are unanswered is not sent (and counted). */
const MAX_IN_FLIGHT = 500;
const POLL_MS = 20;
const ALIAS = 'services-g-cloud-13';
const WEB_HOST = 'marketplace.test';
const ADMIN_HOST = 'admin.marketplace.test';

const UPDATE = 'mutation ($id: ID!, $a: JSONObject!) { updateService(id: $id, answers: $a) { id } }';

const log = (line: string) => process.stderr.write(`[bench:events] ${line}\n`);
const sleep = (msec: number) => new Promise((r) => setTimeout(r, msec));
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const ms = (n: number) => (Number.isNaN(n) ? '–' : n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${n.toFixed(0)} ms`);

interface Edit {
  seq: number;
  serviceId: string;
  marker: string;
  sentAt: number;
  committedAt?: number;
  searchableAt?: number;
  failed?: string;
}

/** What the wrapped dispatcher and handler saw (times are performance.now()). */
interface Trace {
  /** One per runOnce of search.index: start, end, events read. */
  runs: Array<{ start: number; end: number; events: number }>;
  /** One per handle() call of search.index: start, end, events, distinct services. */
  batches: Array<{ start: number; end: number; events: number; objects: number }>;
  /** Per service id: the batches (start, end) that applied it. */
  applied: Map<string, Array<{ start: number; end: number }>>;
  wakes: number;
  /** Time in the adapter's apply (the index write alone), per object. */
  apply: number[];
}

/** Busy and total jiffies of the whole machine (/proc/stat), for the CPU share of a run. */
function machineCpu(): { busy: number; total: number } {
  const [cpu] = readFileSync('/proc/stat', 'utf8').split('\n');
  const f = cpu!.trim().split(/\s+/).slice(1).map(Number);
  const total = f.reduce((a, b) => a + b, 0);
  return { busy: total - f[3]! - (f[4] ?? 0), total };
}

/** A description of at most 50 words and 500 characters, ending in the edit's marker word. */
function describe(original: string, marker: string): string {
  const words = original.split(/\s+/).filter(Boolean).slice(0, 40);
  while (words.length && words.join(' ').length + marker.length + 1 > 480) words.pop();
  return [...words, marker].join(' ');
}

async function main(): Promise<void> {
  const started = Date.now();
  const work = await mkdtemp(path.join(os.tmpdir(), 'dm-bench-events-'));
  await chmod(work, 0o755); // the embedded PostgreSQL runs as its own user when we are root
  const logger = createLogger('warn', 'bench');
  const pg = await startEmbeddedPostgres({ dir: path.join(work, 'postgres'), port: await findFreePort(), database: 'bench' });
  let engine: RunningOpenSearch | null = null;
  const orm = await initOrm(pg.url, entities, logger);
  const results: string[][] = [];
  const analysis: string[][] = [];
  try {
    if (WITH_OPENSEARCH) engine = await startOpenSearch({ heapMb: 1024 });
    await migrate(orm);
    await seedReference(orm.em.fork());
    const registry = new SchemaRegistry(schemasDir);
    // One content catalogue for the bench process, which plays both the API and the worker.
    const content = new FrameworkContent();

    // 1. Data: suppliers and live services, every service valid against its lot's schema.
    const originals = await generateCorpus(orm, registry, {
      services: SERVICES,
      suppliers: 100,
      seed: 11,
      supplierName: (i, term) => `${term} Ltd ${i}`,
      description: (text) => describe(text, 'today'),
    });
    const serviceIds = [...originals.keys()];
    const admin = await makeUser(orm.em.fork(), { role: Role.ADMIN_CCS_CATEGORY });
    log(`${SERVICES} valid live services`);

    const config = loadConfig({
      NODE_ENV: 'test',
      WEB_URL: `http://${WEB_HOST}`,
      ADMIN_WEB_URL: `http://${ADMIN_HOST}`,
      // One loopback client stands for many admins: the per-address limits would throttle the load itself.
      RATE_LIMIT_REQUESTS: '0',
      RATE_LIMIT_ACCOUNT_IP: '0',
      RATE_LIMIT_ACCOUNT_EMAIL: '0',
    });
    const schema = await buildAppSchema(resolvers);
    const machine = machineLine(`PostgreSQL (embedded)${engine ? `, OpenSearch ${engine.version}` : ''}`);
    let seq = 0;

    for (const name of WITH_OPENSEARCH ? (['postgres', 'opensearch'] as const) : (['postgres'] as const)) {
      const search = createSearchIndex({ OPENSEARCH_URL: name === 'opensearch' ? engine!.url : undefined, OPENSEARCH_INDEX_PREFIX: 'bench-' }, content);
      const rebuilt = await rebuildIndex(orm.em.fork(), { search, clock: systemClock, content }, ALIAS);
      log(`${name}: ${rebuilt.indexed} documents in ${rebuilt.physicalName}`);

      // 2. One worker's worth: jobs (concurrency 2) and one event dispatcher, instrumented from outside.
      const trace: Trace = { runs: [], batches: [], applied: new Map(), wakes: 0, apply: [] };
      const apply = search.apply.bind(search);
      search.apply = async (...args) => {
        const start = performance.now();
        try {
          return await apply(...args);
        } finally {
          trace.apply.push(performance.now() - start);
        }
      };
      const instrumented: EventHandler[] = handlers.map((h) =>
        h.name !== 'search.index'
          ? h
          : {
              ...h,
              async handle(events, ctx) {
                const start = performance.now();
                const ids = new Set(events.filter((e) => e.objectType === 'Service' && e.objectId).map((e) => e.objectId!));
                await h.handle(events, ctx);
                const end = performance.now();
                trace.batches.push({ start, end, events: events.length, objects: ids.size });
                for (const id of ids) {
                  const list = trace.applied.get(id) ?? [];
                  list.push({ start, end });
                  trace.applied.set(id, list);
                }
              },
            },
      );
      const jobs = await JobQueue.start({ connectionString: pg.url, logger, supervise: true });
      await jobs.ensureQueues(jobDefinitions);
      await jobs.work(jobDefinitions, { orm, clock: systemClock, concurrency: 2, search, content, config });
      const dispatcher = new EventDispatcher({ orm, clock: systemClock, logger, jobs, config, search, content, handlers: instrumented });
      const wake = dispatcher.wake.bind(dispatcher);
      dispatcher.wake = () => {
        trace.wakes++;
        wake();
      };
      const runOnce = dispatcher.runOnce.bind(dispatcher);
      dispatcher.runOnce = async (h) => {
        const start = performance.now();
        const n = await runOnce(h);
        if (h.name === 'search.index') trace.runs.push({ start, end: performance.now(), events: n });
        return n;
      };
      await dispatcher.start();
      const http = await composeApi({ orm, schema, clock: systemClock, logger, config, jobs, schemas: registry, search, content });
      const { url } = await http.listen('127.0.0.1', 0);

      // 3. The admin, signed in on the admin site over HTTP.
      let cookie = '';
      const gql = async (query: string, variables: Record<string, unknown>) => {
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', 'x-forwarded-host': ADMIN_HOST, ...(cookie ? { cookie } : {}) },
          body: JSON.stringify({ query, variables }),
        });
        const setCookie = res.headers.getSetCookie();
        if (setCookie.length) cookie = setCookie.map((c) => c.split(';')[0]!).join('; ');
        return (await res.json()) as { errors?: Array<{ message: string }> };
      };
      const signedIn = await gql('mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }', { e: admin.email, p: PASSWORD });
      if (signedIn.errors) throw new Error(`could not sign in: ${signedIn.errors[0]!.message}`);

      // 4. One poller: which pending markers are in the active index now.
      const pending = new Map<string, Edit>(); // by service id (one pending edit per service)
      const physicalIndex = rebuilt.physicalName;
      const searchTexts = async (ids: string[]): Promise<Map<string, string>> => {
        if (name === 'postgres') {
          const rows = await orm.em
            .fork()
            .execute<Array<{ object_id: string; search_text: string }>>(`select object_id, search_text from search_documents where index_name = ? and object_id in (?)`, [
              physicalIndex,
              ids,
            ]);
          return new Map(rows.map((row) => [row.object_id, row.search_text]));
        }
        const res = await fetch(`${engine!.url}/bench-${ALIAS}/_search`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ size: ids.length, _source: ['searchText'], query: { ids: { values: ids } } }),
        });
        const body = (await res.json()) as { hits: { hits: Array<{ _id: string; _source: { searchText: string } }> } };
        return new Map(body.hits.hits.map((hit) => [hit._id, hit._source.searchText]));
      };
      let polling = true;
      const poller = (async () => {
        while (polling) {
          const waiting = [...pending.values()].filter((e) => e.committedAt !== undefined);
          if (waiting.length) {
            const at = performance.now(); // the read's snapshot is no older than this
            const texts = await searchTexts(waiting.map((e) => e.serviceId));
            for (const e of waiting) {
              if (texts.get(e.serviceId)?.includes(e.marker)) {
                e.searchableAt = at;
                pending.delete(e.serviceId);
              }
            }
          }
          await sleep(POLL_MS);
        }
      })();

      const edit = async (e: Edit) => {
        try {
          const res = await gql(UPDATE, { id: e.serviceId, a: { serviceDescription: describe(originals.get(e.serviceId)!, e.marker) } });
          if (res.errors) throw new Error(res.errors[0]!.message);
          e.committedAt = performance.now();
        } catch (err) {
          e.failed = (err as Error).message;
          pending.delete(e.serviceId);
        }
      };
      const newEdit = (serviceId: string, tag: string): Edit => {
        const n = seq++;
        return { seq: n, serviceId, marker: `zqbench${tag}x${String(n).padStart(6, '0')}z`, sentAt: performance.now() };
      };

      // Warm-up: a few edits one at a time.
      for (let i = 0; i < 10; i++) {
        const e = newEdit(serviceIds[(seq * 7919) % serviceIds.length]!, 'w');
        pending.set(e.serviceId, e);
        await edit(e);
        while (pending.has(e.serviceId)) await sleep(POLL_MS);
      }

      // 5. Each rate: edits on a fixed schedule, each on a service not edited before in this run.
      let cursor = 0;
      for (const rate of RATES) {
        const total = Math.round(rate * SECONDS);
        if (total > serviceIds.length) log(`${total} edits but ${serviceIds.length} services: some services are edited twice in this run`);
        const edits: Edit[] = [];
        let skipped = 0;
        const inFlight = new Set<Promise<void>>();
        const mark = { runs: trace.runs.length, batches: trace.batches.length, wakes: trace.wakes, apply: trace.apply.length };
        const cpu0 = machineCpu();
        const node0 = process.cpuUsage();
        const elu0 = perf.eventLoopUtilization();
        const t0 = performance.now();
        log(`${name}: ${rate} edits/s for ${SECONDS} s`);
        for (let i = 0; i < total; i++) {
          const due = t0 + (i * 1000) / rate;
          const wait = due - performance.now();
          if (wait > 0) await sleep(wait);
          if (inFlight.size >= MAX_IN_FLIGHT) {
            skipped++;
            continue;
          }
          let serviceId = serviceIds[cursor++ % serviceIds.length]!;
          while (pending.has(serviceId)) serviceId = serviceIds[cursor++ % serviceIds.length]!;
          const e = newEdit(serviceId, String(rate));
          edits.push(e);
          pending.set(serviceId, e);
          const p = edit(e).finally(() => inFlight.delete(p));
          inFlight.add(p);
        }
        const sendEnd = performance.now();
        const sendSeconds = (sendEnd - t0) / 1000;
        // CPU while sending: the whole machine, this process (API + worker + load), the event loop.
        const cpu1 = machineCpu();
        const node1 = process.cpuUsage(node0);
        const elu = perf.eventLoopUtilization(elu0);
        const cores = os.cpus().length;
        const machineBusy = (cpu1.busy - cpu0.busy) / (cpu1.total - cpu0.total);
        const nodeBusy = (node1.user + node1.system) / 1000 / (sendEnd - t0) / cores;
        await Promise.all(inFlight);
        const deadline = performance.now() + GRACE_MS;
        while (edits.some((e) => !e.failed && e.searchableAt === undefined) && performance.now() < deadline) await sleep(50);
        const lost = edits.filter((e) => !e.failed && e.searchableAt === undefined);
        for (const e of lost) pending.delete(e.serviceId);
        const failed = edits.filter((e) => e.failed);
        if (failed.length) log(`${failed.length} edits failed, e.g. ${failed[0]!.failed}`);

        const done = edits.filter((e) => e.searchableAt !== undefined);
        const latency = done.map((e) => e.searchableAt! - e.committedAt!);
        const mutation = edits.filter((e) => e.committedAt !== undefined).map((e) => e.committedAt! - e.sentAt);
        const lastCommit = Math.max(...edits.map((e) => e.committedAt ?? 0));
        const achieved = edits.filter((e) => e.committedAt !== undefined).length / ((lastCommit - t0) / 1000);
        results.push([
          name === 'postgres' ? 'Postgres full text' : 'OpenSearch',
          String(rate),
          `${achieved.toFixed(1)}${sendSeconds > SECONDS * 1.05 ? ' (sending fell behind)' : ''}`,
          String(edits.length - failed.length) + (failed.length ? ` (+${failed.length} failed)` : '') + (skipped ? ` (${skipped} not sent)` : ''),
          ms(percentile(mutation, 50)),
          ms(percentile(latency, 50)),
          ms(percentile(latency, 95)),
          ms(percentile(latency, 99)),
          ms(Math.max(...latency)),
          String(lost.length),
        ]);

        // Where the time went: commit → the batch that applied it starts → that batch ends → seen.
        const pickup: number[] = [];
        const inBatch: number[] = [];
        const seen: number[] = [];
        for (const e of done) {
          const b = trace.applied.get(e.serviceId)?.find((x) => x.end >= e.sentAt);
          if (!b) continue;
          pickup.push(Math.max(0, b.start - e.committedAt!));
          inBatch.push(b.end - Math.max(b.start, e.committedAt!));
          seen.push(Math.max(0, e.searchableAt! - b.end));
        }
        const batches = trace.batches.slice(mark.batches);
        const runs = trace.runs.slice(mark.runs);
        const perObject = batches.filter((b) => b.objects).map((b) => (b.end - b.start) / b.objects);
        const applyTimes = trace.apply.slice(mark.apply);
        // The worker alone: batches that started once sending had stopped (the API idle).
        const after = batches.filter((b) => b.start >= sendEnd && b.objects);
        const drainRate = after.length ? after.reduce((a, b) => a + b.objects, 0) / (after.reduce((a, b) => a + (b.end - b.start), 0) / 1000) : NaN;
        const busy = batches.reduce((a, b) => a + (b.end - b.start), 0) / 1000;
        const wall = (performance.now() - t0) / 1000;
        analysis.push([
          name === 'postgres' ? 'Postgres full text' : 'OpenSearch',
          String(rate),
          String(trace.wakes - mark.wakes),
          `${runs.length} (${runs.filter((x) => x.events === 0).length} empty)`,
          `${batches.length}: ${mean(batches.map((b) => b.events)).toFixed(1)} / ${Math.max(0, ...batches.map((b) => b.events))}`,
          `${ms(percentile(perObject, 50))} / ${ms(percentile(perObject, 95))}`,
          `${((busy / wall) * 100).toFixed(0)} %`,
          `${ms(percentile(pickup, 50))} / ${ms(percentile(pickup, 95))}`,
          `${ms(percentile(inBatch, 50))} / ${ms(percentile(inBatch, 95))}`,
          `${ms(percentile(seen, 50))} / ${ms(percentile(seen, 95))}`,
          `${ms(percentile(applyTimes, 50))} / ${ms(percentile(applyTimes, 95))}`,
          Number.isNaN(drainRate) ? '–' : `${drainRate.toFixed(0)}/s`,
          `${(machineBusy * 100).toFixed(0)} % / ${(nodeBusy * 100).toFixed(0)} % / ${(elu.utilization * 100).toFixed(0)} %`,
        ]);
        log(`${name} at ${rate}/s: p95 ${ms(percentile(latency, 95))}, ${lost.length} lost`);
        await sleep(2_000);
      }

      polling = false;
      await poller;
      await http.close();
      await dispatcher.stop();
      await jobs.stop(5_000);
    }

    const header = [
      'Adapter',
      'Edits/s asked',
      'Edits/s achieved',
      'Edits',
      'Mutation p50',
      'Edit → searchable p50',
      'p95',
      'p99',
      'max',
      'Lost (not searchable 30 s after the run)',
    ];
    process.stdout.write(
      `\nEvents benchmark: ${SERVICES} live G-Cloud 13 services; a category admin edits service descriptions through the GraphQL API over HTTP, open loop, for ${SECONDS} s per rate; latency from the mutation's response until the active index holds the edit's marker word (polled every ${POLL_MS} ms). One worker: jobs with concurrency 2 and one event dispatcher, in the API's process.\nMachine: ${machine}.\n\n`,
    );
    process.stdout.write(`| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |\n`);
    for (const row of results) process.stdout.write(`| ${row.join(' | ')} |\n`);
    const header2 = [
      'Adapter',
      'Edits/s',
      'Dispatcher wakes',
      'search.index runs',
      'Batches: mean / max events',
      'Handler time per object p50 / p95',
      'Handler busy',
      'Commit → batch start p50 / p95',
      'Batch start → batch end p50 / p95',
      'Batch end → seen p50 / p95',
      'Index write (apply) p50 / p95',
      'Worker alone after sending stopped',
      'CPU while sending: machine / this process / event loop',
    ];
    process.stdout.write(`\nWhere the time goes (search.index handler, wrapped):\n\n| ${header2.join(' | ')} |\n| ${header2.map(() => '---').join(' | ')} |\n`);
    for (const row of analysis) process.stdout.write(`| ${row.join(' | ')} |\n`);
    process.stdout.write(`\nTotal run time ${((Date.now() - started) / 1000).toFixed(0)} s.\n`);
  } finally {
    await orm.close();
    await engine?.stop();
    await pg.stop();
    await rm(work, { recursive: true, force: true });
  }
}

runBenchmark('events benchmark', main);
