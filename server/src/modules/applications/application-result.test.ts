import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Browser, type TestApp } from '../../../test/support/app.js';
import { makeSupplier, makeUser } from '../../../test/support/factories.js';
import { Framework, FrameworkStatus } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { Role } from '../../shared/role.js';
import { DraftService, DraftStatus } from './draft-service.entity.js';
import { DeclarationStatus, SupplierFramework } from './supplier-framework.entity.js';

let app: TestApp;
let manager: Browser;
beforeAll(async () => {
  app = await createTestApp();
  const em = app.orm.em.fork();
  (await em.findOneOrFail(Framework, { slug: 'g-cloud-13' })).status = FrameworkStatus.PENDING;
  await em.flush();
  manager = await app.signIn((await makeUser(em, { role: Role.ADMIN_FRAMEWORK_MANAGER })).email, 'admin');
});
afterAll(async () => {
  await app?.close();
});

/** A supplier's G-Cloud 13 application with one completed draft on each of two lots. */
async function application(opts: { declaration: DeclarationStatus }) {
  const em = app.orm.em.fork();
  const supplier = await makeSupplier(em, { companyDetailsConfirmed: true });
  const g13 = await em.findOneOrFail(Framework, { slug: 'g-cloud-13' });
  em.create(SupplierFramework, {
    supplier: em.getReference(Supplier, supplier.id),
    framework: g13,
    applicationCompanyDetailsConfirmed: true,
    declarationStatus: opts.declaration,
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  for (const slug of ['cloud-hosting', 'cloud-support']) {
    const lot = await em.findOneOrFail(Lot, { slug });
    em.create(DraftService, {
      supplier: em.getReference(Supplier, supplier.id),
      framework: g13,
      lot,
      data: { serviceName: slug },
      status: DraftStatus.SUBMITTED,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
  }
  await em.flush();
  return supplier;
}

const RECORD =
  'mutation ($s: ID!, $on: Boolean!, $failed: [String!]) { recordApplicationResult(frameworkSlug: "g-cloud-13", supplierId: $s, onFramework: $on, failedLotSlugs: $failed) { onFramework applicationStatus } }';
const draftStatuses = async (supplierId: number) =>
  Object.fromEntries((await app.orm.em.fork().find(DraftService, { supplier: supplierId }, { populate: ['lot'] })).map((d) => [d.lot.getEntity().slug, d.status]));

describe('recording application results', () => {
  it('puts a supplier on the framework with a failed lot, and can be corrected', async () => {
    const supplier = await application({ declaration: DeclarationStatus.COMPLETE });
    const res = await manager.gql(RECORD, { s: String(supplier.id), on: true, failed: ['cloud-support'] });
    expect(res.data).toEqual({ recordApplicationResult: { onFramework: true, applicationStatus: 'APPLICATION' } });
    expect(await draftStatuses(supplier.id)).toEqual({ 'cloud-hosting': 'submitted', 'cloud-support': 'failed' });
    await manager.gql(RECORD, { s: String(supplier.id), on: true, failed: [] });
    expect(await draftStatuses(supplier.id)).toEqual({ 'cloud-hosting': 'submitted', 'cloud-support': 'submitted' });
    await manager.gql(RECORD, { s: String(supplier.id), on: false });
    expect(await draftStatuses(supplier.id)).toEqual({ 'cloud-hosting': 'failed', 'cloud-support': 'failed' });
  });

  it('refuses to pass a supplier that made no application, an unknown lot, and the wrong framework status', async () => {
    const incomplete = await application({ declaration: DeclarationStatus.STARTED });
    const noApp = await manager.gql(RECORD, { s: String(incomplete.id), on: true });
    expect(noApp.errors![0]!.extensions!.code).toBe('CONFLICT');
    expect((await app.orm.em.fork().findOneOrFail(SupplierFramework, { supplier: incomplete.id })).onFramework).toBeNull();

    const supplier = await application({ declaration: DeclarationStatus.COMPLETE });
    expect((await manager.gql(RECORD, { s: String(supplier.id), on: true, failed: ['digital-outcomes'] })).errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { failedLotSlugs: expect.any(String) },
    });
    expect((await manager.gql(RECORD, { s: '999999', on: true })).errors![0]!.extensions!.code).toBe('NOT_FOUND');

    const em = app.orm.em.fork();
    const g13 = await em.findOneOrFail(Framework, { slug: 'g-cloud-13' });
    g13.status = FrameworkStatus.OPEN;
    await em.flush();
    try {
      expect((await manager.gql(RECORD, { s: String(supplier.id), on: true })).errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', frameworkStatus: 'open' });
    } finally {
      g13.status = FrameworkStatus.PENDING;
      await em.flush();
    }
    expect(await draftStatuses(supplier.id)).toEqual({ 'cloud-hosting': 'submitted', 'cloud-support': 'submitted' });
  });
});
