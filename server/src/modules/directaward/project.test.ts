import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rng, validAnswers } from '../../../seeds/answers.js';
import { createTestApp, type Browser, type TestApp } from '../../../test/support/app.js';
import { makeSupplier, makeUser } from '../../../test/support/factories.js';
import { schemasDir } from '../../commands/schemas.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { AuditType } from '../audit/audit.types.js';
import { Framework } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { Service } from '../services/service.entity.js';
import { importService } from '../services/service.import.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { Role } from '../../shared/role.js';
import { reindexAll } from '../search/search.sync.js';
import { parseMoney } from '../../shared/money.js';
import { Outcome } from '../outcomes/outcome.entity.js';
import { DIRECT_AWARD_VALUE } from './project.service.js';

let app: TestApp;
let supplier: Supplier;
const r = rng(21);
const schema = JSON.parse(readFileSync(path.join(schemasDir, 'services-g-cloud-13-cloud-hosting.json'), 'utf8')) as Record<string, unknown>;

beforeAll(async () => {
  app = await createTestApp();
  const em = app.orm.em.fork();
  supplier = await makeSupplier(em, { name: 'Zebrafish Hosting Ltd' });
  const g13 = await em.findOneOrFail(Framework, { slug: 'g-cloud-13' });
  const hosting = await em.findOneOrFail(Lot, { slug: 'cloud-hosting' });
  for (let i = 0; i < 34; i++) {
    const data = { ...validAnswers(schema, r), serviceName: `Managed quokka platform ${i}`, priceMin: '10', priceMax: '20', priceUnit: 'User', priceInterval: 'Month' };
    if (i < 3) data.serviceName = `Wombat kubernetes ${i}`;
    await importService(em, new Date('2024-05-01T00:00:00Z'), { supplier, framework: g13, lot: hosting, data });
  }
  // Loaded directly, so indexed as a data load is.
  await reindexAll(app.orm.em.fork(), app);
});
afterAll(async () => {
  await app?.close();
});

async function buyer(): Promise<Browser> {
  return app.signIn((await makeUser(app.orm.em.fork(), { role: Role.BUYER })).email);
}

const CREATE = 'mutation ($n: String!, $s: ServiceSearchInput!) { createDirectAwardProject(name: $n, search: $s) { id name stage searchSummary activeSearch { id query } } }';
const PROJECT =
  'query ($id: ID!) { directAwardProject(id: $id) { id stage lockedAt downloadedAt searchSummary results { serviceId supplierName price service { id data } } outcome { id result completed awardValue awardedService { serviceId } } } }';

