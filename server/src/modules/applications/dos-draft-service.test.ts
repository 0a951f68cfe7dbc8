import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validAnswers, rng } from '../../../seeds/answers.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { makeSupplier, makeUser } from '../../../test/support/factories.js';
import { schemasDir } from '../../commands/schemas.js';
import { Framework, FrameworkStatus } from '../frameworks/framework.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { Role } from '../../shared/role.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  const em = app.orm.em.fork();
  (await em.findOneOrFail(Framework, { slug: 'digital-outcomes-and-specialists-5' })).status = FrameworkStatus.OPEN;
  await em.flush();
});
afterAll(async () => {
  await app?.close();
});

async function dosApplicant() {
  const em = app.orm.em.fork();
  const supplier = await makeSupplier(em, { companyDetailsConfirmed: true });
  const user = await makeUser(em, { role: Role.SUPPLIER, supplier: em.getReference(Supplier, supplier.id, { wrapped: true }) });
  const browser = await app.signIn(user.email);
  await browser.gql('mutation { registerFrameworkInterest(frameworkSlug: "digital-outcomes-and-specialists-5") { id } }');
  await browser.gql('mutation ($id: ID!) { confirmSupplierCompanyDetails(id: $id) { id } }', { id: String(supplier.id) });
  return browser;
}

const schema = (lot: string) => JSON.parse(readFileSync(path.join(schemasDir, `services-digital-outcomes-and-specialists-5-${lot}.json`), 'utf8')) as Record<string, unknown>;
const CREATE = 'mutation ($l: String!) { createDraftService(frameworkSlug: "digital-outcomes-and-specialists-5", lotSlug: $l) { id status } }';
const UPDATE = 'mutation ($id: ID!, $a: JSONObject!) { updateDraftService(id: $id, answers: $a) { status } }';
const SUBMIT = 'mutation ($id: ID!) { submitDraftService(id: $id) { status } }';
const FORM = `query ($l: String!) { form(name: SERVICE_SUBMISSION, frameworkSlug: "digital-outcomes-and-specialists-5", lotSlug: $l) { sections { name } questions { id type } } }`;

describe('DOS 5 draft services (one per lot)', () => {
  it('have the content of each lot, are answered from it, and submitted when complete', async () => {
    const browser = await dosApplicant();
    for (const lot of ['digital-outcomes', 'digital-specialists', 'user-research-participants']) {
      const form = await browser.gql<{ form: { sections: Array<{ name: string }>; questions: Array<{ id: string }> } }>(FORM, { l: lot });
      expect(form.errors, lot).toBeUndefined();
      expect(form.data!.form.sections.length, lot).toBeGreaterThan(0);
      const created = await browser.gql<{ createDraftService: { id: string } }>(CREATE, { l: lot });
      expect(created.errors, lot).toBeUndefined();
      const id = created.data!.createDraftService.id;
      // One service on a one-service lot: a second is refused.
      expect((await browser.gql(CREATE, { l: lot })).errors![0]!.extensions!.code, lot).toBe('CONFLICT');
      const incomplete = await browser.gql(SUBMIT, { id });
      expect(incomplete.errors![0]!.extensions!.code, lot).toBe('BAD_USER_INPUT');
      const answers = validAnswers(schema(lot) as never, rng(lot.length));
      const saved = await browser.gql(UPDATE, { id, a: answers });
      expect(saved.errors, lot).toBeUndefined();
      expect((await browser.gql(SUBMIT, { id })).data, lot).toEqual({ submitDraftService: { status: 'SUBMITTED' } });
    }
  });

  it('needs at least one capability or role, and a role’s locations with its day rate', async () => {
    const browser = await dosApplicant();
    const outcomes = (await browser.gql<{ createDraftService: { id: string } }>(CREATE, { l: 'digital-outcomes' })).data!.createDraftService.id;
    const noCapability = validAnswers(schema('digital-outcomes') as never, rng(3));
    for (const k of Object.keys(noCapability)) if (/Types$/.test(k) && k !== 'deliveryTypes') delete noCapability[k];
    delete noCapability.deliveryTypes;
    expect((await browser.gql(UPDATE, { id: outcomes, a: noCapability })).errors).toBeUndefined();
    const refused = await browser.gql(SUBMIT, { id: outcomes });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { capability: 'Add at least one team capability your company can provide' } });

    const specialists = (await browser.gql<{ createDraftService: { id: string } }>(CREATE, { l: 'digital-specialists' })).data!.createDraftService.id;
    const half = await browser.gql(UPDATE, { id: specialists, a: { developerLocations: ['London'] } });
    expect(half.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { developerPriceMax: expect.stringMatching(/.+/) } });
    const noRole = await browser.gql(SUBMIT, { id: specialists });
    expect((noRole.errors![0]!.extensions!.fieldErrors as Record<string, string>).specialist).toMatch(/at least one specialist role/);
  });
});
