import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rng, validAnswers } from '../../../seeds/answers.js';
import { createTestApp, type Browser, type TestApp } from '../../../test/support/app.js';
import { makeSupplier, makeUser } from '../../../test/support/factories.js';
import { schemasDir } from '../../commands/schemas.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { AuditType } from '../audit/audit.types.js';
import { Framework, FrameworkStatus } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { Role } from '../../shared/role.js';
import { ArchivedService } from './archived-service.entity.js';
import { Service, ServiceStatus } from './service.entity.js';
import { importService } from './service.import.js';

let app: TestApp;
let category: Browser;
let admin: Browser;
const r = rng(7);
const schema = (lot: string) => JSON.parse(readFileSync(path.join(schemasDir, `services-g-cloud-13-${lot}.json`), 'utf8')) as Record<string, unknown>;

beforeAll(async () => {
  app = await createTestApp();
  const em = app.orm.em.fork();
  category = await app.signIn((await makeUser(em, { role: Role.ADMIN_CCS_CATEGORY })).email, 'admin');
  admin = await app.signIn((await makeUser(em, { role: Role.ADMIN })).email, 'admin');
});
afterAll(async () => {
  await app?.close();
});

/** A supplier with a signed-in user and one live G-Cloud 13 service per lot given. */
async function supplierWithServices(lots: string[] = ['cloud-software'], framework = 'g-cloud-13') {
  const em = app.orm.em.fork();
  const supplier = await makeSupplier(em, { companyDetailsConfirmed: true });
  const user = await makeUser(em, { role: Role.SUPPLIER, supplier: em.getReference(Supplier, supplier.id, { wrapped: true }) });
  const fw = await em.findOneOrFail(Framework, { slug: framework });
  const services: Service[] = [];
  for (const slug of lots) {
    const data = validAnswers(schema(slug), r);
    data.serviceName = `${slug} service ${services.length + 1}`;
    services.push(await importService(em, app.clock.now(), { supplier, framework: fw, lot: await em.findOneOrFail(Lot, { slug }), data }));
  }
  return { supplier, services, browser: await app.signIn(user.email) };
}

const READ = '{ service(id: "%") { id status data lot { slug } framework { slug } supplier { name } unavailability { reason since } } }';
const read = (b: { gql: TestApp['gql'] }, id: string) => b.gql<{ service: { status: string; unavailability: { reason: string } | null } }>(READ.replace('%', id));
const UPDATE = 'mutation ($id: ID!, $a: JSONObject!) { updateService(id: $id, answers: $a) { id data updatedAt } }';

async function setStatus(serviceId: string, status: ServiceStatus) {
  const em = app.orm.em.fork();
  (await em.findOneOrFail(Service, { serviceId })).status = status;
  await em.flush();
}