describe('direct award', () => {
  it('saves searches, ends one by freezing the versions it finds, downloads them and records the award', async () => {
    const b = await buyer();
    const tooMany = await b.gql<{ createDirectAwardProject: { id: string; stage: string; searchSummary: string; activeSearch: { id: string } } }>(CREATE, {
      n: '  Hosting for the planning service ',
      s: { q: 'managed quokka', lot: 'cloud-hosting' },
    });
    const project = tooMany.data!.createDirectAwardProject;
    expect(project).toMatchObject({ name: 'Hosting for the planning service', stage: 'SEARCHING', searchSummary: '31 results found containing managed quokka in Cloud hosting' });
    expect(project.id).toMatch(/^\d{15}$/);
    const id = project.id;
    const refused = await b.gql('mutation ($id: ID!) { endDirectAwardSearch(id: $id) { id } }', { id });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', resultCount: 31 });

    const first = project.activeSearch.id;
    const saved = await b.gql<{ saveDirectAwardSearch: { id: string; active: boolean } }>(
      'mutation ($id: ID!, $s: ServiceSearchInput!) { saveDirectAwardSearch(id: $id, search: $s) { id active } }',
      {
        id,
        s: { q: 'wombat kubernetes', lot: 'cloud-hosting' },
      },
    );
    expect(saved.data!.saveDirectAwardSearch.active).toBe(true);
    const em = app.orm.em.fork();
    expect(
      (
        await em.execute<Array<{ id: number; active: boolean }>>('select id, active from direct_award_searches where id in (?, ?) order by id', [
          Number(first),
          Number(saved.data!.saveDirectAwardSearch.id),
        ])
      ).map((s) => s.active),
    ).toEqual([false, true]);

    const ended = await b.gql<{ endDirectAwardSearch: { stage: string; lockedAt: string } }>('mutation ($id: ID!) { endDirectAwardSearch(id: $id) { stage lockedAt } }', { id });
    expect(ended.data!.endDirectAwardSearch.stage).toBe('SEARCH_ENDED');
    expect(
      (await b.gql('mutation ($id: ID!, $s: ServiceSearchInput!) { saveDirectAwardSearch(id: $id, search: $s) { id } }', { id, s: { q: 'more' } })).errors![0]!.extensions!.code,
    ).toBe('CONFLICT');

    // A change to a service after the search ended does not change what was frozen.
    const wombat = await em.findOneOrFail(Service, { data: { serviceName: 'Wombat kubernetes 0' } } as never);
    const category = await app.signIn((await makeUser(em, { role: Role.ADMIN_CCS_CATEGORY })).email, 'admin');
    await category.gql('mutation ($id: ID!) { updateService(id: $id, answers: { serviceName: "Wombat renamed" }) { id } }', { id: wombat.serviceId });
    const view = await b.gql<{
      directAwardProject: { results: Array<{ serviceId: string; supplierName: string; price: string; service: { data: { serviceName: string } } }>; searchSummary: string };
    }>(PROJECT, { id });
    const results = view.data!.directAwardProject.results;
    expect(results.map((x) => x.service.data.serviceName).sort()).toEqual(['Wombat kubernetes 0', 'Wombat kubernetes 1', 'Wombat kubernetes 2']);
    expect(results[0]).toMatchObject({ supplierName: 'Zebrafish Hosting Ltd', price: '£10 to £20 a user a month' });
    expect(view.data!.directAwardProject.searchSummary).toBe('3 results found containing wombat kubernetes in Cloud hosting');

    const file = await b.gql<{ downloadDirectAwardResults: { filename: string; contentType: string; base64: string } }>(
      'mutation ($id: ID!) { downloadDirectAwardResults(id: $id, format: CSV) { filename contentType base64 } }',
      { id },
    );
    const csv = Buffer.from(file.data!.downloadDirectAwardResults.base64, 'base64').toString().split('\r\n');
    expect(file.data!.downloadDirectAwardResults.filename).toMatch(/^\d{4}-\d{2}-\d{2}-hosting-for-the-planning-service-results\.csv$/);
    expect(csv[0]).toBe('Framework,Search ended,Search summary');
    expect(csv[1]).toMatch(/^G-Cloud 13,.*,3 results found containing wombat kubernetes in Cloud hosting$/);
    expect(csv[3]).toBe('Supplier name,Service name,Service description,Price,Service page URL,Contact name,Telephone,Email');
    expect(csv.filter((l) => l.startsWith('Zebrafish Hosting Ltd,Wombat kubernetes'))).toHaveLength(3);
    expect(csv.join('\n')).toContain('http://marketplace.test/g-cloud/services/');
    expect(await em.count(AuditEvent, { type: AuditType.DOWNLOADED_PROJECT, objectId: id })).toBe(1);

    expect(
      (await b.gql<{ confirmReadyToAssess: { stage: string } }>('mutation ($id: ID!) { confirmReadyToAssess(id: $id) { stage } }', { id })).data!.confirmReadyToAssess.stage,
    ).toBe('ASSESSING');
    const CHOOSE = 'mutation ($id: ID!, $s: ID!) { chooseDirectAwardService(id: $id, serviceId: $s) { id result completed } }';
    const outsider = (await em.findOneOrFail(Service, { data: { serviceName: 'Managed quokka platform 5' } } as never)).serviceId;
    expect((await b.gql(CHOOSE, { id, s: outsider })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const chosen = await b.gql<{ chooseDirectAwardService: { id: string; completed: boolean } }>(CHOOSE, { id, s: results[0]!.serviceId });
    expect(chosen.data!.chooseDirectAwardService.completed).toBe(false);
    const outcomeId = chosen.data!.chooseDirectAwardService.id;

    const COMPLETE =
      'mutation ($o: ID!, $s: String!, $e: String!, $v: String!, $org: String!) { completeDirectAwardOutcome(outcomeId: $o, startDate: $s, endDate: $e, value: $v, awardingOrganisationName: $org) { completed awardValue } }';
    const bad = await b.gql(COMPLETE, { o: outcomeId, s: '2024-02-30', e: '2024-01-01', v: '12.345', org: ' ' });
    expect(bad.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: {
        startDate: 'Enter a real start date',
        value: 'Enter the value in pounds and pence, for example 12500.00',
        awardingOrganisationName: 'Enter the organisation buying the service',
      },
    });
    const backwards = await b.gql(COMPLETE, { o: outcomeId, s: '2024-07-01', e: '2024-06-30', v: '100', org: 'Ministry of Tests' });
    expect(backwards.errors![0]!.extensions!.fieldErrors).toEqual({ endDate: 'The end date must be after the start date' });
    const tooBig = await b.gql(COMPLETE, { o: outcomeId, s: '2024-07-01', e: '2025-06-30', v: '1000000000', org: 'Ministry of Tests' });
    expect(tooBig.errors![0]!.extensions!.fieldErrors).toEqual({ value: 'Enter a value of £999,999,999.99 or less' });
    // Leading and trailing zeros are normalised away.
    const done = await b.gql(COMPLETE, { o: outcomeId, s: '2024-07-01', e: '2025-06-30', v: '00314.1500', org: 'Ministry of Tests' });
    expect(done.data).toEqual({ completeDirectAwardOutcome: { completed: true, awardValue: '314.15' } });
    expect((await app.orm.em.fork().findOneOrFail(Outcome, { externalId: outcomeId })).awardValue).toBe('314.15');
    const after = await b.gql<{ directAwardProject: { stage: string; outcome: { result: string; awardedService: { serviceId: string } } } }>(PROJECT, { id });
    expect(after.data!.directAwardProject).toMatchObject({ stage: 'OUTCOME_RECORDED', outcome: { result: 'AWARDED', awardedService: { serviceId: results[0]!.serviceId } } });
    const again = await b.gql('mutation ($id: ID!) { recordDirectAwardWithoutContract(id: $id, result: CANCELLED) { id } }', { id });
    expect(again.errors![0]!.extensions!.code).toBe('CONFLICT');
    expect((await b.gql('mutation ($id: ID!) { markStillAssessing(id: $id) { id } }', { id })).errors![0]!.extensions!.code).toBe('CONFLICT');
  });

  it('belongs to its buyers only, and records a no-award outcome without ending the search', async () => {
    const owner = await buyer();
    const id = (await owner.gql<{ createDirectAwardProject: { id: string } }>(CREATE, { n: 'Support desk', s: { q: 'wombat' } })).data!.createDirectAwardProject.id;
    const other = await buyer();
    expect((await other.gql(PROJECT, { id })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await other.gql('mutation ($id: ID!) { endDirectAwardSearch(id: $id) { id } }', { id })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await other.gql<{ myDirectAwardProjects: unknown[] }>('{ myDirectAwardProjects { id } }')).data!.myDirectAwardProjects).toEqual([]);
    const none = await owner.gql<{ recordDirectAwardWithoutContract: { result: string; completed: boolean } }>(
      'mutation ($id: ID!) { recordDirectAwardWithoutContract(id: $id, result: NONE_SUITABLE) { result completed } }',
      { id },
    );
    expect(none.data!.recordDirectAwardWithoutContract).toEqual({ result: 'NONE_SUITABLE', completed: true });
  });

  it('filters the catalogue ignoring case and punctuation, and reads money strictly', async () => {
    const b = await buyer();
    const em = app.orm.em.fork();
    const one = await em.findOneOrFail(Service, { data: { serviceName: 'Wombat kubernetes 1' } } as never);
    const categories = one.data.serviceCategories as string[] | undefined;
    const lot = (await em.findOneOrFail(Lot, { id: one.lot.id })).slug;
    const value = categories ? categories[0]!.toUpperCase().replace(/ /g, '  ') : undefined;
    const res = await b.gql<{ createDirectAwardProject: { searchSummary: string } }>(CREATE, {
      n: 'Filtered',
      s: { q: 'wombat kubernetes', lot, filters: value ? { serviceCategories: [value] } : {} },
    });
    expect(res.data!.createDirectAwardProject.searchSummary).toMatch(
      value
        ? new RegExp(`^[1-3] results? found containing wombat kubernetes in Cloud \\w+ in the category ${categories![0]!.replace(/[()]/g, '\\$&')}$`, 'i')
        : /^[1-3] results? found containing wombat kubernetes in Cloud \w+$/,
    );
    const bad = await b.gql(CREATE, { n: 'Bad', s: { filters: { 'data->>x': ['y'] } } });
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    // Only the filters of the chosen category exist; an unknown one or an unknown value is named.
    const unknown = await b.gql(CREATE, { n: 'Bad', s: { lot, filters: { colour: ['blue'] } } });
    expect([unknown.errors![0]!.extensions!.code, unknown.errors![0]!.extensions!.fieldErrors]).toEqual([
      'BAD_USER_INPUT',
      { 'filters.colour': expect.stringContaining('colour') },
    ]);
    const badValue = await b.gql(CREATE, { n: 'Bad', s: { lot, filters: { resellingType: ['sometimes'] } } });
    expect(badValue.errors![0]!.message).toContain("'sometimes'");
    expect(['1', '£12,500.5', '0.00', '1e3', '-5', '00314.1500'].map((v) => parseMoney(v, DIRECT_AWARD_VALUE))).toEqual(['1.00', '12500.50', null, null, null, '314.15']);
  });
});
