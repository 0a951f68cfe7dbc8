import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rng, validAnswers } from '../../../seeds/answers.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { makeSupplier } from '../../../test/support/factories.js';
import { schemasDir } from '../../commands/schemas.js';
import { Brief } from '../briefs/brief.entity.js';
import { Framework } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { importService } from '../services/service.import.js';
import { MARK_END, MARK_START, safeHighlight } from './search.port.js';
import { reindexAll } from './search.sync.js';

let app: TestApp;
const r = rng(33);
const schemaOf = (lot: string) => JSON.parse(readFileSync(path.join(schemasDir, `services-g-cloud-13-${lot}.json`), 'utf8')) as Record<string, unknown>;

beforeAll(async () => {
  app = await createTestApp();
  const em = app.orm.em.fork();
  const supplier = await makeSupplier(em, { name: 'Capybara Cloud' });
  const g13 = await em.findOneOrFail(Framework, { slug: 'g-cloud-13' });
  for (let i = 0; i < 32; i++) {
    const lot = i < 31 ? 'cloud-software' : 'cloud-hosting';
    const data = { ...validAnswers(schemaOf(lot), r), serviceName: `Capybara records ${i}`, serviceDescription: `Capybara records management with <script>alert(${i})</script> & audit trails` };
    await importService(em, new Date('2024-01-01T00:00:00Z'), { supplier, framework: g13, lot: await em.findOneOrFail(Lot, { slug: lot }), data });
  }
  await reindexAll(app.orm.em.fork(), app.clock);
});
afterAll(async () => {
  await app?.close();
});

const SEARCH = `query ($q: String, $lot: String, $page: Int) { serviceSearch(q: $q, lot: $lot, page: $page) {
  total page pageSize lotCounts { lot count } results { id serviceName supplierName lot highlight } } }`;

interface Results {
  serviceSearch: { total: number; page: number; pageSize: number; lotCounts: Array<{ lot: string; count: number }>; results: Array<{ id: string; serviceName: string; supplierName: string; lot: string; highlight: string }> };
}

describe('service search', () => {
  it('returns a page of 30, the total and per-lot counts in one request, with every keyword required', async () => {
    const first = (await app.gql<Results>(SEARCH, { q: 'capybara records' })).data!.serviceSearch;
    expect([first.total, first.page, first.pageSize, first.results.length]).toEqual([32, 1, 30, 30]);
    expect(first.lotCounts).toEqual([
      { lot: 'cloud-hosting', count: 1 },
      { lot: 'cloud-software', count: 31 },
    ]);
    const second = (await app.gql<Results>(SEARCH, { q: 'capybara records', page: 2 })).data!.serviceSearch;
    expect(second.results.length).toBe(2);
    expect(new Set([...first.results, ...second.results].map((x) => x.id)).size).toBe(32);
    expect((await app.gql(SEARCH, { q: 'capybara records', page: 3 })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await app.gql<Results>(SEARCH, { q: 'capybara unicorn' })).data!.serviceSearch.total).toBe(0);

    const hosting = (await app.gql<Results>(SEARCH, { q: 'capybara', lot: 'cloud-hosting' })).data!.serviceSearch;
    expect(hosting.results.map((x) => [x.serviceName, x.lot, x.supplierName])).toEqual([['Capybara records 31', 'cloud-hosting', 'Capybara Cloud']]);
    // the per-lot counts ignore the chosen lot
    expect(hosting.lotCounts.find((c) => c.lot === 'cloud-software')?.count).toBe(31);
  });

  it('treats search syntax as words and escapes everything in highlights but the marks', async () => {
    const syntax = await app.gql<Results>(SEARCH, { q: 'capybara & (records | "audit") -trails' });
    expect(syntax.errors).toBeUndefined();
    const hit = (await app.gql<Results>(SEARCH, { q: 'audit' })).data!.serviceSearch.results[0]!;
    expect(hit.highlight).toContain('<mark>audit</mark>');
    // Postgres drops markup from passages; what remains is escaped: no tag but <mark> can reach a page.
    expect(hit.highlight).not.toMatch(/<(?!\/?mark>)/);
    expect(hit.highlight).toContain('&amp;');
    expect(safeHighlight(`a <b> ${MARK_START}x${MARK_END} "q"`)).toBe('a &lt;b&gt; <mark>x</mark> &quot;q&quot;');
  });
});

describe('opportunity search', () => {
  it('orders live first, then finished, then withdrawn, newest first, and filters by status and lot', async () => {
    const em = app.orm.em.fork();
    const dos5 = await em.findOneOrFail(Framework, { slug: 'digital-outcomes-and-specialists-5' });
    const outcomes = await em.findOneOrFail(Lot, { slug: 'digital-outcomes' });
    const day = 86_400_000;
    const now = app.clock.now().getTime();
    const make = (title: string, publishedDaysAgo: number, extra: Partial<Brief> = {}) =>
      em.create(Brief, {
        framework: dos5,
        lot: outcomes,
        data: { title, summary: `Axolotl tracking: ${title}` },
        createdAt: new Date(now - (publishedDaysAgo + 1) * day),
        updatedAt: new Date(now),
        publishedAt: new Date(now - publishedDaysAgo * day),
        applicationsClosedAt: new Date(now + (14 - publishedDaysAgo) * day),
        ...extra,
      });
    const closed = make('Closed one', 20);
    const live = make('Live one', 2);
    const older = make('Older live one', 5);
    const withdrawn = make('Withdrawn one', 3, { withdrawnAt: new Date(now - day) });
    await em.flush();
    await reindexAll(app.orm.em.fork(), app.clock);
    const search = (args: string) =>
      app.gql<{ opportunitySearch: { total: number; results: Array<{ id: string; status: string; highlight: string }> } }>(`{ opportunitySearch(${args}) { total results { id status highlight } } }`);
    const all = (await search('q: "axolotl"')).data!.opportunitySearch;
    expect(all.results.map((x) => [x.id, x.status])).toEqual([
      [String(live.id), 'live'],
      [String(older.id), 'live'],
      [String(closed.id), 'closed'],
      [String(withdrawn.id), 'withdrawn'],
    ]);
    expect(all.results[0]!.highlight).toContain('<mark>Axolotl</mark>');
    expect((await search('q: "axolotl", statuses: ["closed"]')).data!.opportunitySearch.results.map((x) => x.id)).toEqual([String(closed.id)]);
    expect((await search('q: "axolotl", lots: ["digital-specialists"]')).data!.opportunitySearch.total).toBe(0);
  });
});
