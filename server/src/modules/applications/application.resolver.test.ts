import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Browser, type TestApp } from '../../../test/support/app.js';
import { makeSupplier, makeUser } from '../../../test/support/factories.js';
import { schemasDir } from '../../commands/schemas.js';
import { Framework, FrameworkStatus } from '../frameworks/framework.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { Role } from '../../shared/role.js';
import { DeclarationStatus, SupplierFramework } from './supplier-framework.entity.js';
import { G_CLOUD_LOTS, upsertFramework } from '../../../seeds/reference.js';
import { FrameworkFamily } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { AuditType } from '../audit/audit.types.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ worker: true });
  const em = app.orm.em.fork();
  const g13 = await em.findOneOrFail(Framework, { slug: 'g-cloud-13' });
  g13.status = FrameworkStatus.OPEN;
  await em.flush();
});
afterAll(async () => {
  await app?.close();
});

const signedIn = (email: string, site: 'web' | 'admin' = 'web'): Promise<Browser> => app.signIn(email, site);

async function supplierWithUsers(opts: { confirmed?: boolean; colleagues?: number } = {}) {
  const em = app.orm.em.fork();
  const supplier = await makeSupplier(em, { companyDetailsConfirmed: opts.confirmed ?? true });
  const ref = () => em.getReference(Supplier, supplier.id, { wrapped: true });
  const user = await makeUser(em, { role: Role.SUPPLIER, supplier: ref() });
  const colleagues = [];
  for (let i = 0; i < (opts.colleagues ?? 0); i++) colleagues.push(await makeUser(em, { role: Role.SUPPLIER, supplier: ref() }));
  return { supplier, user, colleagues, browser: await signedIn(user.email) };
}

/** A complete, valid G-Cloud 13 declaration built from its schema (no modern slavery reporting duty). */
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

/** Starts an application and confirms the company details for it, as the supplier does first. */
async function startApplication(browser: Browser, frameworkSlug: string): Promise<void> {
  await browser.gql('mutation ($f: String!) { registerFrameworkInterest(frameworkSlug: $f) { id } }', { f: frameworkSlug });
  const me = await browser.gql<{ viewer: { supplier: { id: string } } }>('{ viewer { supplier { id } } }');
  const confirmed = await browser.gql('mutation ($id: ID!) { confirmSupplierCompanyDetails(id: $id) { id } }', { id: me.data!.viewer.supplier.id });
  if (confirmed.errors) throw new Error(confirmed.errors[0]!.message);
}

const REGISTER = 'mutation ($f: String!) { registerFrameworkInterest(frameworkSlug: $f) { id declarationStatus framework { slug } } }';
const SAVE = 'mutation ($f: String!, $a: JSONObject!) { saveDeclarationAnswers(frameworkSlug: $f, answers: $a) { declarationStatus declaration } }';
const COMPLETE = 'mutation ($f: String!) { completeDeclaration(frameworkSlug: $f) { declarationStatus } }';

