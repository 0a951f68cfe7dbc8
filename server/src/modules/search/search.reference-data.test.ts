import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initOrm } from '../../app/db.js';
import type { HttpApp } from '../../app/http.js';
import { composeApi, composeWatcher } from '../../composition.js';
import { FrameworkContent } from '../frameworks/content/catalogue.js';
import { entities } from '../index.js';
import { Role } from '../../shared/role.js';
import { createTestApp, WEB_HOST, type TestApp } from '../../../test/support/app.js';
import { makeUser } from '../../../test/support/factories.js';
import { createSearchIndex } from './index.js';

/**
 * Issue 12: the live framework and its lots are reference data, read once per process and dropped
 * in every process when an admin changes a framework (the change event crosses processes through
 * Postgres). The second API below has its own ORM, content and watcher, as another process has.
 */
let app: TestApp;
let otherOrm: MikroORM;
let other: HttpApp;
let otherUrl: string;
const otherQueries: string[] = [];

beforeAll(async () => {
  app = await createTestApp();
  otherOrm = await initOrm(String(app.orm.config.get('clientUrl')), entities, app.logger, { onQuery: (sql) => otherQueries.push(sql) });
  const content = new FrameworkContent();
  other = await composeApi({ orm: otherOrm, clock: app.clock, logger: app.logger, config: app.config, jobs: app.jobs, search: createSearchIndex(app.config, content), content });
  otherUrl = (await other.listen('127.0.0.1', 0)).url;
});
afterAll(async () => {
  await other?.close();
  await otherOrm?.close();
  await app?.close();
});

const SEARCH = '{ serviceSearch(page: 1) { frameworkName lots { lot } } }';
type Results = { serviceSearch: { frameworkName: string | null; lots: Array<{ lot: string }> } };

async function searchOther(): Promise<Results['serviceSearch']> {
  const res = await fetch(`${otherUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', 'x-forwarded-host': WEB_HOST },
    body: JSON.stringify({ query: SEARCH }),
  });
  const body = (await res.json()) as { data?: Results; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!.serviceSearch;
}

const referenceReads = (queries: string[]) => queries.filter((q) => /from "(frameworks|framework_lots|lots)"/.test(q));

async function until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the live framework and its lots, kept per process', () => {
  it('are read by the first search only: a second search asks no statement for them', async () => {
    app.queries.length = 0;
    expect((await app.gql<Results>(SEARCH)).data!.serviceSearch.frameworkName).toBe('G-Cloud 13');
    expect(referenceReads(app.queries).length).toBeGreaterThan(0);
    app.queries.length = 0;
    const again = (await app.gql<Results>(SEARCH)).data!.serviceSearch;
    expect(again.frameworkName).toBe('G-Cloud 13');
    expect(again.lots.map((l) => l.lot)).toEqual(['cloud-hosting', 'cloud-software', 'cloud-support']);
    expect(referenceReads(app.queries)).toEqual([]);
    // The opportunities' framework is kept the same way.
    const OPPORTUNITIES = '{ opportunitySearch(page: 1) { frameworkName } }';
    await app.gql(OPPORTUNITIES);
    app.queries.length = 0;
    expect((await app.gql<{ opportunitySearch: { frameworkName: string } }>(OPPORTUNITIES)).data!.opportunitySearch.frameworkName).toMatch(/Digital Outcomes/);
    expect(referenceReads(app.queries)).toEqual([]);
  });

  it('an admin’s status change through one API reaches a search in another process, through the change notification', async () => {
    await searchOther();
    otherQueries.length = 0;
    expect(await searchOther()).toMatchObject({ frameworkName: 'G-Cloud 13' });
    expect(referenceReads(otherQueries)).toEqual([]);

    const manager = await app.signIn((await makeUser(app.orm.em.fork(), { role: Role.ADMIN_FRAMEWORK_MANAGER })).email, 'admin');
    const expire = await manager.gql('mutation { updateFramework(slug: "g-cloud-13", input: { status: EXPIRED }) { status } }');
    expect(expire.errors).toBeUndefined();
    // No G-Cloud framework is live now: the other process's search shows none, once the notification has reached it.
    const expired = await until('the other API to drop G-Cloud 13', async () => {
      const found = await searchOther();
      return found.frameworkName === null ? found : undefined;
    });
    expect(expired.lots).toEqual([]);
    expect(referenceReads(otherQueries).length).toBeGreaterThan(0);

    expect((await manager.gql('mutation { updateFramework(slug: "g-cloud-13", input: { status: LIVE }) { status } }')).errors).toBeUndefined();
    await until('the other API to see G-Cloud 13 live again', async () => ((await searchOther()).frameworkName === 'G-Cloud 13' ? true : undefined));
  });

  it('a worker’s content is dropped by the same notification (its watcher, as composeWorker starts it)', async () => {
    const content = new FrameworkContent();
    const watcher = composeWatcher({ orm: app.orm, logger: app.logger, content });
    await watcher.start();
    try {
      let derived = 0;
      const held = () => content.cached('g-cloud-13', 'test:held', () => ++derived);
      expect(held()).toBe(1);
      const manager = await app.signIn((await makeUser(app.orm.em.fork(), { role: Role.ADMIN_FRAMEWORK_MANAGER })).email, 'admin');
      expect((await manager.gql('mutation { updateFramework(slug: "g-cloud-13", input: { hasFurtherCompetition: true }) { status } }')).errors).toBeUndefined();
      await until('the worker content to be dropped', async () => (held() === 2 ? true : undefined));
      // Another framework's change leaves G-Cloud 13's content alone.
      expect(
        (await manager.gql('mutation { updateFramework(slug: "digital-outcomes-and-specialists-5", input: { hasFurtherCompetition: true }) { status } }')).errors,
      ).toBeUndefined();
      await watcher.caughtUp();
      expect(held()).toBe(2);
    } finally {
      await watcher.stop();
    }
  });
});
