import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/app/clock.js';
import { initOrm } from '../src/app/db.js';
import { seedAll } from '../src/commands/seed.js';
import { entities } from '../src/modules/index.js';
import { createSearchIndex } from '../src/modules/search/index.js';
import { Framework, FrameworkStatus } from '../src/modules/frameworks/framework.entity.js';
import { FrameworkLot } from '../src/modules/frameworks/framework-lot.entity.js';
import { Lot } from '../src/modules/frameworks/lot.entity.js';
import { User } from '../src/modules/users/user.entity.js';
import { DraftService, DraftStatus } from '../src/modules/applications/draft-service.entity.js';
import { schemasDir } from '../src/commands/schemas.js';
import { Brief } from '../src/modules/briefs/brief.entity.js';
import { BriefResponse } from '../src/modules/briefs/brief-response.entity.js';
import { DirectAwardProject } from '../src/modules/directaward/project.entity.js';
import { Outcome } from '../src/modules/outcomes/outcome.entity.js';
import { briefStatus, BriefStatus } from '../src/modules/briefs/brief.status.js';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { AuditType } from '../src/modules/audit/audit.types.js';
import { ArchivedService } from '../src/modules/services/archived-service.entity.js';
import { Service, ServiceStatus } from '../src/modules/services/service.entity.js';
import { FrameworkContent } from '../src/modules/frameworks/content/catalogue.js';
import { SchemaRegistry } from '../src/modules/frameworks/content/schema-registry.js';
import { createTestDatabase } from '../test/support/db.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/app/config.js';
import { createDocumentStorage } from '../src/app/storage/index.js';
import { Document, DocumentPurpose, documentAnswerErrors, documentIdsOf, storageKey } from '../src/modules/documents/index.js';
import type { JsonSchema } from '../src/modules/frameworks/content/json-schema.js';
import { catalogueProblems, type Listing } from './catalogue/check.js';

let orm: MikroORM;
let drop: () => Promise<void>;
const clock = new ManualClock('2024-03-01T12:00:00Z');
const content = new FrameworkContent();
const search = createSearchIndex({}, content);
const indexing = { search, clock, content };
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'dm-seed-docs-'));
const storage = createDocumentStorage(loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir }));

beforeAll(async () => {
  const db = await createTestDatabase();
  drop = db.drop;
  orm = await initOrm(db.url, entities);
});
afterAll(async () => {
  await orm?.close();
  await drop?.();
  rmSync(dataDir, { recursive: true, force: true });
});

const counts = async () => {
  const em = orm.em.fork();
  return { frameworks: await em.count(Framework), lots: await em.count(Lot), links: await em.count(FrameworkLot) };
};

