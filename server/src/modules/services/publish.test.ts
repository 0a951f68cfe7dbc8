import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { makeSupplier, makeUser } from '../../../test/support/factories.js';
import { DraftService, DraftStatus } from '../applications/draft-service.entity.js';
import { SupplierFramework } from '../applications/supplier-framework.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { AuditType } from '../audit/audit.types.js';
import { Framework, FrameworkStatus } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import type { Supplier } from '../suppliers/supplier.entity.js';
import { Role } from '../../shared/role.js';
import { ArchivedService } from './archived-service.entity.js';
import { publishFrameworkServices } from './publish.js';
import { Service, ServiceStatus } from './service.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ worker: true });
});
afterAll(async () => {
  await app?.close();
});

async function applicant(framework: Framework, onFramework: boolean | null): Promise<Supplier> {
  const em = app.orm.em.fork();
  const supplier = await makeSupplier(em, { companyDetailsConfirmed: true });
  em.create(SupplierFramework, { supplier, framework: framework.id, onFramework, createdAt: new Date(), updatedAt: new Date() });
  await em.flush();
  return supplier;
}

async function draft(framework: Framework, supplier: Supplier, lotSlug: string, status: DraftStatus, name: string): Promise<number> {
  const em = app.orm.em.fork();
  const lot = await em.findOneOrFail(Lot, { slug: lotSlug });
  const d = em.create(DraftService, { supplier: supplier.id, framework: framework.id, lot, status, data: { serviceName: name }, createdAt: new Date(), updatedAt: new Date() });
  await em.flush();
  return d.id;
}

async function until<T>(check: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('publishing a framework that goes live', () => {
  it('turns the submitted drafts of suppliers on the framework into live services, once', async () => {
    const em = app.orm.em.fork();
    const framework = await em.findOneOrFail(Framework, { slug: 'g-cloud-12' });
    framework.status = FrameworkStatus.STANDSTILL;
    await em.flush();
    const onIt = await applicant(framework, true);
    const notOnIt = await applicant(framework, false);
    const kept = [await draft(framework, onIt, 'cloud-hosting', DraftStatus.SUBMITTED, 'Hosting'), await draft(framework, onIt, 'cloud-support', DraftStatus.SUBMITTED, 'Support')];
    const left = [
      await draft(framework, onIt, 'cloud-software', DraftStatus.FAILED, 'Failed lot'),
      await draft(framework, onIt, 'cloud-software', DraftStatus.NOT_SUBMITTED, 'Never finished'),
      await draft(framework, notOnIt, 'cloud-software', DraftStatus.SUBMITTED, 'Unsuccessful supplier'),
    ];

    const manager = await app.signIn((await makeUser(em, { role: Role.ADMIN_FRAMEWORK_MANAGER })).email, 'admin');
    const res = await manager.gql('mutation { updateFramework(slug: "g-cloud-12", input: { status: LIVE }) { status } }');
    expect(res.data).toEqual({ updateFramework: { status: 'LIVE' } });

    const drafts = await until(async () => {
      const rows = await app.orm.em.fork().find(DraftService, { id: { $in: kept } });
      return rows.every((d) => d.serviceId) ? rows : undefined;
    });
    const check = app.orm.em.fork();
    const services = await check.find(Service, { serviceId: { $in: drafts.map((d) => d.serviceId!) } }, { orderBy: { id: 'asc' } });
    expect(services.map((s) => [s.data.serviceName, s.status, s.supplier.id])).toEqual([
      ['Hosting', ServiceStatus.PUBLISHED, onIt.id],
      ['Support', ServiceStatus.PUBLISHED, onIt.id],
    ]);
    for (const s of services) expect(s.serviceId).toMatch(/^[1-9]\d{14}$/);
    expect(await check.count(ArchivedService, { serviceId: { $in: services.map((s) => s.serviceId) } })).toBe(2);
    const audits = await check.find(AuditEvent, { type: AuditType.PUBLISH_DRAFT_SERVICE, objectId: { $in: services.map((s) => s.serviceId) } });
    expect(audits.map((a) => a.data.draftId).sort()).toEqual([...kept].sort());
    expect((await check.find(DraftService, { id: { $in: left } })).every((d) => !d.serviceId)).toBe(true);

    // Running it again (a retry, another worker) publishes nothing more.
    expect(await publishFrameworkServices(app.orm.em.fork(), app.clock, framework.id)).toBe(0);
    expect(await check.count(Service, { supplier: { $in: [onIt.id, notOnIt.id] } })).toBe(2);
  });

  it('works through many drafts in batches and never while the framework is not live', async () => {
    const em = app.orm.em.fork();
    const framework = await em.findOneOrFail(Framework, { slug: 'g-cloud-11' });
    framework.status = FrameworkStatus.STANDSTILL;
    await em.flush();
    const supplier = await applicant(framework, true);
    for (let i = 0; i < 7; i++) await draft(framework, supplier, 'cloud-software', DraftStatus.SUBMITTED, `Service ${i}`);
    expect(await publishFrameworkServices(app.orm.em.fork(), app.clock, framework.id, { batchSize: 3 })).toBe(0);
    framework.status = FrameworkStatus.LIVE;
    await em.flush();
    expect(await publishFrameworkServices(app.orm.em.fork(), app.clock, framework.id, { batchSize: 3 })).toBe(7);
    const ids = (await app.orm.em.fork().find(Service, { supplier: supplier.id })).map((s) => s.serviceId);
    expect(new Set(ids).size).toBe(7);
  });
});
