import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rng, validAnswers } from '../../../seeds/answers.js';
import { createTestApp, type Browser, type TestApp } from '../../../test/support/app.js';
import { makeSupplier, makeUser } from '../../../test/support/factories.js';
import { schemasDir } from '../../commands/schemas.js';
import { Role } from '../../shared/role.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { AuditType } from '../audit/audit.types.js';
import { Framework, FrameworkStatus } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { servicesIndex } from '../search/documents.js';
import { SearchDocument } from '../search/search-document.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { ArchivedService } from './archived-service.entity.js';
import { Service, ServiceStatus } from './service.entity.js';
import { importService } from './service.import.js';

let app: TestApp;
let category: Browser;
let support: Browser;
const r = rng(16);
const schema = JSON.parse(readFileSync(path.join(schemasDir, 'services-g-cloud-13-cloud-software.json'), 'utf8')) as Record<string, unknown>;

beforeAll(async () => {
  app = await createTestApp({ worker: true });
  const em = app.orm.em.fork();
  category = await app.signIn((await makeUser(em, { role: Role.ADMIN_CCS_CATEGORY })).email, 'admin');
  support = await app.signIn((await makeUser(em, { role: Role.ADMIN })).email, 'admin');
});
afterAll(async () => {
  await app?.close();
});

async function liveService(supplierName: string, serviceName: string, framework = 'g-cloud-13') {
  const em = app.orm.em.fork();
  const supplier = await makeSupplier(em, { name: supplierName });
  const service = await em.transactional(async (tx) =>
    importService(tx, app.clock.now(), {
      supplier: tx.getReference(Supplier, supplier.id),
      framework: await tx.findOneOrFail(Framework, { slug: framework }),
      lot: await tx.findOneOrFail(Lot, { slug: 'cloud-software' }),
      data: { ...validAnswers(schema, r), serviceName },
    }),
  );
  return { supplier, service };
}

async function until<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error('the index did not catch up in time');
    await new Promise((res) => setTimeout(res, 100));
  }
}

async function indexed(serviceId: string): Promise<SearchDocument | null> {
  const em = app.orm.em.fork();
  const [active] = await em.execute<Array<{ physical_name: string }>>(`select physical_name from search_indices where engine = 'postgres' and alias = ? and state = 'active'`, [
    servicesIndex('g-cloud-13'),
  ]);
  return active ? em.findOne(SearchDocument, { indexName: active.physical_name, objectId: serviceId }) : null;
}

const TRANSFER = 'mutation ($id: ID!, $to: ID!, $reason: String!) { transferService(id: $id, toSupplierId: $to, reason: $reason) { id supplier { id name } } }';
const SERVICES = 'query ($id: ID!) { supplier(id: $id) { services { id } } }';

