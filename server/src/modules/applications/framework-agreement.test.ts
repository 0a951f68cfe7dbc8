import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Browser, type TestApp } from '../../../test/support/app.js';
import { makeSupplier, makeUser } from '../../../test/support/factories.js';
import { Framework, FrameworkStatus } from '../frameworks/framework.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { Role } from '../../shared/role.js';
import { AgreementStatus, agreementStatus } from './framework-agreement.status.js';
import { DeclarationStatus, SupplierFramework } from './supplier-framework.entity.js';

let app: TestApp;
let sourcing: Browser;
beforeAll(async () => {
  app = await createTestApp();
  const em = app.orm.em.fork();
  const g13 = await em.findOneOrFail(Framework, { slug: 'g-cloud-13' });
  g13.status = FrameworkStatus.STANDSTILL;
  g13.agreementDetails = { frameworkAgreementVersion: 'RM1557.13', countersignerName: 'Jo Director', countersignerRole: 'Director of Procurement' };
  await em.flush();
  sourcing = await app.signIn((await makeUser(em, { role: Role.ADMIN_CCS_SOURCING })).email, 'admin');
});
afterAll(async () => {
  await app?.close();
});

async function supplierUser(onFramework: boolean | null) {
  const em = app.orm.em.fork();
  const supplier = await makeSupplier(em, { companyDetailsConfirmed: true });
  const g13 = await em.findOneOrFail(Framework, { slug: 'g-cloud-13' });
  em.create(SupplierFramework, {
    supplier: em.getReference(Supplier, supplier.id),
    framework: g13,
    applicationCompanyDetailsConfirmed: true,
    declarationStatus: DeclarationStatus.COMPLETE,
    onFramework,
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  const user = await makeUser(em, { role: Role.SUPPLIER, supplier: em.getReference(Supplier, supplier.id, { wrapped: true }) });
  return app.signIn(user.email);
}

const SIGN =
  'mutation ($n: String!, $r: String!, $a: Boolean! = true) { signFrameworkAgreement(frameworkSlug: "g-cloud-13", signerName: $n, signerRole: $r, acceptTerms: $a) { id status agreementVersion signerName } }';
const act = (verb: string, id: string) =>
  sourcing.gql<Record<string, { status: string; countersignerName: string | null }>>(`mutation ($id: ID!) { ${verb}(id: $id) { status countersignerName } }`, { id });

describe('agreement status', () => {
  it('is derived from the timestamps, countersignature first', () => {
    const t = new Date();
    expect(agreementStatus({})).toBe(AgreementStatus.SIGNED);
    expect(agreementStatus({ putOnHoldAt: t })).toBe(AgreementStatus.ON_HOLD);
    expect(agreementStatus({ putOnHoldAt: t, approvedAt: t })).toBe(AgreementStatus.APPROVED);
    expect(agreementStatus({ approvedAt: t, countersignedAt: t })).toBe(AgreementStatus.COUNTERSIGNED);
  });
});

describe('framework agreements', () => {
  it('are signed once by a supplier on the framework, then held, approved and countersigned by sourcing', async () => {
    const supplier = await supplierUser(true);
    expect((await supplier.gql(SIGN, { n: ' ', r: '', a: false })).errors![0]!.extensions!.fieldErrors).toEqual({
      signerName: 'Enter the full name of the person signing',
      signerRole: 'Enter the role of the person signing',
      acceptTerms: 'Accept the terms of the agreement to sign it',
    });
    // Without accepting the terms nothing is signed, however complete the rest is.
    const unaccepted = await supplier.gql(SIGN, { n: 'Sam Supplier', r: 'Managing Director', a: false });
    expect(unaccepted.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { acceptTerms: 'Accept the terms of the agreement to sign it' } });
    const unsigned = await supplier.gql<{ frameworkApplication: { agreement: null } }>('{ frameworkApplication(frameworkSlug: "g-cloud-13") { agreement { id } } }');
    expect(unsigned.data!.frameworkApplication.agreement).toBeNull();
    const signed = await supplier.gql<{ signFrameworkAgreement: { id: string } }>(SIGN, { n: 'Sam Supplier', r: 'Managing Director' });
    expect(signed.data!.signFrameworkAgreement).toMatchObject({ status: 'SIGNED', agreementVersion: 'RM1557.13', signerName: 'Sam Supplier' });
    const id = signed.data!.signFrameworkAgreement.id;
    expect((await supplier.gql(SIGN, { n: 'Sam Supplier', r: 'Managing Director' })).errors![0]!.extensions!.code).toBe('CONFLICT');

    expect((await act('countersignFrameworkAgreement', id)).errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', agreementStatus: 'signed' });
    expect((await act('putFrameworkAgreementOnHold', id)).data!.putFrameworkAgreementOnHold!.status).toBe('ON_HOLD');
    expect((await act('approveFrameworkAgreement', id)).data!.approveFrameworkAgreement).toEqual({ status: 'APPROVED', countersignerName: 'Jo Director' });
    expect((await act('unapproveFrameworkAgreement', id)).data!.unapproveFrameworkAgreement).toEqual({ status: 'SIGNED', countersignerName: null });
    await act('approveFrameworkAgreement', id);
    expect((await act('countersignFrameworkAgreement', id)).data!.countersignFrameworkAgreement!.status).toBe('COUNTERSIGNED');

    const list = await sourcing.gql<{ frameworkAgreements: Array<{ id: string; supplier: { name: string; companyDetails: { registeredName: string | null } | null } }> }>(
      '{ frameworkAgreements(frameworkSlug: "g-cloud-13", status: COUNTERSIGNED) { id supplier { name companyDetails { registeredName } } } }',
    );
    expect(list.data!.frameworkAgreements.map((a) => a.id)).toContain(id);
    // Each agreement names its supplier, with the company details the admins check it against.
    const mine = list.data!.frameworkAgreements.find((a) => a.id === id)!;
    const em = app.orm.em.fork();
    const application = await em.findOneOrFail(SupplierFramework, { id: { $gt: 0 } }, { orderBy: { id: 'desc' }, populate: ['supplier'] });
    expect(mine.supplier).toEqual({ name: application.supplier.getEntity().name, companyDetails: { registeredName: application.supplier.getEntity().registeredName ?? null } });
    const own = await supplier.gql<{ frameworkApplication: { agreement: { status: string } } }>('{ frameworkApplication(frameworkSlug: "g-cloud-13") { agreement { status } } }');
    expect(own.data!.frameworkApplication.agreement.status).toBe('COUNTERSIGNED');
  });

  it('cannot be signed by a supplier not on the framework, or while the framework is open', async () => {
    const notOn = await supplierUser(false);
    expect((await notOn.gql(SIGN, { n: 'A', r: 'B' })).errors![0]!.message).toBe('Your organisation is not on G-Cloud 13');
    const on = await supplierUser(true);
    const em = app.orm.em.fork();
    const g13 = await em.findOneOrFail(Framework, { slug: 'g-cloud-13' });
    g13.status = FrameworkStatus.OPEN;
    await em.flush();
    try {
      expect((await on.gql(SIGN, { n: 'A', r: 'B' })).errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', frameworkStatus: 'open' });
    } finally {
      g13.status = FrameworkStatus.STANDSTILL;
      await em.flush();
    }
  });
});