describe('registering interest', () => {
  it('starts one application per supplier, tells every colleague, and refuses frameworks that are not open', async () => {
    const { browser, colleagues } = await supplierWithUsers({ colleagues: 2 });
    const first = await browser.gql<{ registerFrameworkInterest: { id: string; declarationStatus: string } }>(REGISTER, { f: 'g-cloud-13' });
    expect(first.data!.registerFrameworkInterest).toMatchObject({ declarationStatus: 'UNSTARTED', framework: { slug: 'g-cloud-13' } });
    const again = await browser.gql<{ registerFrameworkInterest: { id: string } }>(REGISTER, { f: 'g-cloud-13' });
    expect(again.data!.registerFrameworkInterest.id).toBe(first.data!.registerFrameworkInterest.id);
    for (const c of colleagues) expect((await app.mailbox!.waitFor(c.email)).subject).toBe('Your organisation has started an application to G-Cloud 13');

    const closed = await browser.gql(REGISTER, { f: 'digital-outcomes-and-specialists-4' });
    expect(closed.errors![0]).toMatchObject({
      message: 'Digital Outcomes and Specialists 4 is not open for applications',
      extensions: { code: 'CONFLICT', frameworkStatus: 'expired' },
    });
    expect((await browser.gql(REGISTER, { f: 'g-cloud-404' })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});

describe('the declaration', () => {
  it('needs confirmed company details first', async () => {
    const { browser } = await supplierWithUsers({ confirmed: false });
    await browser.gql(REGISTER, { f: 'g-cloud-13' });
    expect((await browser.gql(SAVE, { f: 'g-cloud-13', a: { MI: true } })).errors![0]).toMatchObject({
      message: 'Confirm your company details for G-Cloud 13 before making your declaration',
      extensions: { code: 'CONFLICT' },
    });
  });

  it('saves valid pages, refuses invalid ones without storing them, and completes only when every answer is valid', async () => {
    const { browser, supplier } = await supplierWithUsers();
    await startApplication(browser, 'g-cloud-13');
    const page = await browser.gql<{ saveDeclarationAnswers: { declarationStatus: string; declaration: Record<string, unknown> } }>(SAVE, {
      f: 'g-cloud-13',
      a: { termsOfParticipation: true, primaryContact: '  Jo Bloggs  ' },
    });
    expect(page.data!.saveDeclarationAnswers).toEqual({ declarationStatus: 'STARTED', declaration: { termsOfParticipation: true, primaryContact: 'Jo Bloggs' } });

    const bad = await browser.gql(SAVE, { f: 'g-cloud-13', a: { termsAndConditions: 'maybe', employersInsurance: 'Perhaps', notAQuestion: 1 } });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { notAQuestion: 'This question is not part of this lot' } });
    const stored = await app.orm.em.fork().findOneOrFail(SupplierFramework, { supplier: supplier.id });
    expect(stored.declaration).toEqual({ termsOfParticipation: true, primaryContact: 'Jo Bloggs' });
    const wrongTypes = await browser.gql(SAVE, { f: 'g-cloud-13', a: { termsAndConditions: 'maybe', employersInsurance: 'Perhaps' } });
    expect(Object.keys(wrongTypes.errors![0]!.extensions!.fieldErrors!).sort()).toEqual(['employersInsurance', 'termsAndConditions']);

    const early = await browser.gql(COMPLETE, { f: 'g-cloud-13' });
    expect(early.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(early.errors![0]!.extensions!.fieldErrors!)).toContain('conspiracy');

    const all = validDeclaration();
    expect((await browser.gql(SAVE, { f: 'g-cloud-13', a: all })).errors).toBeUndefined();
    expect((await browser.gql(COMPLETE, { f: 'g-cloud-13' })).data).toEqual({ completeDeclaration: { declarationStatus: 'COMPLETE' } });

    // a follow-up the answer now asks for makes a complete declaration incomplete again
    const reopened = await browser.gql<{ saveDeclarationAnswers: { declarationStatus: string } }>(SAVE, { f: 'g-cloud-13', a: { modernSlaveryTurnover: true } });
    expect(reopened.data!.saveDeclarationAnswers.declarationStatus).toBe('STARTED');
  });

  it('clears answers given as null, and a complete declaration that loses an answer is started again', async () => {
    const { browser, supplier } = await supplierWithUsers();
    await startApplication(browser, 'g-cloud-13');
    expect((await browser.gql(SAVE, { f: 'g-cloud-13', a: validDeclaration() })).errors).toBeUndefined();
    expect((await browser.gql(COMPLETE, { f: 'g-cloud-13' })).data).toEqual({ completeDeclaration: { declarationStatus: 'COMPLETE' } });
    const cleared = await browser.gql<{ saveDeclarationAnswers: { declarationStatus: string; declaration: Record<string, unknown> } }>(SAVE, {
      f: 'g-cloud-13',
      a: { conspiracy: null },
    });
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.saveDeclarationAnswers.declarationStatus).toBe('STARTED');
    expect(cleared.data!.saveDeclarationAnswers.declaration).not.toHaveProperty('conspiracy');
    expect((await app.orm.em.fork().findOneOrFail(SupplierFramework, { supplier: supplier.id })).declaration).not.toHaveProperty('conspiracy');
    const again = await browser.gql(COMPLETE, { f: 'g-cloud-13' });
    expect(Object.keys(again.errors![0]!.extensions!.fieldErrors!)).toEqual(['conspiracy']);
    expect((await browser.gql(SAVE, { f: 'g-cloud-13', a: {} })).errors![0]).toMatchObject({ message: 'Answer at least one question', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('cannot be read or changed by another supplier, but sourcing admins can read it', async () => {
    const a = await supplierWithUsers();
    const b = await supplierWithUsers();
    await startApplication(a.browser, 'g-cloud-13');
    await a.browser.gql(SAVE, { f: 'g-cloud-13', a: { MI: true } });
    const peek = await b.browser.gql('query ($s: ID!) { frameworkApplication(frameworkSlug: "g-cloud-13", supplierId: $s) { declaration } }', { s: String(a.supplier.id) });
    expect(peek.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const own = await b.browser.gql('{ frameworkApplication(frameworkSlug: "g-cloud-13") { id } }');
    expect(own.errors![0]!.extensions!.code).toBe('NOT_FOUND');

    const sourcing = await signedIn((await makeUser(app.orm.em.fork(), { role: Role.ADMIN_CCS_SOURCING })).email, 'admin');
    const audit = await sourcing.gql<{ frameworkApplication: { declaration: Record<string, unknown> } }>(
      'query ($s: ID!) { frameworkApplication(frameworkSlug: "g-cloud-13", supplierId: $s) { declaration } }',
      { s: String(a.supplier.id) },
    );
    expect(audit.data!.frameworkApplication.declaration).toEqual({ MI: true });
  });
});

describe('reusing an earlier declaration', () => {
  const APP = '{ frameworkApplication(frameworkSlug: "g-cloud-14") { reusableDeclarations { slug } prefillDeclarationFrom { slug } prefilledAnswers declaration } }';
  const REUSE = 'mutation ($from: String) { setDeclarationReuse(frameworkSlug: "g-cloud-14", fromFrameworkSlug: $from) { prefillDeclarationFrom { slug } } }';

  beforeAll(async () => {
    const em = app.orm.em.fork();
    const lots = await em.find(Lot, { slug: { $in: G_CLOUD_LOTS } });
    await upsertFramework(
      em,
      { slug: 'g-cloud-14', name: 'G-Cloud 14', family: FrameworkFamily.G_CLOUD, status: FrameworkStatus.OPEN, lots: G_CLOUD_LOTS, allowDeclarationReuse: true },
      new Map(lots.map((l) => [l.slug, l])),
    );
    await em.flush();
    const g14 = await em.findOneOrFail(Framework, { slug: 'g-cloud-14' });
    g14.status = FrameworkStatus.OPEN;
    (await em.findOneOrFail(Framework, { slug: 'g-cloud-13' })).allowDeclarationReuse = true;
    await em.flush();
  });

  async function withEarlierDeclaration() {
    const s = await supplierWithUsers();
    const em = app.orm.em.fork();
    const g13 = await em.findOneOrFail(Framework, { slug: 'g-cloud-13' });
    em.create(SupplierFramework, {
      supplier: em.getReference(Supplier, s.supplier.id),
      framework: g13,
      declaration: validDeclaration(),
      declarationStatus: DeclarationStatus.COMPLETE,
      onFramework: true,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    await em.flush();
    await startApplication(s.browser, 'g-cloud-14');
    return s;
  }

  it('offers the complete G-Cloud 13 declaration, and prefills only the sections that allow it, without storing them', async () => {
    const { browser, supplier } = await withEarlierDeclaration();
    const before = await browser.gql<{ frameworkApplication: { reusableDeclarations: Array<{ slug: string }>; prefilledAnswers: object } }>(APP);
    expect(before.data!.frameworkApplication).toMatchObject({ reusableDeclarations: [{ slug: 'g-cloud-13' }], prefillDeclarationFrom: null, prefilledAnswers: {} });

    expect((await browser.gql(REUSE, { from: 'g-cloud-13' })).data).toEqual({ setDeclarationReuse: { prefillDeclarationFrom: { slug: 'g-cloud-13' } } });
    const after = await browser.gql<{ frameworkApplication: { prefilledAnswers: Record<string, unknown>; declaration: object } }>(APP);
    const prefilled = after.data!.frameworkApplication.prefilledAnswers;
    // "Grounds for mandatory exclusion" may be prefilled; "What it means to be on G-Cloud 13" may not.
    expect(prefilled).toHaveProperty('conspiracy', true);
    expect(prefilled).not.toHaveProperty('termsOfParticipation');
    expect(prefilled).not.toHaveProperty('servicesDoNotInclude');
    expect(after.data!.frameworkApplication.declaration).toEqual({});
    expect((await app.orm.em.fork().findOneOrFail(SupplierFramework, { supplier: supplier.id, framework: { slug: 'g-cloud-14' } })).declaration).toEqual({});

    await browser.gql(SAVE, { f: 'g-cloud-14', a: { conspiracy: false } });
    expect((await browser.gql<{ frameworkApplication: { prefilledAnswers: object } }>(APP)).data!.frameworkApplication.prefilledAnswers).not.toHaveProperty('conspiracy');

    expect((await browser.gql(REUSE, { from: null })).data).toEqual({ setDeclarationReuse: { prefillDeclarationFrom: null } });
  });

  it('refuses a declaration that cannot be reused', async () => {
    const { browser } = await withEarlierDeclaration();
    expect((await browser.gql(REUSE, { from: 'g-cloud-12' })).errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { fromFrameworkSlug: expect.any(String) },
    });
    const em = app.orm.em.fork();
    const g13 = await em.findOneOrFail(Framework, { slug: 'g-cloud-13' });
    g13.allowDeclarationReuse = false;
    await em.flush();
    try {
      expect((await browser.gql(REUSE, { from: 'g-cloud-13' })).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    } finally {
      g13.allowDeclarationReuse = true;
      await em.flush();
    }
    // another supplier's declaration is never offered
    const other = await supplierWithUsers();
    await startApplication(other.browser, 'g-cloud-14');
    expect((await other.browser.gql<{ frameworkApplication: { reusableDeclarations: unknown[] } }>(APP)).data!.frameworkApplication.reusableDeclarations).toEqual([]);
    expect((await other.browser.gql(REUSE, { from: 'g-cloud-13' })).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('company details for an application', () => {
  it('are confirmed for every open application at once, recorded on it, and kept current while the framework is open', async () => {
    const { browser, supplier } = await supplierWithUsers();
    await browser.gql(REGISTER, { f: 'g-cloud-13' });
    const APPLICATION = '{ frameworkApplication(frameworkSlug: "g-cloud-13") { applicationCompanyDetailsConfirmed companyDetails applicationStatus } }';
    const before = await browser.gql<{ frameworkApplication: { applicationCompanyDetailsConfirmed: boolean } }>(APPLICATION);
    expect(before.data!.frameworkApplication.applicationCompanyDetailsConfirmed).toBe(false);
    expect((await browser.gql(SAVE, { f: 'g-cloud-13', a: { MI: true } })).errors![0]!.extensions!.code).toBe('CONFLICT');

    await browser.gql('mutation ($id: ID!) { confirmSupplierCompanyDetails(id: $id) { id } }', { id: String(supplier.id) });
    const after = await browser.gql<{ frameworkApplication: { applicationCompanyDetailsConfirmed: boolean; companyDetails: Record<string, string> } }>(APPLICATION);
    expect(after.data!.frameworkApplication).toMatchObject({
      applicationCompanyDetailsConfirmed: true,
      companyDetails: { supplierTradingName: supplier.name, supplierDunsNumber: supplier.dunsNumber, supplierRegisteredTown: 'Testville', supplierOrganisationSize: 'small' },
    });

    const moved = await browser.gql(
      'mutation ($id: ID!) { updateSupplier(id: $id, input: { registeredAddress: { address1: "2 New Road", city: "Newtown", postcode: "nt1 2ab" } }) { id } }',
      { id: String(supplier.id) },
    );
    expect(moved.errors).toBeUndefined();
    const current = await browser.gql<{ frameworkApplication: { companyDetails: Record<string, string> } }>(APPLICATION);
    expect(current.data!.frameworkApplication.companyDetails).toMatchObject({
      supplierRegisteredBuilding: '2 New Road',
      supplierRegisteredTown: 'Newtown',
      supplierRegisteredPostcode: 'NT1 2AB',
    });
    const audits = await app.orm.em.fork().find(AuditEvent, { type: AuditType.UPDATE_SUPPLIER_FRAMEWORK, objectId: String(supplier.id) }, { orderBy: { id: 'asc' } });
    expect(audits.map((a) => a.data.trigger)).toEqual(['confirmSupplierCompanyDetails', 'updateSupplier']);
  });
});
