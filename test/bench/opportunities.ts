/**
 * Opportunities benchmark (not part of the test run): the anonymous `opportunities(first: 50)` list
 * with its nested lot, framework, outcome, response count, published questions and buyers, from our
 * API, from PostGraphile 5 on the same database, and from one hand-written SQL statement behind a
 * bare node:http handler, in the same run. Each target runs in its own process, one at a time; the
 * load generator (autocannon) runs here. Prints a Markdown table with req/s, p50 and p99 under load,
 * the ratios, and the statements our API asks for one request.
 *
 * Run with `BENCH_SUITES=opportunities pnpm bench`. BENCH_OPPORTUNITIES (default 300),
 * BENCH_DURATION (seconds per target, default 10) and BENCH_CONNECTIONS (default 10) change it;
 * BENCH_PROFILE=<dir> writes a V8 CPU profile of each target process there (open in Chrome DevTools);
 * BENCH_SHOW_STATEMENTS=1 prints the statements our API asked.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { initOrm, migrate } from '../../server/src/app/db.js';
import { startEmbeddedPostgres } from '../../server/src/app/embedded-postgres.js';
import { createLogger } from '../../server/src/app/logger.js';
import { findFreePort } from '../../server/src/commands/ports.js';
import { entities } from '../../server/src/modules/index.js';
import { seedReference } from '../../server/seeds/reference.js';
import { machineLine, percentile, runBenchmark } from './corpus.js';
import { generateOpportunities } from './opportunities-corpus.js';
import { POSTGRAPHILE_FUNCTIONS } from './opportunities-sql.js';

const COUNT = Number(process.env.BENCH_OPPORTUNITIES ?? 300);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PROFILE = process.env.BENCH_PROFILE ? path.resolve(process.env.BENCH_PROFILE) : undefined;
const WARM_UP = 3;
const SEQUENTIAL = 30;
const here = path.dirname(fileURLToPath(import.meta.url));
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

/** What a buyer-facing list of opportunities asks (buyers are null for anyone but their owners). */
const OURS = `{ opportunities(first: 50) { totalCount nodes { id status publishedAt applicationsClosedAt responseCount
  lot { slug name } framework { slug name } outcome { result } clarificationQuestions { question answer } users { name } } } }`;
/** The same data from PostGraphile: the ordered list function, its relations and computed columns. */
const POSTGRAPHILE = `{ opportunities(first: 50) { totalCount nodes { rowId status publishedAt applicationsClosedAt responseCount
  lotByLotId { slug name } frameworkByFrameworkId { slug name } outcome { result }
  briefClarificationQuestionsByBriefId(orderBy: [PUBLISHED_AT_ASC, PRIMARY_KEY_ASC]) { nodes { question answer } } } } }`;

type Kind = 'ours' | 'postgraphile' | 'sql';
interface Target {
  kind: Kind;
  name: string;
  /** Ours: whether the process's public read cache answers repeated anonymous reads (as deployed) or every request reads the database. */
  cache?: 'on' | 'off';
  query: string;
  headers: Record<string, string>;
}
const ALL_TARGETS: Target[] = [
  {
    kind: 'ours',
    name: 'Our API, every request read from the database',
    cache: 'off',
    query: OURS,
    headers: { 'apollo-require-preflight': 'true', 'x-forwarded-host': 'marketplace.test' },
  },
  {
    kind: 'ours',
    name: 'Our API as deployed (public read cache)',
    cache: 'on',
    query: OURS,
    headers: { 'apollo-require-preflight': 'true', 'x-forwarded-host': 'marketplace.test' },
  },
  { kind: 'postgraphile', name: 'PostGraphile 5', query: POSTGRAPHILE, headers: {} },
  { kind: 'sql', name: 'One SQL statement', query: OURS, headers: {} },
];
/** BENCH_TARGETS picks some (ours-off, ours-on, postgraphile, sql); the first one picked is the base of the ratios. */
const targetKey = (t: Target) => (t.kind === 'ours' ? `ours-${t.cache}` : t.kind);
const TARGETS = process.env.BENCH_TARGETS ? ALL_TARGETS.filter((t) => process.env.BENCH_TARGETS!.split(',').includes(targetKey(t))) : ALL_TARGETS;

