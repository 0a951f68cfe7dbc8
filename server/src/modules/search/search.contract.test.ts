import { Client } from '@opensearch-project/opensearch';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import type { IndexUpdate } from './documents.js';
import { OpenSearchSearchIndex } from './opensearch-search.js';
import { PostgresSearchIndex } from './postgres-search.js';
import type { SearchIndex } from './search.port.js';

/**
 * One contract, two adapters: the Postgres full-text index and a real OpenSearch node (started by
 * the test harness). Both must agree on versions, tombstones, matching, filters, paging, counts,
 * ordering and escaped highlights.
 */
let app: TestApp;
let client: Client;
const prefix = `contract-${Date.now()}-`;

beforeAll(async () => {
  app = await createTestApp({ seed: false });
  client = new Client({ node: inject('opensearchUrl'), maxRetries: 0, requestTimeout: 20_000 });
});
afterAll(async () => {
  await client?.indices.delete({ index: `${prefix}*` }).catch(() => undefined);
  await client?.close();
  await app?.close();
});

const service = (id: string, lot: string, name: string, extra: Record<string, unknown> = {}): IndexUpdate => ({
  action: 'upsert',
  indexName: 'services-g-cloud-13',
  objectType: 'service',
  objectId: id,
  document: { id, serviceName: name, serviceDescription: `${name} <b>for</b> councils & agencies`, lot, ...extra },
  searchText: `${name} ${name} for councils and agencies`,
});

const brief = (id: number, status: string, statusOrder: number, publishedAt: string, lot = 'digital-outcomes'): IndexUpdate => ({
  action: 'upsert',
  indexName: 'briefs-digital-outcomes-and-specialists',
  objectType: 'brief',
  objectId: String(id),
  document: { id, title: `Quetzal ${id}`, summary: `Quetzal requirement ${id}`, status, statusOrder, publishedAt, lot },
  searchText: `Quetzal ${id} Quetzal requirement ${id}`,
});

/** A service whose indexed text and description are the given text. */
const textService = (id: string, lot: string, text: string, extra: Record<string, unknown> = {}): IndexUpdate => ({
  action: 'upsert',
  indexName: 'services-g-cloud-13',
  objectType: 'service',
  objectId: id,
  document: { id, serviceName: `Service ${id}`, serviceDescription: text, lot, ...extra },
  searchText: text,
});

/** The original's order of ten equal services, ids '0'..'9' (sha256 of the id, descending; dm-search §3.6). */
const HASH_ORDER = ['5', '6', '2', '7', '1', '0', '3', '4', '8', '9'];

const adapters: Array<[string, () => SearchIndex]> = [
  ['postgres', () => new PostgresSearchIndex(app.content)],
  ['opensearch', () => new OpenSearchSearchIndex(client, prefix, app.content)],
];

