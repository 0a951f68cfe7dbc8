import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { rng, validAnswers } from '../../../seeds/answers.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { makeSupplier, makeUser } from '../../../test/support/factories.js';
import { schemasDir } from '../../commands/schemas.js';
import { Framework } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { importService } from '../services/service.import.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { Role } from '../../shared/role.js';
import { servicesIndex } from './documents.js';
import { SearchDocument } from './search-document.entity.js';
import { closeBriefsInIndexJob, reindexAll } from './search.sync.js';
import { Brief } from '../briefs/brief.entity.js';

let app: TestApp;
const schema = JSON.parse(readFileSync(path.join(schemasDir, 'services-g-cloud-13-cloud-software.json'), 'utf8')) as Record<string, unknown>;

beforeAll(async () => {
  app = await createTestApp({ worker: true });
});
afterAll(async () => {
  await app?.close();
});

async function until<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error('the index did not catch up in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A document as searches see it: in the active physical index behind the alias. */
async function activeDoc(alias: string, objectId: string): Promise<SearchDocument | null> {
  const [active] = await app.orm.em
    .fork()
    .execute<Array<{ physical_name: string }>>(`select physical_name from search_indices where engine = 'postgres' and alias = ? and state = 'active'`, [alias]);
  return active ? app.orm.em.fork().findOne(SearchDocument, { indexName: active.physical_name, objectId }) : null;
}
const doc = (serviceId: string) => activeDoc(servicesIndex('g-cloud-13'), serviceId);

describe('search index sync', () => {
  it('follows every committed service change through jobs (import, edit, removal) and announces each on the subscription', async () => {
    const em = app.orm.em.fork();
    const supplier = await makeSupplier(em, { name: 'Index Me Ltd' });
    const user = await makeUser(em, { role: Role.SUPPLIER, supplier: em.getReference(Supplier, supplier.id, { wrapped: true }) });
    // Imported in a transaction: its audit event is indexed by the search handler like any other change.
    const service = await em.transactional(async (tx) =>
      importService(tx, new Date(), {
        supplier: tx.getReference(Supplier, supplier.id),
        framework: await tx.findOneOrFail(Framework, { slug: 'g-cloud-13' }),
        lot: await tx.findOneOrFail(Lot, { slug: 'cloud-software' }),
        data: { ...validAnswers(schema, rng(1)), serviceName: 'Okapi case manager' },
      }),
    );
    const first = await until(async () => (await doc(service.serviceId))?.document.serviceName === 'Okapi case manager' && (await doc(service.serviceId)));
    expect(first).toMatchObject({ deleted: false });
    expect((await app.search.findServices(app.orm.em.fork(), { q: 'okapi' }, 10)).serviceIds).toEqual([service.serviceId]);

    // A subscriber hears about the next update of this service, relayed from the worker through Postgres.
    let connected!: () => void;
    const open = new Promise<void>((resolve) => (connected = resolve));
    const client = createClient({ url: `${app.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, on: { connected: () => connected() } });
    await open;
    const heard = new Promise<Record<string, unknown>>((resolve, reject) => {
      client.subscribe<Record<string, unknown>>(
        {
          query: 'subscription ($id: String) { searchIndexUpdates(objectType: "service", objectId: $id) { index objectType objectId action version at } }',
          variables: { id: service.serviceId },
        },
        { next: (v) => resolve(v.data!.searchIndexUpdates as Record<string, unknown>), error: reject, complete: () => undefined },
      );
    });
    await new Promise((r) => setTimeout(r, 1000)); // the subscribe message has been handled
    const owner = await app.signIn(user.email);
    const edited = await owner.gql('mutation ($id: ID!) { updateService(id: $id, answers: { serviceName: "Okapi casework platform" }) { id } }', { id: service.serviceId });
    expect(edited.errors).toBeUndefined();
    await until(async () => (await doc(service.serviceId))?.document.serviceName === 'Okapi casework platform');
    const event = await heard;
    await client.dispose();
    expect(event).toMatchObject({ index: 'services-g-cloud-13', objectType: 'service', objectId: service.serviceId, action: 'upsert' });
    expect(BigInt(event.version as string)).toBeGreaterThan(BigInt(first.version));
    expect((await app.search.findServices(app.orm.em.fork(), { q: 'okapi casework' }, 10)).serviceIds).toEqual([service.serviceId]);

    expect((await owner.gql('mutation ($id: ID!) { removeService(id: $id) { id } }', { id: service.serviceId })).errors).toBeUndefined();
    const removed = await until(async () => (await doc(service.serviceId))?.deleted && (await doc(service.serviceId)));
    expect(removed.document).toEqual({});
    expect((await app.search.findServices(app.orm.em.fork(), { q: 'okapi' }, 10)).total).toBe(0);
  });

  it('never lets an older update overwrite a newer one, removals included', async () => {
    const em = app.orm.em.fork();
    const base = { indexName: 'services-test', objectType: 'service' as const, objectId: 'version-test' };
    expect(await app.search.apply(em, { action: 'upsert', ...base, document: { serviceName: 'v2' }, searchText: 'v2' }, 2000n)).toBe(true);
    expect(await app.search.apply(em, { action: 'upsert', ...base, document: { serviceName: 'v1' }, searchText: 'v1' }, 1000n)).toBe(false);
    expect(await app.search.apply(em, { action: 'delete', ...base }, 3000n)).toBe(true);
    expect(await app.search.apply(em, { action: 'upsert', ...base, document: { serviceName: 'late v2.5' }, searchText: 'late' }, 2500n)).toBe(false);
    const row = (await activeDoc('services-test', 'version-test'))!;
    expect([row.deleted, row.version]).toEqual([true, '3000']);
  });

  it('moves a brief from live to closed in the index when its closing job runs', async () => {
    const em = app.orm.em.fork();
    const buyer = await makeUser(em, { role: Role.BUYER });
    const b = await app.signIn(buyer.email);
    const briefSchema = JSON.parse(readFileSync(path.join(schemasDir, 'briefs-digital-outcomes-and-specialists-5-digital-outcomes.json'), 'utf8')) as Record<string, unknown>;
    const answers = { ...validAnswers(briefSchema, rng(2)), title: 'Indexed opportunity', technicalWeighting: 60, culturalWeighting: 10, priceWeighting: 30 };
    const id = (
      await b.gql<{ createBrief: { id: string } }>(
        'mutation ($a: JSONObject) { createBrief(frameworkSlug: "digital-outcomes-and-specialists-5", lotSlug: "digital-outcomes", answers: $a) { id } }',
        { a: answers },
      )
    ).data!.createBrief.id;
    const briefDoc = () => activeDoc('briefs-digital-outcomes-and-specialists', id);
    expect(await briefDoc()).toBeNull(); // drafts are not indexed
    await b.gql('mutation ($id: ID!) { publishBrief(id: $id) { id } }', { id });
    await until(async () => (await briefDoc())?.document.status === 'live');
    // The test clock is in 2024, so the closing job (scheduled for then) is already due: once the
    // clock passes the deadline, its retry tells the buyer and re-indexes the brief as closed.
    app.clock.set('2024-06-18T00:00:05Z');
    const closed = await until(async () => (await briefDoc())?.document.status === 'closed' && (await briefDoc()), 90_000);
    expect(closed.document).toMatchObject({ status: 'closed', statusOrder: 1, title: 'Indexed opportunity' });
  }, 120_000);

  it('re-indexes briefs whose deadline has just passed, every minute, whatever wrote them', async () => {
    const em = app.orm.em.fork();
    const now = app.clock.now();
    const brief = em.create(Brief, {
      framework: await em.findOneOrFail(Framework, { slug: 'digital-outcomes-and-specialists-5' }),
      lot: await em.findOneOrFail(Lot, { slug: 'digital-outcomes' }),
      data: { title: 'Loaded without a closing job', summary: 'Loaded directly' },
      createdAt: new Date(now.getTime() - 86_400_000),
      updatedAt: now,
      publishedAt: new Date(now.getTime() - 86_400_000),
      applicationsClosedAt: new Date(now.getTime() + 30_000),
    });
    await em.flush();
    await reindexAll(app.orm.em.fork(), app);
    const briefDoc = () => activeDoc('briefs-digital-outcomes-and-specialists', String(brief.id));
    expect((await briefDoc())!.document.status).toBe('live');
    const run = () =>
      closeBriefsInIndexJob.handle(
        {},
        { jobId: 'test', attempt: 1, em: app.orm.em.fork(), clock: app.clock, logger: app.logger, jobs: app.jobs, mailer: null, search: app.search, content: app.content },
      );
    await run(); // not yet closed: nothing changes
    expect((await briefDoc())!.document.status).toBe('live');
    app.clock.set(new Date(now.getTime() + 90_000).toISOString());
    await run();
    expect((await briefDoc())!.document).toMatchObject({ status: 'closed', statusOpenClosed: 'closed' });
    expect(closeBriefsInIndexJob.cron).toBe('* * * * *');
  });
});