describe('reading a service', () => {
  it('gives buyers live services, GONE with the reason for removed ones, NOT_FOUND for deleted; owners and admins see more', async () => {
    const { services, browser: owner } = await supplierWithServices(['cloud-hosting']);
    const id = services[0]!.serviceId;
    expect(id).toMatch(/^[1-9]\d{14}$/);
    const live = await read(app, id);
    expect(live.data!.service).toMatchObject({ id, status: 'PUBLISHED', lot: { slug: 'cloud-hosting' }, framework: { slug: 'g-cloud-13' }, unavailability: null });

    app.clock.advance(60_000);
    expect((await owner.gql('mutation ($id: ID!) { removeService(id: $id) { status } }', { id })).data).toEqual({ removeService: { status: 'ENABLED' } });
    const gone = await read(app, id);
    expect(gone.errors![0]!.extensions).toMatchObject({ code: 'GONE', reason: 'REMOVED_BY_SUPPLIER', serviceId: id, unavailableSince: app.clock.now().toISOString() });
    expect((await read(owner, id)).data!.service).toMatchObject({ status: 'ENABLED', unavailability: { reason: 'REMOVED_BY_SUPPLIER' } });

    expect(gone.errors![0]!.message).toBe(`${(await app.orm.em.fork().findOneOrFail(Supplier, { id: services[0]!.supplier.id })).name} stopped offering this service`);

    await setStatus(id, ServiceStatus.DISABLED);
    const removed = await read(app, id);
    expect(removed.errors![0]!.extensions).toMatchObject({ code: 'GONE', reason: 'REMOVED_BY_ADMIN' });
    // The marketplace removed it, not the supplier.
    expect(removed.errors![0]!.message).toBe('This service was removed from the Digital Marketplace');

    await setStatus(id, ServiceStatus.DELETED);
    expect((await read(app, id)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await read(owner, id)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await read(admin, id)).data!.service.status).toBe('DELETED');

    expect((await read(app, '123456789012345')).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await read(app, 'bad id!')).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('answers GONE for services of an expired framework and NOT_FOUND before a framework is live', async () => {
    const em = app.orm.em.fork();
    const { services } = await supplierWithServices(['cloud-support'], 'g-cloud-12');
    const g12 = await em.findOneOrFail(Framework, { slug: 'g-cloud-12' });
    const original = g12.status;
    g12.status = FrameworkStatus.EXPIRED;
    await em.flush();
    expect((await read(app, services[0]!.serviceId)).errors![0]!.extensions).toMatchObject({ code: 'GONE', reason: 'FRAMEWORK_EXPIRED' });
    g12.status = FrameworkStatus.STANDSTILL;
    await em.flush();
    expect((await read(app, services[0]!.serviceId)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    g12.status = original;
    await em.flush();
  });
});

describe('editing a live service', () => {
  it('lets the supplier change only the live-edit questions, validates the whole service, and archives and audits each change', async () => {
    const { services, browser } = await supplierWithServices(['cloud-software']);
    const id = services[0]!.serviceId;

    const notAllowed = await browser.gql(UPDATE, { id, a: { serviceName: 'Better name', priceMin: '1' } });
    expect(notAllowed.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fieldErrors: { priceMin: 'You cannot change this answer on a live service' } });
    const invalid = await browser.gql(UPDATE, { id, a: { serviceName: 'x'.repeat(101) } });
    expect(invalid.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { serviceName: 'Your service name must be 100 characters or fewer.' } });
    const cleared = await browser.gql(UPDATE, { id, a: { serviceName: null } });
    expect(cleared.errors![0]!.extensions!.fieldErrors).toHaveProperty('serviceName');

    const em = app.orm.em.fork();
    const before = await em.count(ArchivedService, { serviceId: id });
    const ok = await browser.gql<{ updateService: { data: Record<string, unknown> } }>(UPDATE, { id, a: { serviceName: '  Better name  ' } });
    expect(ok.data!.updateService.data.serviceName).toBe('Better name');
    expect(await em.count(ArchivedService, { serviceId: id })).toBe(before + 1);
    const event = await em.findOneOrFail(AuditEvent, { type: AuditType.UPDATE_SERVICE, objectId: id });
    expect(event.acknowledged).toBe(false);
    expect(event.data).toMatchObject({ serviceId: id, updated: ['serviceName'], newArchivedServiceId: expect.any(Number), oldArchivedServiceId: expect.any(Number) });

    // Answers written inline in the query (objects without a prototype) are read like variables.
    const inline = await browser.gql(`mutation { updateService(id: "${id}", answers: { serviceName: "Inline name" }) { id } }`);
    expect(inline.errors).toBeUndefined();
    await browser.gql(UPDATE, { id, a: { serviceName: 'Better name' } });
    const before2 = await em.count(ArchivedService, { serviceId: id });

    // Saving the same answers again changes nothing and leaves no trace.
    await browser.gql(UPDATE, { id, a: { serviceName: 'Better name' } });
    expect(await em.count(ArchivedService, { serviceId: id })).toBe(before2);
    expect(before2).toBe(before + 3);
    expect(await em.count(AuditEvent, { type: AuditType.UPDATE_SERVICE, objectId: id })).toBe(3);
  });

  it('lets category admins change any editable question as an admin edit, outside the review queue', async () => {
    const { services } = await supplierWithServices(['cloud-support']);
    const id = services[0]!.serviceId;
    const res = await category.gql<{ updateService: { data: Record<string, unknown> } }>(UPDATE, { id, a: { priceMin: '12.50', serviceName: 'Renamed by CCS' } });
    expect(res.data!.updateService.data).toMatchObject({ priceMin: '12.50', serviceName: 'Renamed by CCS' });
    const fixed = await category.gql(UPDATE, { id, a: { lot: 'cloud-hosting' } });
    expect(fixed.errors![0]!.extensions!.fieldErrors).toEqual({ lot: 'This question cannot be changed on this service' });
    const em = app.orm.em.fork();
    expect(await em.count(AuditEvent, { type: AuditType.UPDATE_SERVICE_ADMIN, objectId: id })).toBe(1);
    expect(await em.count(AuditEvent, { type: AuditType.UPDATE_SERVICE, objectId: id })).toBe(0);
  });

  it('refuses a minimum price above the maximum, compared as decimals, and stores nothing', async () => {
    const { services } = await supplierWithServices(['cloud-support']);
    const id = services[0]!.serviceId;
    const em = app.orm.em.fork();
    const before = await em.count(ArchivedService, { serviceId: id });
    const res = await category.gql(UPDATE, { id, a: { priceMin: '900', priceMax: '100' } });
    expect(res.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fieldErrors: { priceMax: 'Minimum price must be less than maximum price.' } });
    const stored = await app.orm.em.fork().findOneOrFail(Service, { serviceId: id });
    expect([stored.data.priceMin, stored.data.priceMax]).toEqual([services[0]!.data.priceMin, services[0]!.data.priceMax]);
    expect(await em.count(ArchivedService, { serviceId: id })).toBe(before);
    expect((await category.gql(UPDATE, { id, a: { priceMin: '100.5', priceMax: '0900' } })).errors).toBeUndefined();
    // Taking away the maximum leaves nothing to compare.
    expect((await category.gql(UPDATE, { id, a: { priceMin: '5000', priceMax: null } })).errors).toBeUndefined();
  });

  it('keeps other suppliers out and refuses changes to deleted services or services of frameworks that are not live', async () => {
    const { services } = await supplierWithServices(['cloud-software']);
    const { browser: other } = await supplierWithServices([]);
    const id = services[0]!.serviceId;
    expect((await other.gql(UPDATE, { id, a: { serviceName: 'Mine now' } })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await other.gql('mutation ($id: ID!) { removeService(id: $id) { id } }', { id })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await other.gql(READ.replace('%', id))).data).toBeTruthy();

    await setStatus(id, ServiceStatus.DELETED);
    const deleted = await category.gql(UPDATE, { id, a: { serviceName: 'Back' } });
    expect(deleted.errors![0]).toMatchObject({ message: 'This service has been deleted and cannot be changed', extensions: { code: 'CONFLICT' } });

    const { services: old } = await supplierWithServices(['cloud-support'], 'g-cloud-12');
    const em = app.orm.em.fork();
    const g12 = await em.findOneOrFail(Framework, { slug: 'g-cloud-12' });
    const status = g12.status;
    g12.status = FrameworkStatus.EXPIRED;
    await em.flush();
    const expired = await category.gql('mutation ($id: ID!) { setServiceStatus(id: $id, status: DISABLED) { id } }', { id: old[0]!.serviceId });
    expect(expired.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', frameworkStatus: 'expired' });
    g12.status = status;
    await em.flush();
  });
});

describe('status changes', () => {
  it('suppliers remove only live services; category admins remove, publish, delete and suspend a supplier on a framework', async () => {
    const { supplier, services, browser } = await supplierWithServices(['cloud-hosting', 'cloud-software', 'cloud-support']);
    const [a, b, c] = services.map((s) => s.serviceId);
    const remove = (id: string) => browser.gql('mutation ($id: ID!) { removeService(id: $id) { status } }', { id });
    expect((await remove(a!)).data).toEqual({ removeService: { status: 'ENABLED' } });
    expect((await remove(a!)).errors![0]).toMatchObject({ message: 'Only a live service can be removed', extensions: { code: 'CONFLICT' } });

    const set = (id: string, status: string) =>
      category.gql<{ setServiceStatus: { status: string } }>(`mutation ($id: ID!) { setServiceStatus(id: $id, status: ${status}) { status } }`, { id });
    expect((await set(b!, 'DISABLED')).data!.setServiceStatus.status).toBe('DISABLED');
    expect((await set(b!, 'DISABLED')).errors![0]!.extensions!.code).toBe('CONFLICT');
    expect((await set(b!, 'PUBLISHED')).data!.setServiceStatus.status).toBe('PUBLISHED');

    const suspend = (suspended: boolean) =>
      category.gql<{ setSupplierServicesSuspended: Array<{ id: string; status: string }> }>(
        'mutation ($s: ID!, $x: Boolean!) { setSupplierServicesSuspended(supplierId: $s, frameworkSlug: "g-cloud-13", suspended: $x) { id status } }',
        { s: String(supplier.id), x: suspended },
      );
    const suspended = (await suspend(true)).data!.setSupplierServicesSuspended;
    expect(suspended.map((s) => s.id).sort()).toEqual([b, c].sort());
    expect(suspended.every((s) => s.status === 'DISABLED')).toBe(true);
    expect((await suspend(true)).errors![0]!.extensions!.code).toBe('CONFLICT');
    // Un-suspending leaves the service the supplier removed itself alone.
    expect((await suspend(false)).data!.setSupplierServicesSuspended.map((s) => s.id).sort()).toEqual([b, c].sort());
    expect((await read(browser, a!)).data!.service.status).toBe('ENABLED');

    const em = app.orm.em.fork();
    const events = await em.find(AuditEvent, { type: AuditType.UPDATE_SERVICE_STATUS, objectId: b }, { orderBy: { id: 'asc' } });
    expect(events.map((e) => [e.data.oldStatus, e.data.newStatus])).toEqual([
      ['published', 'disabled'],
      ['disabled', 'published'],
      ['published', 'disabled'],
      ['disabled', 'published'],
    ]);
    expect(await em.count(ArchivedService, { serviceId: b })).toBe(5);
    expect((await set(c!, 'DELETED')).data!.setServiceStatus.status).toBe('DELETED');
  });
});

describe('reviewing supplier edits', () => {
  it('queues the earliest unreviewed edit per service, shows the diff, and approves an edit with the ones before it', async () => {
    const { services, browser } = await supplierWithServices(['cloud-software']);
    const id = services[0]!.serviceId;
    const first = services[0]!.data.serviceDescription;
    for (const [i, name] of ['Edit one', 'Edit two'].entries()) {
      app.clock.advance(1000);
      await browser.gql(UPDATE, { id, a: i === 0 ? { serviceName: name } : { serviceName: name, serviceDescription: 'A clearer description' } });
    }
    const queue = await category.gql<{ serviceUpdatesToReview: { totalCount: number; nodes: Array<{ id: string; service: { id: string } }> } }>(
      '{ serviceUpdatesToReview(first: 100) { totalCount nodes { id service { id } } } }',
    );
    const entry = queue.data!.serviceUpdatesToReview.nodes.find((n) => n.service.id === id)!;
    expect(entry).toBeTruthy();

    // The supplier sees that its edits wait for review (not what the reviewers see); the public does not.
    const own = await browser.gql<{ service: { editsAwaitingReviewSince: string | null; pendingUpdates: unknown } }>(
      `{ service(id: "${id}") { editsAwaitingReviewSince pendingUpdates { id } } }`,
    );
    expect(own.data!.service.pendingUpdates).toBeNull();
    expect(own.data!.service.editsAwaitingReviewSince).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));
    const publicView = await app.gql<{ service: { editsAwaitingReviewSince: string | null } }>(`{ service(id: "${id}") { editsAwaitingReviewSince } }`);
    expect(publicView.data!.service.editsAwaitingReviewSince).toBeNull();

    const review = await category.gql<{ service: { pendingUpdates: Array<{ id: string; data: { oldArchivedServiceId: number } }> } }>(
      '{ service(id: "%") { pendingUpdates { id data } } }'.replace('%', id),
    );
    const pending = review.data!.service.pendingUpdates;
    expect(pending.map((p) => p.id)).toEqual([entry.id, expect.any(String)]);
    const base = pending[0]!.data.oldArchivedServiceId;
    const diff = await category.gql<{ service: { diff: Array<{ questionId: string; question: string; before: unknown; after: unknown }> } }>(
      `{ service(id: "${id}") { diff(from: "${base}") { questionId question before after } } }`,
    );
    expect(diff.data!.service.diff).toEqual([
      { questionId: 'serviceName', question: 'Service name', before: 'cloud-software service 1', after: 'Edit two' },
      { questionId: 'serviceDescription', question: expect.any(String), before: first, after: 'A clearer description' },
    ]);
    expect((await browser.gql(`{ service(id: "${id}") { diff(from: "${base}") { questionId } } }`)).errors![0]!.extensions!.code).toBe('FORBIDDEN');

    // Approving the first edit leaves the later one pending.
    const ack = await category.gql<{ acknowledgeServiceUpdates: Array<{ id: string }> }>(
      'mutation ($id: ID!, $e: Int!) { acknowledgeServiceUpdates(id: $id, auditEventId: $e) { id } }',
      {
        id,
        e: Number(pending[0]!.id),
      },
    );
    expect(ack.data!.acknowledgeServiceUpdates.map((e) => e.id)).toEqual([pending[0]!.id]);
    const again = await category.gql('mutation ($id: ID!, $e: Int!) { acknowledgeServiceUpdates(id: $id, auditEventId: $e) { id } }', { id, e: Number(pending[0]!.id) });
    expect(again.errors![0]!.extensions!.code).toBe('CONFLICT');
    const wrong = await category.gql('mutation ($id: ID!, $e: Int!) { acknowledgeServiceUpdates(id: $id, auditEventId: $e) { id } }', {
      id: '123456789012345',
      e: Number(pending[1]!.id),
    });
    expect(wrong.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const rest = await category.gql<{ acknowledgeServiceUpdates: Array<{ id: string }> }>(
      'mutation ($id: ID!, $e: Int!) { acknowledgeServiceUpdates(id: $id, auditEventId: $e) { id } }',
      {
        id,
        e: Number(pending[1]!.id),
      },
    );
    expect(rest.data!.acknowledgeServiceUpdates.map((e) => e.id)).toEqual([pending[1]!.id]);
    const after = await category.gql<{ serviceUpdatesToReview: { nodes: Array<{ service: { id: string } }> } }>(
      '{ serviceUpdatesToReview(first: 100) { nodes { service { id } } } }',
    );
    expect(after.data!.serviceUpdatesToReview.nodes.some((n) => n.service.id === id)).toBe(false);
    const reviewed = await browser.gql<{ service: { editsAwaitingReviewSince: string | null } }>(`{ service(id: "${id}") { editsAwaitingReviewSince } }`);
    expect(reviewed.data!.service.editsAwaitingReviewSince).toBeNull();
  });

  it('lists versions oldest first and reverts to one of them', async () => {
    const { services, browser } = await supplierWithServices(['cloud-hosting']);
    const id = services[0]!.serviceId;
    await browser.gql(UPDATE, { id, a: { serviceName: 'Changed' } });
    const versions = await category.gql<{ archivedServices: { totalCount: number; nodes: Array<{ id: string; data: { serviceName: string } }> } }>(
      `{ archivedServices(serviceId: "${id}") { totalCount nodes { id data } } }`,
    );
    expect(versions.data!.archivedServices.nodes.map((v) => v.data.serviceName)).toEqual(['cloud-hosting service 1', 'Changed']);
    const [original] = versions.data!.archivedServices.nodes;
    const reverted = await category.gql<{ revertService: { data: { serviceName: string } } }>(
      'mutation ($id: ID!, $a: ID!) { revertService(id: $id, archivedServiceId: $a) { data } }',
      { id, a: original!.id },
    );
    expect(reverted.data!.revertService.data.serviceName).toBe('cloud-hosting service 1');
    const { services: others } = await supplierWithServices(['cloud-hosting']);
    const foreign = await category.gql('mutation ($id: ID!, $a: ID!) { revertService(id: $id, archivedServiceId: $a) { id } }', { id: others[0]!.serviceId, a: original!.id });
    expect(foreign.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { archivedServiceId: 'Choose a version of this service' } });
  });
});