describe.each(adapters)('%s adapter', (name, make) => {
  let index: SearchIndex;
  let em: EntityManager;
  const id = (n: number) => `${name === 'postgres' ? 1 : 2}${String(n).padStart(14, '0')}`;

  beforeAll(async () => {
    index = make();
    em = app.orm.em.fork();
    let v = 1000n;
    for (let n = 0; n < 35; n++)
      await index.apply(
        em,
        service(id(n), n < 33 ? 'cloud-software' : 'cloud-hosting', `Narwhal ledger ${n}`, {
          serviceCategories: n % 2 ? ['Accounting and finance'] : ['Data management'],
          freeVersionTrial: n % 3 === 0,
        }),
        (v += 1n),
      );
    await index.apply(em, brief(9001, 'live', 0, '2024-06-02T10:00:00.000Z'), 5000n);
    await index.apply(em, brief(9002, 'live', 0, '2024-06-03T10:00:00.000Z'), 5000n);
    await index.apply(em, brief(9003, 'closed', 1, '2024-06-04T10:00:00.000Z'), 5000n);
    await index.apply(em, brief(9004, 'withdrawn', 2, '2024-06-05T10:00:00.000Z', 'digital-specialists'), 5000n);
  }, 120_000);

  it('applies only newer versions, and a removal stays removed against older updates', async () => {
    const probe = service(id(99), 'cloud-support', 'Pangolin probe');
    expect(await index.apply(em, probe, 2000n)).toBe(true);
    expect(await index.apply(em, service(id(99), 'cloud-support', 'Pangolin stale'), 1999n)).toBe(false);
    expect((await index.findServices(em, { q: 'pangolin probe' }, 10)).serviceIds).toEqual([id(99)]);
    expect(await index.apply(em, { action: 'delete', indexName: 'services-g-cloud-13', objectType: 'service', objectId: id(99) }, 3000n)).toBe(true);
    expect(await index.apply(em, probe, 2500n)).toBe(false);
    expect((await index.findServices(em, { q: 'pangolin' }, 10)).total).toBe(0);
  });

  it('writes batches in bulk with the same version rules: an older version never overwrites a newer one, removals stay removed', async () => {
    const wombat = (n: number, name: string) => service(id(n), 'bulk-lot', `Wombat ${name}`);
    const ids = async (q: string) => (await index.findServices(em, { q, lot: 'bulk-lot' }, 10)).serviceIds.sort();
    expect(await index.apply(em, wombat(71, 'newer'), 10_500n)).toBe(true);
    // One batch across two aliases; the service already at a newer version is refused, the rest written.
    const document = { id: 9101, title: 'Quokka', summary: 'Quokka', status: 'live', statusOrder: 0, publishedAt: '2024-08-01T10:00:00.000Z', lot: 'digital-outcomes' };
    const quokka: IndexUpdate = { action: 'upsert', indexName: 'briefs-digital-outcomes-and-specialists', objectType: 'brief', objectId: '9101', document, searchText: 'Quokka' };
    const first = await index.applyMany(em, [wombat(70, 'alpha'), wombat(71, 'stale'), wombat(72, 'gamma'), quokka], 10_000n);
    expect(first.map((u) => u.objectId).sort()).toEqual([id(70), id(72), '9101']);
    expect(await ids('wombat')).toEqual([id(70), id(71), id(72)]);
    expect(await ids('wombat stale')).toEqual([]);
    expect(await ids('wombat newer')).toEqual([id(71)]);
    expect((await index.searchOpportunities(em, { q: 'quokka' }, 1)).hits.map((h) => h.id)).toEqual(['9101']);
    // Removals in bulk, then an older batch cannot bring them back; a newer one can.
    const removal = (n: number) => ({ action: 'delete' as const, indexName: 'services-g-cloud-13', objectType: 'service' as const, objectId: id(n) });
    expect((await index.applyMany(em, [removal(70), removal(71), wombat(72, 'gamma renamed')], 11_000n)).length).toBe(3);
    expect(await ids('wombat')).toEqual([id(72)]);
    expect(await index.applyMany(em, [wombat(70, 'alpha'), wombat(71, 'newer')], 10_900n)).toEqual([]);
    expect(await ids('wombat')).toEqual([id(72)]);
    expect((await index.applyMany(em, [wombat(70, 'back')], 11_500n)).map((u) => u.objectId)).toEqual([id(70)]);
    expect(await ids('wombat back')).toEqual([id(70)]);
    // One object twice in a batch: the first is written, the second (same version, not newer) refused, as one at a time.
    const twice = await index.applyMany(em, [wombat(73, 'first'), wombat(73, 'second')], 12_000n);
    expect(twice).toEqual([wombat(73, 'first')]);
    expect(await ids('wombat second')).toEqual([]);
    expect(await index.applyMany(em, [], 13_000n)).toEqual([]);
  });

  it('requires every keyword, filters by lot and by normalised values (AND across filters)', async () => {
    expect((await index.findServices(em, { q: 'narwhal ledger' }, 100)).total).toBe(35);
    expect((await index.findServices(em, { q: 'narwhal unicorn' }, 100)).total).toBe(0);
    expect((await index.findServices(em, { q: 'narwhal', lot: 'cloud-hosting' }, 100)).serviceIds.sort()).toEqual([id(33), id(34)]);
    const accounting = await index.findServices(em, { q: 'narwhal', filters: { serviceCategories: ['ACCOUNTING  and finance!'] } }, 100);
    expect(accounting.total).toBe(17);
    // Categories are a checkbox question: a service must have both (none of these has).
    const both0 = await index.findServices(em, { q: 'narwhal', filters: { serviceCategories: ['accounting and finance', 'data management'] } }, 100);
    expect(both0.total).toBe(0);
    const both = await index.findServices(em, { q: 'narwhal', filters: { serviceCategories: ['accounting and finance'], freeVersionTrial: ['true'] } }, 100);
    expect(both.serviceIds.sort()).toEqual([3, 9, 15, 21, 27, 33].map(id).sort());
    // The original's simple query syntax: phrases, exclusions, either-or; nothing else is syntax.
    expect((await index.findServices(em, { q: '"narwhal ledger"' }, 100)).total).toBe(35);
    expect((await index.findServices(em, { q: '"ledger narwhal"' }, 100)).total).toBe(0);
    expect((await index.findServices(em, { q: 'narwhal -agencies' }, 100)).total).toBe(0);
    expect((await index.findServices(em, { q: 'unicorn | narwhal' }, 100)).total).toBe(35);
    expect((await index.findServices(em, { q: 'narwhal +ledger' }, 100)).total).toBe(35);
    // the same query gives the same order every time (relevance, then the id's hash)
    expect((await index.findServices(em, { q: 'narwhal' }, 100)).serviceIds).toEqual((await index.findServices(em, { q: 'narwhal' }, 100)).serviceIds);
  });

  it('pages by 30 with the total and per-lot counts that ignore the chosen lot, and escapes highlights', async () => {
    const first = await index.searchServices(em, { q: 'narwhal' }, 1);
    const second = await index.searchServices(em, { q: 'narwhal' }, 2);
    expect([first.total, first.hits.length, second.hits.length]).toEqual([35, 30, 5]);
    expect(new Set([...first.hits, ...second.hits].map((h) => h.id)).size).toBe(35);
    const hosting = await index.searchServices(em, { q: 'narwhal', lot: 'cloud-hosting' }, 1);
    expect(hosting.total).toBe(2);
    expect(hosting.lotCounts).toEqual([
      { lot: 'cloud-hosting', count: 2 },
      { lot: 'cloud-software', count: 33 },
    ]);
    // A lot without a match still counts the others; so does a page past the end.
    const support = await index.searchServices(em, { q: 'narwhal', lot: 'cloud-support' }, 1);
    expect([support.total, support.hits.length, support.lotCounts]).toEqual([0, 0, hosting.lotCounts]);
    const past = await index.searchServices(em, { q: 'narwhal', lot: 'cloud-hosting' }, 2);
    expect([past.total, past.hits.length, past.lotCounts]).toEqual([2, 0, hosting.lotCounts]);
    const highlight = first.hits[0]!.highlight!;
    expect(highlight).toMatch(/<mark>Narwhal<\/mark>/i);
    expect(highlight).not.toMatch(/<(?!\/?mark>)/);
  });

  it('orders equals by the hash of the id as the original: services descending, with or without keywords', async () => {
    let v = 6000n;
    for (const n of [3, 9, 0, 6, 1, 8, 4, 2, 7, 5]) await index.apply(em, service(String(n), 'ordering-lot', 'Okapi twin'), (v += 1n));
    expect((await index.findServices(em, { lot: 'ordering-lot' }, 100)).serviceIds).toEqual(HASH_ORDER);
    expect((await index.findServices(em, { q: 'okapi twin' }, 100)).serviceIds).toEqual(HASH_ORDER);
    expect((await index.searchServices(em, { lot: 'ordering-lot' }, 1)).hits.map((h) => h.id)).toEqual(HASH_ORDER);
    // Equal relevance: the same order.
    expect((await index.searchServices(em, { q: 'okapi' }, 1)).hits.map((h) => h.id)).toEqual(HASH_ORDER);
    // More relevant first, then the hash.
    await index.apply(em, textService('40', 'ordering-lot', 'Okapi okapi okapi twin twin'), v + 1n);
    expect((await index.searchServices(em, { q: 'okapi' }, 1)).hits.map((h) => h.id)).toEqual(['40', ...HASH_ORDER]);
  });

  it('orders opportunities of one status and day by the hash of the id, ascending', async () => {
    for (const n of [3, 9, 0, 6, 1, 8, 4, 2, 7, 5]) {
      const document = {
        id: n,
        title: 'Tapir twin',
        summary: 'Tapir twin',
        status: 'live',
        statusOrder: 0,
        publishedAt: '2024-07-01T10:00:00.000Z',
        lot: 'user-research-participants',
      };
      await index.apply(
        em,
        { action: 'upsert', indexName: 'briefs-digital-outcomes-and-specialists', objectType: 'brief', objectId: String(n), document, searchText: 'Tapir twin' },
        7000n,
      );
    }
    expect((await index.searchOpportunities(em, { q: 'tapir' }, 1)).hits.map((h) => h.id)).toEqual([...HASH_ORDER].reverse());
  });

  it('needs every chosen value of a checkbox filter, any of a radio or boolean one (as the original)', async () => {
    let v = 8000n;
    const dugong = (n: number, extra: Record<string, unknown>) => index.apply(em, textService(`3${n}`, 'cloud-software', `Dugong ${n}`, extra), (v += 1n));
    await dugong(1, { serviceCategories: ['Payroll', 'Accounting and finance'], cloudDeploymentModel: ['public', 'private'], resellingType: 'not_reseller', phoneSupport: true });
    await dugong(2, { serviceCategories: ['Payroll'], cloudDeploymentModel: ['public'], resellingType: 'reseller_no_extras', phoneSupport: false });
    await dugong(3, { serviceCategories: ['Accounting and finance'], cloudDeploymentModel: ['private'], resellingType: 'reseller_extra_support', phoneSupport: true });
    const ids = async (filters: Record<string, string[]>) => (await index.findServices(em, { q: 'dugong', filters }, 100)).serviceIds.sort();
    // Checkboxes (and the category tree): every value.
    expect(await ids({ serviceCategories: ['payroll', 'accounting and finance'] })).toEqual(['31']);
    expect(await ids({ serviceCategories: ['payroll'] })).toEqual(['31', '32']);
    expect(await ids({ cloudDeploymentModel: ['public', 'private'] })).toEqual(['31']);
    // Radios and booleans: any value.
    expect(await ids({ resellingType: ['not_reseller', 'reseller_no_extras'] })).toEqual(['31', '32']);
    expect(await ids({ phoneSupport: ['true'] })).toEqual(['31', '33']);
    // AND across filters.
    expect(await ids({ resellingType: ['not_reseller', 'reseller_extra_support'], cloudDeploymentModel: ['private'], serviceCategories: ['accounting and finance'] })).toEqual([
      '31',
      '33',
    ]);
    // The facet's chosen values narrow the page the same way, but not its counts.
    const page = await index.searchServices(em, { q: 'dugong', filters: { serviceCategories: ['payroll', 'accounting and finance'] } }, 1, 'serviceCategories');
    expect([page.total, page.hits.map((h) => h.id)]).toEqual([1, ['31']]);
    expect(page.facetCounts).toEqual([
      { value: 'accountingandfinance', count: 2 },
      { value: 'payroll', count: 2 },
    ]);
  });

  it('reads keywords as the original simple query syntax', async () => {
    let v = 9000n;
    const texts = [
      'organisations citizen appointment',
      'organisations only',
      'citizen only',
      'appointment for citizen/appointment',
      'the organisations | citizen pipe',
      'nothing relevant',
    ];
    for (const [n, text] of texts.entries()) await index.apply(em, textService(`5${n + 1}`, 'keyword-lot', text), (v += 1n));
    const ids = async (q: string) => (await index.findServices(em, { q, lot: 'keyword-lot' }, 100)).serviceIds.sort();
    const expected: Array<[string, string[]]> = [
      // A quote never closed is a space; `-` excludes the term it starts.
      ['"organisations -citizen', ['52']],
      ['organisations -citizen', ['52']],
      ['organisations - citizen', ['51', '55']],
      ['organisations \\-citizen', ['51', '55']],
      ['-"citizen appointment" citizen', ['53', '55']],
      // A phrase: its words in order, whatever is between them that is not a word (even |).
      ['"organisations | citizen"', ['51', '55']],
      ['"citizen appointment', ['51', '54']],
      // `|` is "either" with or without spaces; operators apply left to right.
      ['organisations | citizen', ['51', '52', '53', '54', '55']],
      ['organisations |citizen', ['51', '52', '53', '54', '55']],
      ['organisations|citizen', ['51', '52', '53', '54', '55']],
      ['nothing | organisations citizen', ['51', '55']],
      ['organisations citizen | nothing', ['51', '55', '56']],
      ['citizen +| nothing', []],
      // Anything else is text, split into words as the standard tokenizer does.
      ['citizen~appointment', ['51', '54']],
      ['citizen/appointment', ['51', '54']],
      ['citizen*', ['51', '53', '54', '55']],
      ['citizen !!!', ['51', '53', '54', '55']],
      ['!!!', []],
      ['-citizen', ['52', '56']],
    ];
    for (const [q, want] of expected) expect(await ids(q), `q=${q}`).toEqual(want);
  });

  it('highlights the whole text, escaping its markup and keeping its punctuation', async () => {
    await index.apply(em, textService('60', 'highlight-lot', 'Sloth <b>records</b> & "audit" trails, for <i>councils</i>. Ends here!'), 9500n);
    const [hit] = (await index.searchServices(em, { q: 'sloth audit trail', lot: 'highlight-lot' }, 1)).hits;
    expect(hit!.highlight).toBe(
      '<mark>Sloth</mark> &lt;b&gt;records&lt;/b&gt; &amp; &quot;<mark>audit</mark>&quot; <mark>trails</mark>, for &lt;i&gt;councils&lt;/i&gt;. Ends here!',
    );
    expect((await index.searchServices(em, { lot: 'highlight-lot' }, 1)).hits[0]!.highlight).toBeNull();
    // A description of the longest kind (near 50 words) comes back whole, not as passages.
    const long = `Sloth sized records service. ${'Keeps every council register in order, with checks and reports. '.repeat(4)}Audit ends here.`;
    await index.apply(em, textService('61', 'highlight-lot', long), 9501n);
    const whole = (await index.searchServices(em, { q: 'sloth', lot: 'highlight-lot' }, 1)).hits.find((h) => h.id === '61')!.highlight!;
    expect(whole).toBe(`<mark>Sloth</mark>${long.slice('Sloth'.length)}`);
  });

  it('orders opportunities live first, then finished, then withdrawn, newest first; filters by status and lot', async () => {
    const all = await index.searchOpportunities(em, { q: 'quetzal' }, 1);
    expect(all.hits.map((h) => h.id)).toEqual(['9002', '9001', '9003', '9004']);
    expect((await index.searchOpportunities(em, { q: 'quetzal', statuses: ['closed', 'withdrawn'] }, 1)).hits.map((h) => h.id)).toEqual(['9003', '9004']);
    const specialists = await index.searchOpportunities(em, { q: 'quetzal', lots: ['digital-specialists'] }, 1);
    expect(specialists.hits.map((h) => h.id)).toEqual(['9004']);
    expect(specialists.lotCounts).toEqual([
      { lot: 'digital-outcomes', count: 3 },
      { lot: 'digital-specialists', count: 1 },
    ]);
  });

  it('counts the facet values within the chosen lot, whatever values are chosen', async () => {
    const page = await index.searchServices(em, { q: 'narwhal', lot: 'cloud-software', filters: { serviceCategories: ['data management'] } }, 1, 'serviceCategories');
    expect(page.total).toBe(17);
    expect(page.facetCounts).toEqual([
      { value: 'accountingandfinance', count: 16 },
      { value: 'datamanagement', count: 17 },
    ]);
    // Lot counts ignore both the lot and the facet's chosen values.
    expect(page.lotCounts).toEqual([
      { lot: 'cloud-hosting', count: 2 },
      { lot: 'cloud-software', count: 33 },
    ]);
  });

  it('never errors the engine, whatever the keywords (fuzzed)', async () => {
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
      '/re/',
      'ünïcødé 漢字 🙂',
      '-',
      'x'.repeat(500),
      'a:b',
      'title:(x)',
      '+x -y',
      '"unclosed',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 80; i++)
      nasty.push(Array.from({ length: 1 + (next() % 12) }, () => String.fromCodePoint(next() % 5 === 0 ? 0x2000 + (next() % 0x6000) : 33 + (next() % 94))).join(''));
    for (const q of nasty) {
      await expect(index.searchServices(em, { q }, 1), `q=${JSON.stringify(q)}`).resolves.toMatchObject({ total: expect.any(Number) });
      await expect(index.searchOpportunities(em, { q }, 1), `q=${JSON.stringify(q)}`).resolves.toMatchObject({ total: expect.any(Number) });
    }
  }, 120_000);
});

describe('an unreachable OpenSearch', () => {
  it('fails searches fast with SERVICE_UNAVAILABLE', async () => {
    const down = new OpenSearchSearchIndex(new Client({ node: 'http://127.0.0.1:9', maxRetries: 0, requestTimeout: 2_000 }), 'down-', app.content);
    const started = Date.now();
    await expect(down.searchServices(app.orm.em.fork(), { q: 'x' }, 1)).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    await expect(down.findServices(app.orm.em.fork(), {}, 10)).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