describe('transferring a service to another supplier (novation)', () => {
  it('moves a live service, audits both suppliers with the reason, updates both lists and the search index', async () => {
    const { supplier: from, service } = await liveService('Outgoing Okapi Ltd', 'Okapi novation manager');
    const { supplier: to } = await liveService('Incoming Ibex Ltd', 'Ibex own service');
    await until(async () => (await indexed(service.serviceId))?.document.supplierName === 'Outgoing Okapi Ltd');

    const moved = await category.gql<{ transferService: { supplier: { id: string; name: string } } }>(TRANSFER, {
      id: service.serviceId,
      to: String(to.id),
      reason: '  Novation agreement signed 1 May  ',
    });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.transferService.supplier).toEqual({ id: String(to.id), name: 'Incoming Ibex Ltd' });

    const fromList = await category.gql<{ supplier: { services: Array<{ id: string }> } }>(SERVICES, { id: String(from.id) });
    const toList = await category.gql<{ supplier: { services: Array<{ id: string }> } }>(SERVICES, { id: String(to.id) });
    expect(fromList.data!.supplier.services.map((s) => s.id)).not.toContain(service.serviceId);
    expect(toList.data!.supplier.services.map((s) => s.id)).toContain(service.serviceId);

    const em = app.orm.em.fork();
    const event = await em.findOneOrFail(AuditEvent, { type: AuditType.TRANSFER_SERVICE, objectId: service.serviceId });
    expect(event.data).toMatchObject({
      fromSupplierId: from.id,
      fromSupplierName: 'Outgoing Okapi Ltd',
      toSupplierId: to.id,
      toSupplierName: 'Incoming Ibex Ltd',
      supplierId: to.id,
      reason: 'Novation agreement signed 1 May',
    });
    const snapshot = await em.findOneOrFail(ArchivedService, { id: event.data.newArchivedServiceId as number });
    expect(snapshot.supplier.id).toBe(to.id);

    // Search follows the event, as for any other change to a service.
    await until(async () => (await indexed(service.serviceId))?.document.supplierName === 'Incoming Ibex Ltd');
  });

  it('refuses with typed errors: unknown or same supplier, a blank reason, a service that is not live, a framework that is not live', async () => {
    const { supplier: from, service } = await liveService('Stayput Systems Ltd', 'Stayput service');
    const { supplier: to } = await liveService('Elsewhere Ltd', 'Elsewhere service');
    const id = service.serviceId;

    const unknown = await category.gql(TRANSFER, { id, to: '987654321', reason: 'Novation' });
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', fieldErrors: { toSupplierId: 'There is no supplier with this ID' } });
    const same = await category.gql(TRANSFER, { id, to: String(from.id), reason: 'Novation' });
    expect(same.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { toSupplierId: expect.stringContaining('Stayput Systems Ltd already provides') } });
    const blank = await category.gql(TRANSFER, { id, to: String(to.id), reason: '   ' });
    expect(blank.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { reason: 'Enter the reason' } });
    const badId = await category.gql(TRANSFER, { id, to: 'abc', reason: 'Novation' });
    expect(badId.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const noService = await category.gql(TRANSFER, { id: '123456789012345', to: String(to.id), reason: 'Novation' });
    expect(noService.errors![0]!.extensions!.code).toBe('NOT_FOUND');

    const removed = await category.gql('mutation ($id: ID!) { setServiceStatus(id: $id, status: DISABLED, reason: "Checks") { status } }', { id });
    expect(removed.errors).toBeUndefined();
    const notLive = await category.gql(TRANSFER, { id, to: String(to.id), reason: 'Novation' });
    expect(notLive.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', serviceStatus: 'disabled' });

    const { service: old } = await liveService('Expired Elk Ltd', 'Elk service', 'g-cloud-12');
    const em = app.orm.em.fork();
    const g12 = await em.findOneOrFail(Framework, { slug: 'g-cloud-12' });
    const original = g12.status;
    g12.status = FrameworkStatus.EXPIRED;
    await em.flush();
    try {
      const expired = await category.gql(TRANSFER, { id: old.serviceId, to: String(to.id), reason: 'Novation' });
      expect(expired.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', frameworkStatus: 'expired' });
    } finally {
      g12.status = original;
      await em.flush();
    }

    // Nothing moved, nothing audited.
    expect((await app.orm.em.fork().findOneOrFail(Service, { serviceId: id })).supplier.id).toBe(from.id);
    expect(await app.orm.em.fork().count(AuditEvent, { type: AuditType.TRANSFER_SERVICE, objectId: id })).toBe(0);
    // Support admins view services but do not move them.
    expect((await support.gql(TRANSFER, { id, to: String(to.id), reason: 'Novation' })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('removing and publishing with a reason', () => {
  it('keeps the reason in the audit event and shows the last status change to admins who view services', async () => {
    const { service } = await liveService('Reasoned Removals Ltd', 'Reasoned service');
    const id = service.serviceId;
    const LAST = 'query ($id: ID!) { service(id: $id) { status publicUrl lastStatusChange { actorEmail createdAt data } } }';
    const before = await support.gql<{ service: { publicUrl: string; lastStatusChange: unknown } }>(LAST, { id });
    expect(before.data!.service.lastStatusChange).toBeNull();
    expect(before.data!.service.publicUrl).toBe(`${app.config.WEB_URL}/g-cloud/services/${id}`);

    const blank = await category.gql('mutation ($id: ID!) { setServiceStatus(id: $id, status: DISABLED, reason: " ") { status } }', { id });
    expect(blank.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { reason: 'Enter the reason' } });
    const long = await category.gql('mutation ($id: ID!, $r: String) { setServiceStatus(id: $id, status: DISABLED, reason: $r) { status } }', { id, r: 'x'.repeat(501) });
    expect(long.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { reason: 'The reason must be 500 characters or fewer' } });

    app.clock.advance(60_000);
    const removed = await category.gql('mutation ($id: ID!) { setServiceStatus(id: $id, status: DISABLED, reason: "Misleading claims") { status } }', { id });
    expect(removed.errors).toBeUndefined();
    const after = await support.gql<{ service: { status: string; lastStatusChange: { actorEmail: string; createdAt: string; data: Record<string, unknown> } } }>(LAST, { id });
    expect(after.data!.service.status).toBe('DISABLED');
    expect(after.data!.service.lastStatusChange).toMatchObject({
      createdAt: app.clock.now().toISOString(),
      data: { oldStatus: ServiceStatus.PUBLISHED, newStatus: ServiceStatus.DISABLED, reason: 'Misleading claims' },
    });
    expect(after.data!.service.lastStatusChange.actorEmail).toMatch(/@/);

    const published = await category.gql('mutation ($id: ID!) { setServiceStatus(id: $id, status: PUBLISHED, reason: "Claims corrected") { status lastStatusChange { data } } }', {
      id,
    });
    expect(published.data).toEqual({
      setServiceStatus: { status: 'PUBLISHED', lastStatusChange: { data: expect.objectContaining({ newStatus: 'published', reason: 'Claims corrected' }) } },
    });
  });
});
