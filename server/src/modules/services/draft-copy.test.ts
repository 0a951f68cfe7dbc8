import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rng, validAnswers } from '../../../seeds/answers.js';
import { createTestApp, type Browser, type TestApp } from '../../../test/support/app.js';
import { makeSupplier, makeUser } from '../../../test/support/factories.js';
import { schemasDir } from '../../commands/schemas.js';
import { Framework, FrameworkStatus } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { Service } from './service.entity.js';
import { importService } from './service.import.js';
import { Role } from '../../shared/role.js';

let app: TestApp;
const r = rng(11);
const schema = JSON.parse(readFileSync(path.join(schemasDir, 'services-g-cloud-13-cloud-software.json'), 'utf8')) as Record<string, unknown>;

beforeAll(async () => {
  app = await createTestApp();
  const em = app.orm.em.fork();
  // G-Cloud 13 applicants copy their G-Cloud 12 services (the content's copy_services rule).
  (await em.findOneOrFail(Framework, { slug: 'g-cloud-13' })).status = FrameworkStatus.OPEN;
  (await em.findOneOrFail(Framework, { slug: 'g-cloud-12' })).status = FrameworkStatus.LIVE;
  await em.flush();
});
afterAll(async () => {
  await app?.close();
});

async function previousSupplier(names: string[]): Promise<{ browser: Browser; services: Service[] }> {
  const em = app.orm.em.fork();
  const supplier = await makeSupplier(em, { companyDetailsConfirmed: true });
  const user = await makeUser(em, { role: Role.SUPPLIER, supplier: em.getReference(Supplier, supplier.id, { wrapped: true }) });
  const g12 = await em.findOneOrFail(Framework, { slug: 'g-cloud-12' });
  const lot = await em.findOneOrFail(Lot, { slug: 'cloud-software' });
  const services = [];
  for (const name of names) services.push(await importService(em, new Date(), { supplier, framework: g12, lot, data: { ...validAnswers(schema, r), serviceName: name } }));
  const browser = await app.signIn(user.email);
  await browser.gql('mutation { registerFrameworkInterest(frameworkSlug: "g-cloud-13") { id } }');
  await browser.gql('mutation ($id: ID!) { confirmSupplierCompanyDetails(id: $id) { id } }', { id: String(supplier.id) });
  return { browser, services };
}

const COPY_ONE = 'mutation ($s: ID!) { copyServiceToDraft(frameworkSlug: "g-cloud-13", serviceId: $s) { id status data copiedFromServiceId lot { slug } } }';
const TO_COPY = '{ servicesToCopy(frameworkSlug: "g-cloud-13", lotSlug: "cloud-software") { id copiedToFollowingFramework data } }';

describe('copying services from the previous framework', () => {
  it('copies one service without its price, marks it copied until the draft is deleted', async () => {
    const { browser, services } = await previousSupplier(['Analytics platform']);
    const id = services[0]!.serviceId;
    expect((await browser.gql<{ servicesToCopy: Array<{ id: string }> }>(TO_COPY)).data!.servicesToCopy.map((s) => s.id)).toEqual([id]);

    const copied = await browser.gql<{ copyServiceToDraft: { id: string; status: string; data: Record<string, unknown>; copiedFromServiceId: string } }>(COPY_ONE, { s: id });
    const draft = copied.data!.copyServiceToDraft;
    expect(draft).toMatchObject({ status: 'NOT_SUBMITTED', copiedFromServiceId: id, lot: { slug: 'cloud-software' } });
    expect(draft.data.serviceName).toBe('Analytics platform');
    for (const key of ['priceMin', 'priceMax', 'priceUnit', 'priceInterval']) expect(draft.data).not.toHaveProperty(key);
    const { priceMin: _1, priceMax: _2, priceUnit: _3, priceInterval: _4, ...rest } = services[0]!.data;
    expect(draft.data).toEqual(rest);

    // A copied service is no longer offered for copying.
    expect((await browser.gql<{ servicesToCopy: unknown[] }>(TO_COPY)).data!.servicesToCopy).toEqual([]);
    const twice = await browser.gql(COPY_ONE, { s: id });
    expect(twice.errors![0]!.extensions!.code).toBe('CONFLICT');

    await browser.gql('mutation ($id: ID!) { deleteDraftService(id: $id) }', { id: draft.id });
    // The services module clears the mark in the deleting transaction.
    expect((await app.orm.em.fork().findOneOrFail(Service, { serviceId: id })).copiedToFollowingFramework).toBe(false);
    expect((await browser.gql<{ servicesToCopy: Array<{ id: string }> }>(TO_COPY)).data!.servicesToCopy.map((s) => s.id)).toEqual([id]);
    expect((await browser.gql(COPY_ONE, { s: id })).data).toBeTruthy();
  });

  it('copies all the remaining services of a lot at once, newest-first lists reading A to Z', async () => {
    const { browser, services } = await previousSupplier(['Beta', 'Alpha', 'Gamma']);
    await browser.gql(COPY_ONE, { s: services[0]!.serviceId });
    expect((await browser.gql<{ servicesToCopy: Array<{ data: { serviceName: string } }> }>(TO_COPY)).data!.servicesToCopy.map((s) => s.data.serviceName)).toEqual([
      'Alpha',
      'Gamma',
    ]);
    const all = await browser.gql<{ copyAllServicesToDrafts: Array<{ id: string; data: { serviceName: string } }> }>(
      'mutation { copyAllServicesToDrafts(frameworkSlug: "g-cloud-13", lotSlug: "cloud-software") { id data } }',
    );
    expect(all.data!.copyAllServicesToDrafts.map((d) => d.data.serviceName)).toEqual(['Gamma', 'Alpha']);
    expect((await browser.gql<{ servicesToCopy: unknown[] }>(TO_COPY)).data!.servicesToCopy).toEqual([]);
    const ids = all.data!.copyAllServicesToDrafts.map((d) => Number(d.id));
    expect(ids[0]).toBeLessThan(ids[1]!);
    const none = await browser.gql('mutation { copyAllServicesToDrafts(frameworkSlug: "g-cloud-13", lotSlug: "cloud-software") { id } }');
    expect(none.errors![0]!.extensions!.code).toBe('CONFLICT');
  });

  it("refuses another supplier's service and services of other frameworks", async () => {
    const { services } = await previousSupplier(['Not yours']);
    const { browser } = await previousSupplier([]);
    expect((await browser.gql(COPY_ONE, { s: services[0]!.serviceId })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const notOpen = await browser.gql('mutation ($s: ID!) { copyServiceToDraft(frameworkSlug: "g-cloud-12", serviceId: $s) { id } }', { s: services[0]!.serviceId });
    expect(notOpen.errors![0]!.extensions!.code).toBe('CONFLICT');
  });

  it('"add another like this" copies a draft without its documents and summary', async () => {
    const { browser, services } = await previousSupplier(['Original']);
    const draft = (await browser.gql<{ copyServiceToDraft: { id: string } }>(COPY_ONE, { s: services[0]!.serviceId })).data!.copyServiceToDraft;
    const copy = await browser.gql<{ copyDraftService: { data: Record<string, unknown> } }>('mutation ($id: ID!) { copyDraftService(id: $id) { data } }', { id: draft.id });
    expect(copy.data!.copyDraftService.data.serviceName).toBe('Original copy');
    expect(copy.data!.copyDraftService.data).not.toHaveProperty('serviceDefinitionDocumentURL');
  });
});
