import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Browser, type TestApp } from '../../../test/support/app.js';
import { makeSupplier, makeUser } from '../../../test/support/factories.js';
import { schemasDir } from '../../commands/schemas.js';
import { Role } from '../../shared/role.js';
import { DeclarationStatus, SupplierFramework } from '../applications/supplier-framework.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { AuditType } from '../audit/audit.types.js';
import { Framework, FrameworkStatus } from '../frameworks/framework.entity.js';
import { Session } from '../users/session.entity.js';
import { User } from '../users/user.entity.js';
import { Supplier } from './supplier.entity.js';

/** AD3 (move a user to a supplier), AD9 (a data controller's corrections) and AD10 (sourcing corrects a declaration). */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ worker: true });
});
afterAll(async () => {
  await app?.close();
});

const admin = async (role: Role): Promise<Browser> => app.signIn((await makeUser(app.orm.em.fork(), { role })).email, 'admin');
const ref = (id: number) => app.orm.em.fork().getReference(Supplier, id, { wrapped: true });

const MOVE = 'mutation ($id: ID!, $email: String!) { moveUserToSupplier(id: $id, email: $email) { id active supplier { id } } }';

describe('moveUserToSupplier (AD3)', () => {
  it('makes an existing supplier user an active user of this supplier, ends their sessions and audits the move', async () => {
    const [from, to] = [await makeSupplier(app.orm.em.fork()), await makeSupplier(app.orm.em.fork())];
    const em = app.orm.em.fork();
    const user = await makeUser(em, { role: Role.SUPPLIER, supplier: em.getReference(Supplier, from.id, { wrapped: true }) });
    const theirs = await app.signIn(user.email);
    expect(await app.orm.em.fork().count(Session, { user: user.id })).toBe(1);
    const support = await admin(Role.ADMIN);
    const moved = await support.gql<{ moveUserToSupplier: { id: string; active: boolean; supplier: { id: string } } }>(MOVE, {
      id: String(to.id),
      email: ` ${user.email.toUpperCase()} `,
    });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.moveUserToSupplier).toEqual({ id: String(user.id), active: true, supplier: { id: String(to.id) } });
    const fresh = app.orm.em.fork();
    expect((await fresh.findOneOrFail(User, { id: user.id })).supplier?.id).toBe(to.id);
    expect(await fresh.count(Session, { user: user.id })).toBe(0);
    expect((await theirs.gql<{ viewer: unknown }>('{ viewer { id } }')).data?.viewer ?? null).toBeNull();
    const event = await fresh.findOneOrFail(AuditEvent, { type: AuditType.UPDATE_USER, objectId: String(user.id) }, { orderBy: { id: 'desc' } });
    expect(event.data).toMatchObject({ supplierId: to.id, fromSupplierId: from.id, update: { supplierId: to.id, active: true } });
    // Again: already there.
    const again = await support.gql(MOVE, { id: String(to.id), email: user.email });
    expect(again.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fieldErrors: { email: 'This user already works for this supplier' } });
  });

  it('refuses an unknown address, a malformed one, a buyer and an admin with the email field’s message, and an unknown supplier', async () => {
    const to = await makeSupplier(app.orm.em.fork());
    const category = await admin(Role.ADMIN_CCS_CATEGORY);
    const code = async (email: string, id = String(to.id)) => (await category.gql(MOVE, { id, email })).errors![0]!.extensions;
    expect(await code('nobody@nowhere.example.com')).toEqual({ code: 'BAD_USER_INPUT', fieldErrors: { email: expect.stringContaining('No account has this email address') } });
    expect(await code('not an email')).toEqual({ code: 'BAD_USER_INPUT', fieldErrors: { email: expect.stringContaining('correct format') } });
    expect(await code('')).toEqual({ code: 'BAD_USER_INPUT', fieldErrors: { email: 'Enter an email address' } });
    const buyer = await makeUser(app.orm.em.fork(), { role: Role.BUYER });
    const other = await makeUser(app.orm.em.fork(), { role: Role.ADMIN_CCS_SOURCING });
    for (const u of [buyer, other]) expect(await code(u.email)).toEqual({ code: 'BAD_USER_INPUT', fieldErrors: { email: expect.stringContaining('not a supplier user') } });
    expect((await app.orm.em.fork().findOneOrFail(User, { id: buyer.id })).supplier).toBeFalsy();
    expect((await code(buyer.email, '999999'))!.code).toBe('NOT_FOUND');
  });
});