/** Starts a target's process; resolves with it and its URL once it listens. */
async function startTarget(kind: Kind, databaseUrl: string, count = false, cache: 'on' | 'off' = 'off'): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(path.join(here, 'opportunities-targets.ts'), [kind], {
    execArgv: [
      '--import',
      'tsx',
      '--import',
      'reflect-metadata',
      ...(PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`, `--cpu-prof-name=${kind}${kind === 'ours' ? `-cache-${cache}` : ''}${count ? '-counting' : ''}.cpuprofile`] : []),
    ],
    env: {
      ...process.env,
      BENCH_DATABASE_URL: databaseUrl,
      NODE_ENV: 'production',
      GRAPHILE_ENV: 'production',
      BENCH_COUNT_STATEMENTS: count ? '1' : '0',
      BENCH_PUBLIC_CACHE: cache,
    },
  });
  const [message] = (await Promise.race([once(child, 'message'), once(child, 'exit').then(() => Promise.reject(new Error(`target ${kind} exited`)))])) as [{ url: string }];
  return { child, url: message.url };
}

/** The target process's CPU time so far, in ms (steadier than req/s on a shared machine). */
async function cpuOf(child: ChildProcess): Promise<number> {
  const reply = once(child, 'message');
  child.send({ cpu: true });
  return ((await reply) as [{ cpuMs: number }])[0].cpuMs;
}

async function stopTarget(child: ChildProcess): Promise<void> {
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

/** The statements our API asks for one request (the second: the first warms its caches), in an instance of its own. */
async function countStatements(databaseUrl: string, body: string, headers: Record<string, string>): Promise<number> {
  const { child, url } = await startTarget('ours', databaseUrl, true);
  try {
    const ask = async () => void (await (await fetch(url, { method: 'POST', headers, body })).arrayBuffer());
    await ask();
    child.send({ count: 'reset' });
    await ask();
    child.send({ count: 'read' });
    const [reply] = (await once(child, 'message')) as [{ statements: string[] }];
    if (process.env.BENCH_SHOW_STATEMENTS) for (const s of reply.statements) log(`statement: ${s}`);
    return reply.statements.length;
  } finally {
    await stopTarget(child);
  }
}

/** The page's ids in order and the total, from any of the three answers. */
function pageOf(json: { data?: { opportunities?: { totalCount: number; nodes: Array<{ id?: string; rowId?: number }> } }; errors?: Array<{ message: string }> }) {
  if (json.errors?.length || !json.data?.opportunities) throw new Error(`answered ${JSON.stringify(json).slice(0, 500)}`);
  const { totalCount, nodes } = json.data.opportunities;
  return `${totalCount}: ${nodes.map((n) => String(n.id ?? n.rowId)).join(',')}`;
}

async function main(): Promise<void> {
  const started = Date.now();
  const work = await mkdtemp(path.join(os.tmpdir(), 'dm-bench-opps-'));
  await chmod(work, 0o755); // the embedded PostgreSQL runs as its own user when we are root
  const pg = await startEmbeddedPostgres({ dir: path.join(work, 'postgres'), port: await findFreePort(), database: 'bench' });
  const rows: string[][] = [];
  try {
    const orm = await initOrm(pg.url, entities, createLogger('warn', 'bench'));
    try {
      await migrate(orm);
      await seedReference(orm.em.fork());
      const t0 = Date.now();
      const { briefIds } = await generateOpportunities(orm, { count: COUNT, buyers: 60, suppliers: 80, seed: 12 });
      await orm.em.getConnection().execute(POSTGRAPHILE_FUNCTIONS);
      await orm.em.getConnection().execute('analyze');
      log(`${briefIds.length} opportunities with questions, responses and outcomes in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    } finally {
      await orm.close();
    }

    const results = new Map<string, { rps: number; p50: number; p99: number; single: number; statements?: number; cpuPerRequest: number }>();
    let expected: string | undefined;
    for (const target of TARGETS) {
      const { child, url } = await startTarget(target.kind, pg.url, false, target.cache);
      try {
        const body = JSON.stringify({ query: target.query });
        const headers = { 'content-type': 'application/json', ...target.headers };
        const ask = async () => {
          const res = await fetch(url, { method: 'POST', headers, body });
          return (await res.json()) as Parameters<typeof pageOf>[0];
        };
        // The same page from every target: same total, same briefs in the same order.
        const page = pageOf(await ask());
        if (expected !== undefined && page !== expected) throw new Error(`${target.name} answered another page:\n${page}\nnot\n${expected}`);
        expected = page;
        const statements = target.kind === 'ours' && target.cache === 'off' ? await countStatements(pg.url, body, headers) : undefined;
        await autocannon({ url, method: 'POST', headers, body, connections: CONNECTIONS, duration: WARM_UP });
        const single: number[] = [];
        for (let i = 0; i < SEQUENTIAL; i++) {
          const t = performance.now();
          await ask();
          single.push(performance.now() - t);
        }
        const cpuBefore = await cpuOf(child);
        const load = await autocannon({ url, method: 'POST', headers, body, connections: CONNECTIONS, duration: DURATION });
        const cpuPerRequest = ((await cpuOf(child)) - cpuBefore) / load.requests.total;
        if (load.errors || load.non2xx) throw new Error(`${target.name}: ${load.errors} errors, ${load.non2xx} non-2xx answers under load`);
        results.set(target.name, { rps: load.requests.average, p50: load.latency.p50, p99: load.latency.p99, single: percentile(single, 50), statements, cpuPerRequest });
        log(`${target.name}: ${load.requests.average.toFixed(1)} req/s, p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, ${cpuPerRequest.toFixed(2)} ms CPU a request`);
      } finally {
        await stopTarget(child);
      }
    }

    // The engine comparison is the uncached read path: each request does the work.
    const ours = results.get(TARGETS[0]!.name)!;
    const byKind = (kind: Kind) => results.get(TARGETS.find((t) => t.kind === kind)?.name ?? '');
    const ratio = (kind: Kind) => (byKind(kind) ? `${(ours.rps / byKind(kind)!.rps).toFixed(2)}×` : 'not run');
    for (const target of TARGETS) {
      const r = results.get(target.name)!;
      rows.push([
        target.name,
        r.rps.toFixed(1),
        `${r.p50} ms`,
        `${r.p99} ms`,
        `${r.single.toFixed(1)} ms`,
        `${r.cpuPerRequest.toFixed(2)} ms`,
        target === TARGETS[0] ? '1.00×' : `${(ours.rps / r.rps).toFixed(2)}×`,
        r.statements === undefined ? (target.kind === 'sql' ? '1' : target.cache === 'on' ? '0 when cached' : '–') : String(r.statements),
      ]);
    }
    const header = ['Target', 'Req/s', 'p50', 'p99', 'One request alone (p50)', 'Server CPU per request', 'Ours ÷ this (req/s)', 'SQL statements'];
    process.stdout.write(
      `\nOpportunities benchmark: the anonymous opportunities(first: 50) list of ${COUNT} DOS 5 opportunities with lot, framework, outcome, response count, published questions and buyers (null for the public), ${CONNECTIONS} connections for ${DURATION} s per target after a ${WARM_UP} s warm-up; each target in its own process, one at a time, on the same embedded PostgreSQL; our API without its per-IP request limit.\nMachine: ${machineLine('PostgreSQL (embedded)')}.\n\n`,
    );
    process.stdout.write(`| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |\n`);
    for (const row of rows) process.stdout.write(`| ${row.join(' | ')} |\n`);
    process.stdout.write(
      `\nOurs (every request read) ÷ PostGraphile ${ratio('postgraphile')} (target ≥ 1.5×), ours ÷ one SQL ${ratio('sql')} (target ≥ 0.3×), ${ours.statements} statements (target ≤ 6).\n`,
    );
    process.stdout.write(`Total run time ${((Date.now() - started) / 1000).toFixed(0)} s.\n`);
  } finally {
    await pg.stop();
    await rm(work, { recursive: true, force: true });
  }
}

runBenchmark('opportunities benchmark', main);
