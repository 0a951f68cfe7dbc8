import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rng, validAnswers } from '../../../seeds/answers.js';
import { createTestApp, type Browser, type TestApp } from '../../../test/support/app.js';
import { makeUser } from '../../../test/support/factories.js';
import { applyingSupplier, withDocuments } from '../../../test/support/documents.js';
import { schemasDir } from '../../commands/schemas.js';
import { Framework, FrameworkStatus } from '../frameworks/framework.entity.js';
import { Role } from '../../shared/role.js';
import { refreshStatisticsJob } from './statistics.jobs.js';

const STATISTICS = `query ($f: String!) { applicationStatistics(frameworkSlug: $f) {
  framework { slug }
  totals { interestedSuppliers declarationsStarted declarationsComplete servicesStarted servicesSubmitted completeApplications }
  lots { lotSlug lotName servicesStarted servicesSubmitted suppliersSubmitted }
  days { day interestedSuppliers declarationsStarted declarationsComplete servicesStarted servicesSubmitted }
  refreshedAt
} }`;
const REFRESH = 'mutation ($f: String!) { refreshApplicationStatistics(frameworkSlug: $f) { refreshedAt totals { interestedSuppliers servicesStarted } } }';

interface Statistics {
  totals: Record<string, number>;
  lots: Array<Record<string, string | number>>;
  days: Array<Record<string, string | number>>;
  refreshedAt: string | null;
}

let app: TestApp;
let manager: Browser;
beforeAll(async () => {
  app = await createTestApp();
  const em = app.orm.em.fork();
  (await em.findOneOrFail(Framework, { slug: 'g-cloud-13' })).status = FrameworkStatus.OPEN;
  await em.flush();
  const user = await makeUser(em, { role: Role.ADMIN_FRAMEWORK_MANAGER });
  manager = await app.signIn(user.email, 'admin');
});
afterAll(async () => {
  await app?.close();
});

const read = async (): Promise<Statistics> => {
  const res = await manager.gql<{ applicationStatistics: Statistics }>(STATISTICS, { f: 'g-cloud-13' });
  if (res.errors) throw new Error(res.errors[0]!.message);
  return res.data!.applicationStatistics;
};

/** A complete, valid G-Cloud 13 declaration built from its schema (as the applications tests build it). */
function validDeclaration(): Record<string, unknown> {
  const schema = JSON.parse(readFileSync(path.join(schemasDir, 'declaration-g-cloud-13.json'), 'utf8')) as {
    properties: Record<string, Record<string, unknown>>;
    required: string[];
  };
  const answers: Record<string, unknown> = {};
  for (const id of schema.required) {
    const p = schema.properties[id]!;
    answers[id] = p.enum
      ? (p.enum as unknown[])[0]
      : p.type === 'boolean'
        ? true
        : p.type === 'array'
          ? [(p.items as { enum: string[] }).enum[0]]
          : p.format === 'uri'
            ? 'https://assets.example.com/statement.pdf'
            : 'Not applicable to our organisation';
  }
  answers.modernSlaveryTurnover = false;
  return answers;
}

const ok = async (browser: Browser, query: string, variables?: Record<string, unknown>): Promise<Record<string, unknown>> => {
  const res = await browser.gql(query, variables);
  if (res.errors) throw new Error(`${res.errors[0]!.message} (${query.slice(0, 60)})`);
  return res.data!;
};

/** Moves the clock on a few hours at a time, the browsers' sessions kept alive (they last 8 hours from the last request). */
async function passTime(to: string, ...browsers: Browser[]): Promise<void> {
  const end = new Date(to).getTime();
  while (app.clock.now().getTime() < end) {
    app.clock.set(new Date(Math.min(end, app.clock.now().getTime() + 3 * 3_600_000)));
    for (const b of browsers) await ok(b, '{ viewer { id } }');
  }
}

const CREATE = 'mutation ($l: String!) { createDraftService(frameworkSlug: "g-cloud-13", lotSlug: $l) { id } }';
const supportSchema = JSON.parse(readFileSync(path.join(schemasDir, 'services-g-cloud-13-cloud-support.json'), 'utf8')) as Record<string, unknown>;

