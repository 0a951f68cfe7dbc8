import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemasDir } from '../src/commands/schemas.js';
import type { JsonSchema } from '../src/modules/frameworks/content/json-schema.js';
import { Role, isAdminRole } from '../src/shared/role.js';
import { User } from '../src/modules/users/user.entity.js';
import { rng, validAnswers } from '../seeds/answers.js';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from '../seeds/demo.js';
import { ADMIN_HOST, WEB_HOST, createTestApp, type TestApp } from './support/app.js';
import { HttpGraphQLClient, checkError, checkHttp, findLeak, formatFailures, formatSummary, runFuzz, type FuzzClient } from './support/fuzz.js';

/**
 * Fuzzes the whole GraphQL API (every query, mutation and subscription, generated from the
 * introspected schema) as an anonymous visitor, each admin role on the admin site, and a buyer and
 * a supplier on the public site, over HTTP and graphql-ws. Fails on any INTERNAL_SERVER_ERROR, error
 * without a code, HTTP 5xx or leaked internals, with a reproducer for each.
 *
 *   FUZZ_OPERATIONS  operations to send (default 5000)
 *   FUZZ_SEED        the seed (default: random, printed)
 *   FUZZ_TIME_MS     time budget for sending (default 60000)
 *   FUZZ_REPORT      a file to write the report to (JSON)
 */
const OPERATIONS = Number(process.env.FUZZ_OPERATIONS ?? 5000);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const TIME_MS = Number(process.env.FUZZ_TIME_MS ?? 60_000);

/** Error lines only (the app logs at debug when given a sink): what the server saw behind an internal error. */
class ErrorLines extends Array<string> {
  override push(...lines: string[]): number {
    for (const l of lines) if (/"level":(?:50|60)\b/.test(l)) super.push(l);
    return this.length;
  }
}

/**
 * Each request comes through the trusted local proxy from another loopback address: the per-address
 * request limit is not what this test is about, and admin sites accept loopback addresses.
 */