describe('nested lists', () => {
  it('suppliers → services → lot and framework run a bounded number of statements, whatever the page size', async () => {
    for (let i = 0; i < 6; i++) await supplierWithServices(['cloud-hosting', 'cloud-software', 'cloud-support']);
    const query = (first: number) => `{ suppliers(first: ${first}) { nodes { name services { id status lot { slug } framework { slug } } } } }`;
    app.queries.length = 0;
    const big = await app.gql<{ suppliers: { nodes: Array<{ services: unknown[] }> } }>(query(100));
    expect(big.data!.suppliers.nodes.flatMap((n) => n.services).length).toBeGreaterThan(15);
    // suppliers + count, contacts-free: services, frameworks, lots.
    expect(app.queries.length).toBeLessThanOrEqual(5);
  });
});

describe('the G-Cloud supplier A to Z', () => {
  it('lists active suppliers with a service buyers can buy on a live G-Cloud framework, by letter, a page at a time', async () => {
    const em = app.orm.em.fork();
    const framework = (slug: string) => em.findOneOrFail(Framework, { slug });
    const [g13, g12, dos5] = [await framework('g-cloud-13'), await framework('g-cloud-12'), await framework('digital-outcomes-and-specialists-5')];
    const lot = (slug: string) => em.findOneOrFail(Lot, { slug });
    const add = async (name: string, framework: Framework, lotSlug: string, status = ServiceStatus.PUBLISHED, active = true) => {
      const supplier = await makeSupplier(em, { name, active });
      await importService(em, app.clock.now(), { supplier, framework, lot: await lot(lotSlug), data: { serviceName: `${name} service` }, status });
    };
    await add('Quokka Hosting', g13, 'cloud-hosting');
    await add('quince Cloud', g13, 'cloud-software');
    await add('Quarry Data', g13, 'cloud-support');
    await add('Quasar Outcomes', dos5, 'digital-outcomes');
    await add('Quill Systems', g13, 'cloud-support', ServiceStatus.DISABLED);
    await add('Quiet Retired', g12, 'cloud-support');
    await add('Quartz Closed', g13, 'cloud-support', ServiceStatus.PUBLISHED, false);
    await add('9 Lives Cloud', g13, 'cloud-hosting');

    const list = (args: string) =>
      app.gql<{ gCloudSuppliers: { totalCount: number; nodes: Array<{ name: string }>; pageInfo: { hasNextPage: boolean } } }>(
        `{ gCloudSuppliers(${args}) { totalCount nodes { name } pageInfo { hasNextPage } } }`,
      );
    const q = (await list('prefix: "q"')).data!.gCloudSuppliers;
    expect(q.nodes.map((n) => n.name)).toEqual(['Quarry Data', 'quince Cloud', 'Quokka Hosting']);
    const second = (await list('prefix: "Q", page: 2, first: 2')).data!.gCloudSuppliers;
    expect([second.nodes.map((n) => n.name), second.totalCount, second.pageInfo.hasNextPage]).toEqual([['Quokka Hosting'], 3, false]);
    expect((await list('prefix: "Q", page: 1, first: 2')).data!.gCloudSuppliers.pageInfo.hasNextPage).toBe(true);
    expect((await list('prefix: "Q", page: 9')).data!.gCloudSuppliers).toMatchObject({ nodes: [], totalCount: 3 });
    expect((await list('prefix: "other"')).data!.gCloudSuppliers.nodes.map((n) => n.name)).toContain('9 Lives Cloud');
    for (const bad of ['prefix: "qq"', 'page: 0', 'first: 101']) {
      const res = await list(bad);
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: expect.any(Object) });
    }
  });
});
