import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rng, validAnswers } from '../../../seeds/answers.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { makeSupplier } from '../../../test/support/factories.js';
import { schemasDir } from '../../commands/schemas.js';
import { Brief } from '../briefs/brief.entity.js';
import { BriefStatus } from '../briefs/brief.status.js';
import { Framework } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { importService } from '../services/service.import.js';
import { MARK_END, MARK_START, safeHighlight } from './search.port.js';
import { OpportunitySearchStatus } from './search.inputs.js';
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
    const data: Record<string, unknown> = {
      ...validAnswers(schemaOf(lot), r),
      serviceName: `Capybara records ${i}`,
      serviceDescription: `Capybara records management with <script>alert(${i})</script> & audit trails`,
    };
    if (lot === 'cloud-software') data.serviceCategories = i % 2 ? ['Payroll'] : ['Analytics'];
    await importService(em, new Date('2024-01-01T00:00:00Z'), { supplier, framework: g13, lot: await em.findOneOrFail(Lot, { slug: lot }), data });
  }
  await reindexAll(app.orm.em.fork(), app);
});
afterAll(async () => {
  await app?.close();
});

const SEARCH = `query ($q: String, $lot: String, $page: Int) { serviceSearch(q: $q, lot: $lot, page: $page) {
  total page pageSize lotCounts { lot count } results { id serviceName supplierName lot highlight } } }`;

interface Results {
  serviceSearch: {
    total: number;
    page: number;
    pageSize: number;
    lotCounts: Array<{ lot: string; count: number }>;
    results: Array<{ id: string; serviceName: string; supplierName: string; lot: string; highlight: string }>;
  };
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
    // A page past the end is empty, with the true total.
    const past = (await app.gql<Results>(SEARCH, { q: 'capybara records', page: 3 })).data!.serviceSearch;
    expect([past.total, past.results.length]).toEqual([32, 0]);
    expect((await app.gql<Results>(SEARCH, { q: 'capybara unicorn' })).data!.serviceSearch.total).toBe(0);

    // Searching a service id finds that service, as in the original.
    const byId = (await app.gql<Results>(SEARCH, { q: first.results[3]!.id })).data!.serviceSearch;
    expect(byId.results.map((x) => x.id)).toEqual([first.results[3]!.id]);

    const hosting = (await app.gql<Results>(SEARCH, { q: 'capybara', lot: 'cloud-hosting' })).data!.serviceSearch;
    expect(hosting.results.map((x) => [x.serviceName, x.lot, x.supplierName])).toEqual([['Capybara records 31', 'cloud-hosting', 'Capybara Cloud']]);
    // the per-lot counts ignore the chosen lot
    expect(hosting.lotCounts.find((c) => c.lot === 'cloud-software')?.count).toBe(31);
  });

  it('treats search syntax as words and escapes everything in highlights but the marks', async () => {
    const syntax = await app.gql<Results>(SEARCH, { q: 'capybara & (records | "audit") -trails' });
    expect(syntax.errors).toBeUndefined();
    const hit = (await app.gql<Results>(SEARCH, { q: 'audit' })).data!.serviceSearch.results[0]!;
    // The whole description, its markup escaped (shown as text, never stripped): no tag but <mark> can reach a page.
    expect(hit.highlight).toMatch(/^Capybara records management with &lt;script&gt;alert\(\d+\)&lt;\/script&gt; &amp; <mark>audit<\/mark> trails$/);
    expect(hit.highlight).not.toMatch(/<(?!\/?mark>)/);
    expect(safeHighlight(`a <b> ${MARK_START}x${MARK_END} "q"`)).toBe('a &lt;b&gt; <mark>x</mark> &quot;q&quot;');
  });
});