const loopbackAddress = () => `127.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;

let app: TestApp;
let notifier: pg.Client | undefined;
const errorLines = new ErrorLines();

beforeAll(async () => {
  app = await createTestApp({ logLines: errorLines });
  await seedDemo(app.orm.em.fork(), app.clock);
  app.queries.length = 0;
});
afterAll(async () => {
  await notifier?.end().catch(() => undefined);
  await app?.close();
});

/** A client signed in as a demo user; its session is restored (reactivated, unlocked, signed in again) when lost. */
async function signedIn(role: Role, weight: number): Promise<FuzzClient> {
  const user = DEMO_USERS.find((u) => u.role === role)!;
  const http = new HttpGraphQLClient(app.url, isAdminRole(role) ? ADMIN_HOST : WEB_HOST, loopbackAddress);
  const signIn = async () => {
    // The fuzzer may have deactivated or locked the account (setUserActive, failed sign-ins): undo that first.
    await app.orm.em.fork().nativeUpdate(User, { email: user.email }, { active: true, failedLoginCount: 0 });
    http.cookies.clear();
    const res = await http.post('mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }', { e: user.email, p: DEMO_PASSWORD });
    const body = res.body as { errors?: Array<{ message: string }> } | undefined;
    if (res.status !== 200 || body?.errors) throw new Error(`could not sign in as ${role}: ${res.text.slice(0, 200)}`);
  };
  await signIn();
  return {
    role,
    http,
    weight,
    // Signing out would only waste the rest of the run for this client.
    skip: new Set(['signOut']),
    async ensureSession() {
      const res = await http.post('{ viewer { id } }');
      if ((res.body as { data?: { viewer: unknown } } | undefined)?.data?.viewer) return;
      await signIn();
    },
  };
}

/** Question ids of every answer schema (for JSON keys), and valid answer sets (to mutate). */
function answerCorpus(): { dictionary: string[]; samples: Array<Record<string, unknown>> } {
  const keys = new Set<string>();
  const samples: Array<Record<string, unknown>> = [];
  for (const file of readdirSync(schemasDir).filter((f) => f.endsWith('.json'))) {
    const schema = JSON.parse(readFileSync(path.join(schemasDir, file), 'utf8')) as JsonSchema;
    for (const k of Object.keys((schema.properties ?? {}) as object)) keys.add(k);
    for (let i = 0; i < 3; i++) samples.push(validAnswers(schema, rng(SEED + i)));
  }
  return { dictionary: [...keys], samples };
}

/** Realistic search index events, as workers announce them, so that open subscriptions have something to filter. */
async function startEvents(): Promise<() => void> {
  notifier = new pg.Client({ connectionString: String(app.orm.config.get('clientUrl')) });
  await notifier.connect();
  let n = 0;
  const timer = setInterval(() => {
    n++;
    const event = {
      index: ['services-g-cloud-13', 'briefs-digital-outcomes-and-specialists-5', 'services-g-cloud-14'][n % 3],
      objectType: ['service', 'brief', 'index'][n % 3],
      objectId: String(n % 7),
      action: n % 5 ? 'upsert' : 'delete',
      version: String(1000 + n),
      at: new Date().toISOString(),
      ...(n % 3 === 2 ? { indexed: n, total: n + 10 } : {}),
    };
    void notifier?.query('select pg_notify($1, $2)', ['search_index_updates', JSON.stringify(event)]).catch(() => undefined);
  }, 40);
  return () => clearInterval(timer);
}

describe('GraphQL API fuzz', () => {
  it('tells internals from typed errors and from the input echoed back', () => {
    expect(findLeak('    at listUsers (/work/main/server/src/modules/users/user.service.ts:80:18)', [])).toBe('stack frame');
    expect(findLeak('select "u0".* from "user" as "u0" where "u0"."email" = $1', [])).toBe('SQL');
    expect(findLeak('duplicate key value violates unique constraint "user_email_unique"', [])).toBe('SQL');
    expect(findLeak('invalid byte sequence for encoding "UTF8": 0x00', [])).toBe('PostgreSQL');
    expect(findLeak("Cannot read properties of undefined (reading 'id')", [])).toBe('JavaScript');
    expect(findLeak('connect ECONNREFUSED 127.0.0.1:5432', [])).toBe('driver');
    // Typed messages that only look alike, and the caller's own input quoted back.
    expect(findLeak('Select a lot from the list', [])).toBeUndefined();
    expect(findLeak('Choose a column heading', [])).toBeUndefined();
    expect(findLeak('Syntax Error: Unexpected Name "x".', [])).toBeUndefined();
    expect(findLeak('Variable "$v0" got invalid value "1; SELECT pg_sleep(0)"', ['1; SELECT pg_sleep(0)'])).toBeUndefined();
    expect(findLeak("Unknown lot '../../node_modules/x.ts:1'", ['../../node_modules/x.ts:1'])).toBeUndefined();

    expect(checkError({ message: 'Brief 5 was not found', extensions: { code: 'NOT_FOUND' } }, []).problems).toEqual([]);
    expect(checkError({ message: 'Too many requests', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 60 } }, []).problems).toEqual([]);
    expect(checkError({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, []).problems.map((p) => p.kind)).toEqual(['internal']);
    expect(checkError({ message: 'Brief 5 was not found' }, []).problems.map((p) => p.kind)).toEqual(['missing-code']);
    expect(checkError({ message: 'Oops', extensions: { code: 'BAD_USER_INPUT', stacktrace: ['at x'] } }, []).problems.map((p) => p.kind)).toEqual(['leak']);
    expect(checkHttp(502, undefined, 'Bad gateway', []).problems.map((p) => p.kind)).toContain('http-5xx');
    expect(checkHttp(400, { statusCode: 400, code: 'FST_ERR_CTP_INVALID_JSON_BODY', message: 'Body is not valid JSON' }, '', []).problems).toEqual([]);
  });

  it(
    `answers ${OPERATIONS} generated operations without internal errors or leaked internals`,
    async () => {
      const clients: FuzzClient[] = [
        { role: 'anonymous', http: new HttpGraphQLClient(app.url, WEB_HOST, loopbackAddress), weight: 2 },
        { role: 'anonymous (admin site)', http: new HttpGraphQLClient(app.url, ADMIN_HOST, loopbackAddress), weight: 0.5 },
        await signedIn(Role.ADMIN, 2),
        await signedIn(Role.BUYER, 1.5),
        await signedIn(Role.SUPPLIER, 1.5),
        await signedIn(Role.ADMIN_MANAGER, 0.25),
        await signedIn(Role.ADMIN_FRAMEWORK_MANAGER, 0.5),
        await signedIn(Role.ADMIN_CCS_SOURCING, 0.25),
        await signedIn(Role.ADMIN_CCS_DATA_CONTROLLER, 0.25),
        await signedIn(Role.ADMIN_CCS_CATEGORY, 0.5),
      ];
      const { dictionary, samples } = answerCorpus();
      const stopEvents = await startEvents();
      const queryLog = setInterval(() => (app.queries.length = 0), 1000);
      let report;
      try {
        report = await runFuzz({
          url: app.url,
          clients,
          operations: OPERATIONS,
          seed: SEED,
          timeBudgetMs: TIME_MS,
          concurrency: 8,
          harvestRoles: ['anonymous', Role.ADMIN, Role.BUYER, Role.SUPPLIER],
          shrinkBudgetMs: 10_000,
          wsShare: 0.1,
          subscriptionShare: 0.04,
          dictionary,
          jsonSamples: samples,
          protectedValues: DEMO_USERS.map((u) => u.email),
          serverErrors: () => errorLines.splice(0),
          log: (line) => process.stdout.write(`${line}\n`),
        });
      } finally {
        stopEvents();
        clearInterval(queryLog);
      }
      process.stdout.write(`${formatSummary(report)}\n`);
      if (process.env.FUZZ_REPORT) {
        const json = { ...report, failures: report.failures.map(({ operation: _op, ...f }) => ({ ...f, roles: [...f.roles], transports: [...f.transports] })) };
        writeFileSync(process.env.FUZZ_REPORT, JSON.stringify(json, null, 2));
      }
      if (report.failures.length) {
        process.stdout.write(`\n${formatFailures(report)}\n\n`);
        expect.fail(formatFailures(report));
      }
      expect(report.operations, `only ${report.operations} operations within ${TIME_MS} ms (seed ${SEED})`).toBeGreaterThanOrEqual(Math.min(OPERATIONS, 1000));
    },
    TIME_MS + 60_000,
  );
});
