import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { makeSupplier, makeUser } from '../../../test/support/factories.js';
import { Role } from '../../shared/role.js';
import { Framework } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { DraftService, DraftStatus } from './draft-service.entity.js';
import { DeclarationStatus, SupplierFramework } from './supplier-framework.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.close();
});

const QUERY = `query ($id: ID!) { supplier(id: $id) { frameworkApplications {
  framework { slug } declarationStatus onFramework draftServiceCounts { notSubmitted submitted failed } } } }`;

/** A supplier with applications to G-Cloud 12 (nothing in it) and G-Cloud 13 (drafts in every status). */
async function supplierWithApplications() {
  const em = app.orm.em.fork();
  const supplier = await makeSupplier(em, { companyDetailsConfirmed: true });
  const [g12, g13] = [await em.findOneOrFail(Framework, { slug: 'g-cloud-12' }), await em.findOneOrFail(Framework, { slug: 'g-cloud-13' })];
  const lot = await em.findOneOrFail(Lot, { slug: 'cloud-support' });
  const now = new Date();
  em.create(SupplierFramework, { supplier, framework: g13, declarationStatus: DeclarationStatus.COMPLETE, onFramework: true, createdAt: now, updatedAt: now });
  em.create(SupplierFramework, { supplier, framework: g12, createdAt: now, updatedAt: now });
  for (const status of [DraftStatus.NOT_SUBMITTED, DraftStatus.NOT_SUBMITTED, DraftStatus.SUBMITTED, DraftStatus.SUBMITTED, DraftStatus.SUBMITTED, DraftStatus.FAILED]) {
    em.create(DraftService, { supplier, framework: g13, lot, status, createdAt: now, updatedAt: now });
  }
  await em.flush();
  return supplier;
}

describe('Supplier.frameworkApplications', () => {
  it('lists the supplier’s own applications, oldest framework first, with the count of drafts in each status', async () => {
    const supplier = await supplierWithApplications();
    const em = app.orm.em.fork();
    const user = await makeUser(em, { role: Role.SUPPLIER, supplier: em.getReference(Supplier, supplier.id, { wrapped: true }) });
    const res = await (await app.signIn(user.email)).gql(QUERY, { id: String(supplier.id) });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      supplier: {
        frameworkApplications: [
          { framework: { slug: 'g-cloud-12' }, declarationStatus: 'UNSTARTED', onFramework: null, draftServiceCounts: { notSubmitted: 0, submitted: 0, failed: 0 } },
          { framework: { slug: 'g-cloud-13' }, declarationStatus: 'COMPLETE', onFramework: true, draftServiceCounts: { notSubmitted: 2, submitted: 3, failed: 1 } },
        ],
      },
    });
  });

  it('is null for anyone else: the public, another supplier, buyers and admins who do not work on applications', async () => {
    const supplier = await supplierWithApplications();
    const em = app.orm.em.fork();
    const other = await makeSupplier(em);
    const outsiders = [
      await makeUser(em, { role: Role.SUPPLIER, supplier: em.getReference(Supplier, other.id, { wrapped: true }) }),
      await makeUser(em, { role: Role.BUYER }),
      await makeUser(em, { role: Role.ADMIN }),
      await makeUser(em, { role: Role.ADMIN_CCS_CATEGORY }),
    ];
    expect((await app.gql(QUERY, { id: String(supplier.id) })).data).toEqual({ supplier: { frameworkApplications: null } });
    for (const user of outsiders) {
      const site = user.role === Role.SUPPLIER || user.role === Role.BUYER ? 'web' : 'admin';
      const res = await (await app.signIn(user.email, site)).gql(QUERY, { id: String(supplier.id) });
      expect(res.data, user.role).toEqual({ supplier: { frameworkApplications: null } });
    }
  });

  it('is there for the admins who run applications', async () => {
    const supplier = await supplierWithApplications();
    for (const role of [Role.ADMIN_CCS_SOURCING, Role.ADMIN_FRAMEWORK_MANAGER]) {
      const admin = await makeUser(app.orm.em.fork(), { role });
      const res = await (await app.signIn(admin.email, 'admin')).gql<{ supplier: { frameworkApplications: unknown[] } }>(QUERY, { id: String(supplier.id) });
      expect(res.data!.supplier.frameworkApplications, role).toHaveLength(2);
    }
  });
});