describe('reference and demo seeds', () => {
  it('load every framework and lot, and can be run again without changing anything', async () => {
    await seedAll(orm, indexing, true, storage);
    const first = await counts();
    expect(first).toEqual({ frameworks: 16, lots: 11, links: 5 * 4 + 5 * 3 + 5 * 4 + 3 });
    clock.advance(86_400_000);
    const again = await seedAll(orm, indexing, true, storage);
    expect(again).toContain('demo data: already loaded');
    expect(await counts()).toEqual(first);
  }, 120_000); // 240 services with their PDFs: about 8 s on an idle machine, several times that on a busy one

  it('makes G-Cloud 13 and DOS 5 live, their predecessors expired, and a demo framework open', async () => {
    const em = orm.em.fork();
    const byStatus = async (status: FrameworkStatus) => (await em.find(Framework, { status }, { orderBy: { slug: 'asc' } })).map((f) => f.slug);
    expect(await byStatus(FrameworkStatus.LIVE)).toEqual(['digital-outcomes-and-specialists-5', 'g-cloud-13']);
    expect(await byStatus(FrameworkStatus.OPEN)).toEqual(['g-cloud-14']);
    expect(await byStatus(FrameworkStatus.EXPIRED)).toHaveLength(13);
    const g14 = await em.findOneOrFail(Framework, { slug: 'g-cloud-14' });
    // dates are relative to the clock at the first load and did not move on the second
    expect(g14.applicationsCloseAt?.toISOString()).toBe('2024-04-12T12:00:00.000Z');
  });

  it('gives the demo supplier user a supplier, and one demo account per role', async () => {
    const em = orm.em.fork();
    const supplierUser = await em.findOneOrFail(User, { email: 'supplier@example.com' }, { populate: ['supplier'] });
    expect(supplierUser.supplier?.getEntity().name).toBe('Demo Cloud Services');
    expect(new Set((await em.find(User, {})).map((u) => u.role)).size).toBe(8);
    // Each journey that changes a supplier's state has a supplier of its own.
    const journeyUsers = await em.find(
      User,
      { email: { $in: ['declarant@example.com', 'signer@example.com', 'dos-supplier@example.com', 'g-cloud-supplier@example.com'] } },
      { populate: ['supplier'], orderBy: { email: 'asc' } },
    );
    expect(journeyUsers.map((u) => [u.email, u.supplier?.getEntity().name])).toEqual([
      ['declarant@example.com', 'Bright Research Studio'],
      ['dos-supplier@example.com', 'Northern Hosting Co'],
      ['g-cloud-supplier@example.com', '24/7 Support Desk'],
      ['signer@example.com', 'Agile Delivery Partners'],
    ]);
    // The responder's company is on DOS 5; the ineligible one's is not.
    const [, dos, gCloud] = journeyUsers as [User, User, User, User];
    expect(await em.count(Service, { supplier: dos.supplier!.id, framework: { slug: 'digital-outcomes-and-specialists-5' } })).toBe(3);
    expect(await em.count(Service, { supplier: gCloud.supplier!.id, framework: { slug: 'digital-outcomes-and-specialists-5' } })).toBe(0);
  });

  it('gives the demo supplier (and the declaring journey’s supplier) a G-Cloud 14 application whose complete drafts are valid', async () => {
    const em = orm.em.fork();
    const drafts = await em.find(DraftService, { framework: { slug: 'g-cloud-14' } }, { populate: ['lot', 'supplier'] });
    expect(drafts).toHaveLength(12);
    expect(new Set(drafts.map((d) => d.supplier.getEntity().name))).toEqual(new Set(['Demo Cloud Services', 'Bright Research Studio']));
    const registry = new SchemaRegistry(schemasDir);
    for (const d of drafts.filter((x) => x.status === DraftStatus.SUBMITTED)) {
      expect(registry.validate('services', 'g-cloud-14', d.lot.getEntity().slug, d.data)).toEqual({});
    }
  });

  it('puts the demo suppliers on the live G-Cloud 13 with valid services on every lot, a few removed, one edit to review', async () => {
    const em = orm.em.fork();
    const services = await em.find(Service, { framework: { slug: 'g-cloud-13' } }, { populate: ['lot'] });
    const registry = new SchemaRegistry(schemasDir);
    expect(new Set(services.map((s) => s.lot.getEntity().slug))).toEqual(new Set(['cloud-hosting', 'cloud-software', 'cloud-support']));
    expect(services.length).toBeGreaterThanOrEqual(15);
    for (const s of services) expect(registry.validate('services', 'g-cloud-13', s.lot.getEntity().slug, s.data)).toEqual({});
    expect(new Set(services.map((s) => s.status))).toEqual(new Set([ServiceStatus.PUBLISHED, ServiceStatus.ENABLED, ServiceStatus.DISABLED]));
    expect(await em.count(ArchivedService, { framework: { slug: 'g-cloud-13' } })).toBe(services.length + 1);
    expect(await em.count(AuditEvent, { type: AuditType.UPDATE_SERVICE, acknowledged: false })).toBe(1);
  });

  it('gives every demo service and complete draft real, clean PDFs behind its upload answers', async () => {
    const em = orm.em.fork();
    const services = await em.find(Service, { framework: { slug: 'g-cloud-13' } }, { populate: ['lot', 'framework'] });
    const drafts = await em.find(DraftService, { framework: { slug: 'g-cloud-14' }, status: DraftStatus.SUBMITTED }, { populate: ['lot', 'framework'] });
    let documents = 0;
    for (const s of [...services, ...drafts]) {
      const framework = s.framework.getEntity();
      const owner = { content, supplierId: s.supplier.id, frameworkId: framework.id, frameworkSlug: framework.slug, kind: 'services', lotSlug: s.lot.getEntity().slug } as const;
      expect(await documentAnswerErrors(em, owner, s.data, true)).toEqual({});
      documents += documentIdsOf(content, framework.slug, s.lot.getEntity().slug, s.data).size;
    }
    expect(documents).toBeGreaterThanOrEqual(2 * (services.length + drafts.length));
    const one = await em.findOneOrFail(Document, { purpose: DocumentPurpose.SERVICE }, { orderBy: { id: 'asc' } });
    const stored = await storage.documents.get(storageKey(one));
    const head = await new Promise<Buffer>((resolve) => stored!.body.once('data', (c: Buffer) => (stored!.body.destroy(), resolve(c))));
    expect(head.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('gives the demo buyer valid requirements on every DOS 5 lot in every status, with valid responses and outcomes, and direct award projects at every stage', async () => {
    const em = orm.em.fork();
    const briefs = await em.find(Brief, {}, { populate: ['lot'] });
    const registry = new SchemaRegistry(schemasDir);
    for (const b of briefs) expect(registry.validate('briefs', 'digital-outcomes-and-specialists-5', b.lot.getEntity().slug, b.data)).toEqual({});
    const awarded = new Set((await em.find(BriefResponse, { awardedAt: { $ne: null } })).map((x) => x.brief.id));
    const statuses = new Set(briefs.map((b) => briefStatus({ ...b, hasAwardedResponse: awarded.has(b.id) }, clock.now())));
    expect(statuses).toEqual(new Set(Object.values(BriefStatus)));
    for (const response of await em.find(BriefResponse, { submittedAt: { $ne: null } }, { populate: ['brief.lot'] })) {
      expect(registry.validate('brief-responses', 'digital-outcomes-and-specialists-5', response.brief.getEntity().lot.getEntity().slug, response.data)).toEqual({});
    }
    expect(await em.count(Outcome, { brief: { $ne: null } })).toBe(9);
    const stages = await em.find(DirectAwardProject, {}, { orderBy: { id: 'asc' } });
    expect(stages.map((p) => [Boolean(p.lockedAt), Boolean(p.downloadedAt), Boolean(p.readyToAssessAt)])).toEqual([
      [false, false, false],
      [true, false, false],
      [true, true, false],
      [true, true, true],
      [true, true, true],
      [false, false, false],
    ]);
    expect(new Set(briefs.map((b) => b.lot.getEntity().slug)).size).toBe(3);
  });

  it('fills G-Cloud 13 with a catalogue that reads like a real one, and DOS 5 with requirements dated from the demo clock', async () => {
    const em = orm.em.fork();
    const schema = (name: string) => JSON.parse(readFileSync(path.join(schemasDir, `${name}.json`), 'utf8')) as JsonSchema;
    const services = await em.find(Service, { framework: { slug: 'g-cloud-13' } }, { populate: ['lot', 'supplier'] });
    const briefs = await em.find(Brief, {}, { populate: ['lot'] });
    expect(services.length).toBeGreaterThanOrEqual(200);
    const listings: Listing[] = [
      ...services.map((s) => ({
        kind: 'service' as const,
        owner: s.supplier.getEntity().name,
        lot: s.lot.getEntity().slug,
        data: s.data,
        schema: schema(`services-g-cloud-13-${s.lot.getEntity().slug}`),
      })),
      ...briefs.map((b) => ({
        kind: 'brief' as const,
        owner: 'the demo buyer',
        lot: b.lot.getEntity().slug,
        data: b.data,
        schema: schema(`briefs-digital-outcomes-and-specialists-5-${b.lot.getEntity().slug}`),
      })),
    ];
    expect(catalogueProblems(listings)).toEqual([]);
    for (const b of briefs.filter((x) => 'startDate' in x.data)) expect(new Date(String(b.data.startDate)).getTime()).toBeGreaterThan((b.publishedAt ?? b.createdAt).getTime());
  });

  it('does not undo an admin status change when re-run', async () => {
    const em = orm.em.fork();
    const g13 = await em.findOneOrFail(Framework, { slug: 'g-cloud-13' });
    g13.status = FrameworkStatus.EXPIRED;
    await em.flush();
    await seedAll(orm, indexing, false);
    expect((await orm.em.fork().findOneOrFail(Framework, { slug: 'g-cloud-13' })).status).toBe(FrameworkStatus.EXPIRED);
  });
});