describe('application statistics (AD16)', () => {
  it('counts applications, declarations and services per lot and per day in the database, as of the last refresh', async () => {
    // Day 1: one supplier registers, starts its declaration and three services, and submits one.
    const first = await applyingSupplier(app);
    await ok(first.browser, 'mutation { saveDeclarationAnswers(frameworkSlug: "g-cloud-13", answers: { primaryContact: "Jo Bloggs" }) { id } }');
    const support = (await ok(first.browser, CREATE, { l: 'cloud-support' })) as { createDraftService: { id: string } };
    await ok(first.browser, CREATE, { l: 'cloud-support' });
    await ok(first.browser, CREATE, { l: 'cloud-hosting' });
    const answers = await withDocuments(app, first.supplier.id, 'cloud-support', validAnswers(supportSchema as never, rng(11)));
    await ok(first.browser, 'mutation ($id: ID!, $a: JSONObject!) { updateDraftService(id: $id, answers: $a) { id } }', { id: support.createDraftService.id, a: answers });
    await ok(first.browser, 'mutation ($id: ID!) { submitDraftService(id: $id) { status } }', { id: support.createDraftService.id });

    // Nothing is counted until the views are refreshed.
    const stale = await read();
    expect(stale.totals.interestedSuppliers).toBe(0);
    expect(stale.days).toEqual([]);

    app.clock.set('2024-06-03T10:00:00Z');
    const refreshed = await ok(manager, REFRESH, { f: 'g-cloud-13' });
    expect(refreshed).toEqual({ refreshApplicationStatistics: { refreshedAt: '2024-06-03T10:00:00.000Z', totals: { interestedSuppliers: 1, servicesStarted: 3 } } });
    const day1 = { day: '2024-06-03', interestedSuppliers: 1, declarationsStarted: 1, declarationsComplete: 0, servicesStarted: 3, servicesSubmitted: 1 };
    expect((await read()).totals).toEqual({
      interestedSuppliers: 1,
      declarationsStarted: 1,
      declarationsComplete: 0,
      servicesStarted: 3,
      servicesSubmitted: 1,
      completeApplications: 0,
    });
    expect((await read()).days).toEqual([day1]);

    // Late evening UTC, already the next day in the UK (summer time): the first completes its declaration, a second supplier registers.
    await passTime('2024-06-03T23:30:00Z', first.browser, manager);
    await ok(first.browser, 'mutation ($a: JSONObject!) { saveDeclarationAnswers(frameworkSlug: "g-cloud-13", answers: $a) { id } }', { a: validDeclaration() });
    await ok(first.browser, 'mutation { completeDeclaration(frameworkSlug: "g-cloud-13") { declarationStatus } }');
    await applyingSupplier(app);

    // The scheduled job refreshes them too.
    await passTime('2024-06-04T06:00:00Z', manager);
    await refreshStatisticsJob.handle(
      {},
      { jobId: 'test', attempt: 1, em: app.orm.em.fork(), clock: app.clock, logger: app.logger, jobs: app.jobs, mailer: null, search: app.search, content: app.content },
    );
    const now = await read();
    expect(now.refreshedAt).toBe('2024-06-04T06:00:00.000Z');
    expect(now.totals).toEqual({ interestedSuppliers: 2, declarationsStarted: 1, declarationsComplete: 1, servicesStarted: 3, servicesSubmitted: 1, completeApplications: 1 });
    expect(now.days).toEqual([day1, { day: '2024-06-04', interestedSuppliers: 2, declarationsStarted: 1, declarationsComplete: 1, servicesStarted: 3, servicesSubmitted: 1 }]);
    expect(now.lots).toEqual([
      { lotSlug: 'cloud-hosting', lotName: expect.any(String), servicesStarted: 1, servicesSubmitted: 0, suppliersSubmitted: 0 },
      { lotSlug: 'cloud-software', lotName: expect.any(String), servicesStarted: 0, servicesSubmitted: 0, suppliersSubmitted: 0 },
      { lotSlug: 'cloud-support', lotName: expect.any(String), servicesStarted: 2, servicesSubmitted: 1, suppliersSubmitted: 1 },
    ]);
    // Another framework's figures are its own.
    const dos = await manager.gql<{ applicationStatistics: Statistics }>(STATISTICS, { f: 'digital-outcomes-and-specialists-5' });
    expect(dos.data!.applicationStatistics.totals.interestedSuppliers).toBe(0);
    expect(dos.data!.applicationStatistics.lots.length).toBeGreaterThan(0);
  });

  it('answers NOT_FOUND for a framework that does not exist', async () => {
    const query = await manager.gql(STATISTICS, { f: 'g-cloud-99' });
    expect(query.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const refresh = await manager.gql(REFRESH, { f: 'g-cloud-99' });
    expect(refresh.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});