describe('a data controller corrects company details (AD9)', () => {
  it('changes the registered name, number and address; the number goes into the most recent application’s company details', async () => {
    const supplier = await makeSupplier(app.orm.em.fork(), { companyDetailsConfirmed: true });
    const em = app.orm.em.fork();
    const [g12, g13] = [await em.findOneOrFail(Framework, { slug: 'g-cloud-12' }), await em.findOneOrFail(Framework, { slug: 'g-cloud-13' })];
    const old = new Date('2020-01-01T00:00:00Z');
    const recent = new Date('2022-01-01T00:00:00Z');
    em.create(SupplierFramework, { supplier: ref(supplier.id), framework: g12, companyDetails: { supplierCompanyRegistrationNumber: 'OLD' }, createdAt: old, updatedAt: old });
    em.create(SupplierFramework, {
      supplier: ref(supplier.id),
      framework: g13,
      companyDetails: { supplierCompanyRegistrationNumber: 'OLD' },
      createdAt: recent,
      updatedAt: recent,
    });
    await em.flush();
    const dc = await admin(Role.ADMIN_CCS_DATA_CONTROLLER);
    const UPDATE =
      'mutation ($id: ID!, $input: UpdateSupplierInput!) { updateSupplier(id: $id, input: $input) { companyDetails { registeredName companiesHouseNumber otherCompanyRegistrationNumber registeredAddress { address1 city postcode } registrationCountry } contact { contactName } } }';
    const res = await dc.gql(UPDATE, {
      id: String(supplier.id),
      input: {
        registeredName: 'Renamed Ltd',
        otherCompanyRegistrationNumber: 'FR 123 456',
        registeredAddress: { address1: '2 New Road', city: 'Leeds', postcode: 'ls1 1aa' },
        registrationCountry: 'country:FR',
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({
      updateSupplier: {
        companyDetails: {
          registeredName: 'Renamed Ltd',
          companiesHouseNumber: null,
          otherCompanyRegistrationNumber: 'FR 123 456',
          registeredAddress: { address1: '2 New Road', city: 'Leeds', postcode: 'LS1 1AA' },
          registrationCountry: 'country:FR',
        },
      },
    });
    const apps = await app.orm.em.fork().find(SupplierFramework, { supplier: supplier.id }, { orderBy: { createdAt: 'asc' } });
    expect(apps.map((a) => a.companyDetails.supplierCompanyRegistrationNumber)).toEqual(['OLD', 'FR 123 456']);
    const bad = await dc.gql(UPDATE, {
      id: String(supplier.id),
      input: { registeredName: '', companiesHouseNumber: '123', registeredAddress: { address1: 'x', city: 'y', postcode: 'z'.repeat(16) } },
    });
    expect(bad.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { registeredName: expect.any(String), companiesHouseNumber: expect.any(String), 'registeredAddress.postcode': expect.any(String) },
    });
    // The trading statuses and contact stay the supplier's.
    expect((await dc.gql(UPDATE, { id: String(supplier.id), input: { contactName: 'Nope' } })).errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});

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
          : 'Not applicable to our organisation';
  }
  answers.modernSlaveryTurnover = false;
  return answers;
}

const CORRECT = 'mutation ($f: String!, $s: ID!, $a: JSONObject!) { correctDeclarationAnswers(frameworkSlug: $f, supplierId: $s, answers: $a) { declarationStatus declaration } }';

describe('correctDeclarationAnswers (AD10)', () => {
  it('saves a sourcing admin’s correction straight to the declaration while the framework is live, audited; refuses bad answers and other statuses', async () => {
    const supplier = await makeSupplier(app.orm.em.fork(), { companyDetailsConfirmed: true });
    const em = app.orm.em.fork();
    const g13 = await em.findOneOrFail(Framework, { slug: 'g-cloud-13' });
    expect(g13.status).toBe(FrameworkStatus.LIVE);
    const declaration = validDeclaration();
    em.create(SupplierFramework, {
      supplier: ref(supplier.id),
      framework: g13,
      declaration,
      declarationStatus: DeclarationStatus.COMPLETE,
      onFramework: true,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    await em.flush();
    const textKey = Object.keys(declaration).find((k) => declaration[k] === 'Not applicable to our organisation')!;
    const sourcing = await admin(Role.ADMIN_CCS_SOURCING);
    const ok = await sourcing.gql<{ correctDeclarationAnswers: { declarationStatus: string; declaration: Record<string, unknown> } }>(CORRECT, {
      f: 'g-cloud-13',
      s: String(supplier.id),
      a: { [textKey]: 'Corrected by CCS' },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.correctDeclarationAnswers.declarationStatus).toBe('COMPLETE');
    expect(ok.data!.correctDeclarationAnswers.declaration[textKey]).toBe('Corrected by CCS');
    const event = await app.orm.em.fork().findOneOrFail(AuditEvent, { type: AuditType.UPDATE_DECLARATION_ANSWERS, objectId: String(supplier.id) });
    expect(event.data).toMatchObject({ supplierId: supplier.id, frameworkSlug: 'g-cloud-13', update: [textKey], correction: true });

    const enumKey = Object.keys(declaration).find((k) => typeof declaration[k] === 'boolean')!;
    const bad = await sourcing.gql(CORRECT, { f: 'g-cloud-13', s: String(supplier.id), a: { [enumKey]: 'maybe' } });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { [enumKey]: expect.any(String) } });
    const cleared = await sourcing.gql(CORRECT, { f: 'g-cloud-13', s: String(supplier.id), a: { [textKey]: null } });
    expect(cleared.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect((await sourcing.gql(CORRECT, { f: 'g-cloud-13', s: '999999', a: { [textKey]: 'x' } })).errors![0]!.extensions!.code).toBe('NOT_FOUND');

    const fresh = app.orm.em.fork();
    const framework = await fresh.findOneOrFail(Framework, { slug: 'g-cloud-13' });
    framework.status = FrameworkStatus.EXPIRED;
    await fresh.flush();
    try {
      const closed = await sourcing.gql(CORRECT, { f: 'g-cloud-13', s: String(supplier.id), a: { [textKey]: 'Too late' } });
      expect(closed.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', frameworkStatus: 'expired' });
    } finally {
      framework.status = FrameworkStatus.LIVE;
      await fresh.flush();
    }
    expect((await app.orm.em.fork().findOneOrFail(SupplierFramework, { supplier: supplier.id })).declaration[textKey]).toBe('Corrected by CCS');
  });
});