describe('filters, categories and the summary', () => {
  const FACETS = `query ($q: String, $lot: String, $filters: JSONObject) { serviceSearch(q: $q, lot: $lot, filters: $filters) {
    total lots { lot name count } categories { label count selected children { label count selected } }
    filterGroups { name filters { key type options { value label selected } } } summary { text parts { text kind } } } }`;
  interface Facets {
    serviceSearch: {
      total: number;
      lots: Array<{ lot: string; name: string; count: number }>;
      categories: Array<{ label: string; count: number; selected: boolean; children: Array<{ label: string; count: number; selected: boolean }> }>;
      filterGroups: Array<{ name: string; filters: Array<{ key: string; type: string; options: Array<{ value: string; label: string; selected: boolean }> }> }>;
      summary: { text: string; parts: Array<{ text: string; kind: string }> };
    };
  }

  it('counts each category of the chosen lot and each lot, ignoring the chosen category, and says what was searched', async () => {
    const res = await app.gql<Facets>(FACETS, { q: 'capybara', lot: 'cloud-software', filters: { serviceCategories: ['payroll'] } });
    expect(res.errors).toBeUndefined();
    const found = res.data!.serviceSearch;
    expect(found.total).toBe(15);
    expect(found.lots).toEqual([
      { lot: 'cloud-hosting', name: 'Cloud hosting', count: 1 },
      { lot: 'cloud-software', name: 'Cloud software', count: 31 },
      { lot: 'cloud-support', name: 'Cloud support', count: 0 },
    ]);
    const finance = found.categories.find((c) => c.label === 'Accounting and finance')!;
    expect([finance.count, finance.selected]).toEqual([15, false]);
    expect(finance.children.find((c) => c.label === 'Payroll')).toEqual({ label: 'Payroll', count: 15, selected: true, children: undefined });
    expect(found.categories.find((c) => c.label === 'Analytics and business intelligence')!.count).toBe(16);
    expect(found.categories.find((c) => c.label === 'Sales')!.count).toBe(0);
    expect(found.filterGroups.map((g) => g.name)).not.toContain('Categories');
    expect(found.filterGroups.map((g) => g.name)).toContain('Using the service');
    expect(found.summary.text).toBe('15 results found containing capybara in Cloud software in the category Payroll');
    expect(found.summary.parts.filter((p) => p.kind === 'strong').map((p) => p.text)).toEqual(['capybara', 'Cloud software', 'Payroll']);
    // Categories are a checkbox question: a service must be in every chosen one (none here is in both).
    const both = await app.gql<Facets>(FACETS, { q: 'capybara', lot: 'cloud-software', filters: { serviceCategories: ['payroll', 'analytics'] } });
    expect(both.data!.serviceSearch.total).toBe(0);
  });

  it('marks chosen filter values, and refuses unknown filters and values by name', async () => {
    const chosen = (await app.gql<Facets>(FACETS, { filters: { phoneSupport: ['true'] } })).data!.serviceSearch;
    const phone = chosen.filterGroups.find((g) => g.name === 'User support')!.filters.find((f) => f.key === 'phoneSupport')!;
    expect(phone).toEqual({ key: 'phoneSupport', type: 'boolean', options: [{ value: 'true', label: 'phone', selected: true }] });
    expect(chosen.categories).toEqual([]);
    expect(chosen.summary.text).toMatch(/^\d+ results? found in All categories where user support is available by phone$/);

    const unknown = await app.gql(FACETS, { filters: { colour: ['blue'] } });
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { 'filters.colour': expect.stringContaining('colour') } });
    const wrongLot = await app.gql(FACETS, { filters: { scalingType: ['automatic'] } });
    expect(wrongLot.errors![0]!.message).toContain("'scalingType'");
    const badValue = await app.gql(FACETS, { lot: 'cloud-hosting', filters: { scalingType: ['sometimes'] } });
    expect(badValue.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { 'filters.scalingType': expect.stringContaining('sometimes') } });
    expect((await app.gql(FACETS, { lot: 'cloud-everything' })).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { lot: expect.any(String) } });
  });

  it('never errors the engine, whatever the keywords', async () => {
    const nasty = [
      '"',
      "'",
      '\\',
      '(',
      ')',
      '&&',
      '||',
      '!',
      ':*',
      '<->',
      'a & b | !c',
      'NOT AND OR',
      '*',
      '~1',
      '^2',
      '[1 TO 2]',
      '{}',
      '/regex/',
      'ünïcødé 漢字 🙂',
      '-',
      'x'.repeat(500),
    ];
    for (let i = 0; i < 60; i++) nasty.push(Array.from({ length: 1 + (i % 7) }, (_, j) => String.fromCharCode(33 + ((i * 31 + j * 17) % 94))).join(''));
    for (const q of nasty) {
      const res = await app.gql<Results>(SEARCH, { q });
      expect(res.errors, `q=${JSON.stringify(q)}`).toBeUndefined();
    }
    const long = await app.gql(SEARCH, { q: 'x '.repeat(5000) });
    expect(long.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    // The API refuses a NUL character in any input (it cannot be stored).
    expect((await app.gql(SEARCH, { q: 'a\u0000b' })).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
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
    await reindexAll(app.orm.em.fork(), app);
    const search = (args: string) =>
      app.gql<{ opportunitySearch: { total: number; results: Array<{ id: string; status: string; highlight: string }> } }>(
        `{ opportunitySearch(${args}) { total results { id status highlight } } }`,
      );
    // As the original: withdrawn opportunities are out of sight unless a status is asked for.
    const all = (await search('q: "axolotl"')).data!.opportunitySearch;
    expect(all.results.map((x) => [x.id, x.status])).toEqual([
      [String(live.id), 'live'],
      [String(older.id), 'live'],
      [String(closed.id), 'closed'],
    ]);
    const every = (await search('q: "axolotl", statuses: [LIVE, CLOSED, WITHDRAWN]')).data!.opportunitySearch;
    expect(every.results.map((x) => x.id)).toEqual([live.id, older.id, closed.id, withdrawn.id].map(String));
    expect((await search('q: "axolotl", filters: { statusOpenClosed: ["open"] }')).data!.opportunitySearch.results.map((x) => x.id)).toEqual([live.id, older.id].map(String));
    expect((await app.gql('{ opportunitySearch(filters: { location: ["Atlantis"] }) { total } }')).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect((await app.gql('{ opportunitySearch(lots: ["digital-outcomes"], filters: { specialistRole: ["agileCoach"] }) { total } }')).errors![0]!.message).toContain(
      "'specialistRole'",
    );
    expect(all.results[0]!.highlight).toContain('<mark>Axolotl</mark>');
    expect((await search('q: "axolotl", statuses: [CLOSED]')).data!.opportunitySearch.results.map((x) => x.id)).toEqual([String(closed.id)]);
    expect((await search('q: "axolotl", lots: ["digital-specialists"]')).data!.opportunitySearch.total).toBe(0);
  });
});

describe('opportunity search statuses', () => {
  const QUERY = 'query ($statuses: [OpportunitySearchStatus!]) { opportunitySearch(statuses: $statuses) { total } }';

  it('takes the statuses search knows as an enum, and refuses others before running', async () => {
    expect(Object.values(OpportunitySearchStatus).sort()).toEqual(
      Object.values(BriefStatus)
        .filter((s) => s !== BriefStatus.DRAFT)
        .sort(),
    );
    expect((await app.gql(QUERY, { statuses: ['LIVE', 'AWARDED', 'CANCELLED', 'UNSUCCESSFUL'] })).errors).toBeUndefined();
    // An unknown status is the client's error (it used to find nothing), in a variable or written in the query.
    for (const statuses of [['live'], ['DRAFT'], ['LIVE', 'bogus'], [''], [42]]) {
      const res = await app.gql(QUERY, { statuses });
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(statuses)).toBe('BAD_USER_INPUT');
    }
    for (const literal of ['[bogus]', '["live"]', '[DRAFT]', 'LIVES']) {
      const res = await app.gql(`{ opportunitySearch(statuses: ${literal}) { total } }`);
      expect(res.errors?.[0]?.extensions?.code, literal).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });
});
