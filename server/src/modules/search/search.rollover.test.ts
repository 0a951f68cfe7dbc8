import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { makeSupplier, makeUser } from '../../../test/support/factories.js';
import { startOpenSearch, type RunningOpenSearch } from '../../../test/support/opensearch.js';
import { Framework } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { Service, ServiceStatus } from '../services/service.entity.js';
import { importService } from '../services/service.import.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { Role } from '../../shared/role.js';
import { indexStatus, rebuildIndex, type RebuildProgress } from './search.indices.js';
import { queueIndex } from './search.sync.js';

/**
 * Dated indices behind aliases, on both engines, with the real worker applying index jobs: a
 * rebuild misses nothing written while it streams, swaps atomically, keeps a previous index that
 * stays current for a rollback, and reports progress on the feed. Then an OpenSearch outage.
 */
const ALIAS = 'services-g-cloud-13';

async function until<T>(check: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

describe.each([['postgres'], ['opensearch']])('%s: rebuild, swap and rollback', (engine) => {
  let app: TestApp;
  let supplierId: number;
  const ids: string[] = [];

  const serviceIds = async () => (await app.search.findServices(app.orm.em.fork(), { q: 'gazelle' }, 100)).serviceIds.sort();
  const add = async (name: string) => {
    const em = app.orm.em.fork();
    const s = await em.transactional(async (tx) =>
      importService(tx, new Date(), {
        supplier: tx.getReference(Supplier, supplierId),
        framework: await tx.findOneOrFail(Framework, { slug: 'g-cloud-13' }),
        lot: await tx.findOneOrFail(Lot, { slug: 'cloud-support' }),
        data: { serviceName: name, serviceDescription: `${name}: gazelle support` },
      }),
    );
    await until(async () => (await serviceIds()).includes(s.serviceId), `${name} to be searchable`);
    return s.serviceId;
  };
  const remove = async (serviceId: string) => {
    await app.orm.em.fork().transactional(async (tx) => {
      (await tx.findOneOrFail(Service, { serviceId })).status = ServiceStatus.DISABLED;
      await queueIndex(tx, app.jobs, 'service', serviceId);
    });
    await until(async () => !(await serviceIds()).includes(serviceId), `${serviceId} to leave search`);
  };
  const status = async () => (await indexStatus(app.orm.em.fork(), app.search)).find((a) => a.alias === ALIAS)!.indices;

  beforeAll(async () => {
    const prefix = `rollover-${Date.now()}-`;
    app = await createTestApp({
      worker: true,
      env: engine === 'opensearch' ? { OPENSEARCH_URL: inject('opensearchUrl'), OPENSEARCH_INDEX_PREFIX: prefix } : { OPENSEARCH_INDEX_PREFIX: prefix },
    });
    supplierId = (await makeSupplier(app.orm.em.fork(), { name: 'Gazelle Ltd' })).id;
    for (let i = 0; i < 12; i++) ids.push(await add(`Gazelle ${i}`));
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('streams a new index in batches while changes keep arriving, then swaps it in; progress on the feed', async () => {
    const before = await status();
    expect(before.map((i) => [i.state, i.documents])).toEqual([['active', 12]]);

    let connected!: () => void;
    const open = new Promise<void>((resolve) => (connected = resolve));
    const ws = createClient({ url: `${app.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, on: { connected: () => connected() } });
    await open;
    const events: Array<Record<string, unknown>> = [];
    const complete = new Promise<void>((resolve, reject) => {
      ws.subscribe<Record<string, unknown>>(
        { query: `subscription { searchIndexUpdates(index: "${ALIAS}", objectType: "index") { index objectType objectId action indexed total } }` },
        {
          next: (v) => {
            const e = v.data!.searchIndexUpdates as Record<string, unknown>;
            events.push(e);
            if (e.action === 'rebuild-complete') resolve();
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    await new Promise((r) => setTimeout(r, 1000));

    let late = '';
    const progress: RebuildProgress[] = [];
    const done = await rebuildIndex(app.orm.em.fork(), app, ALIAS, {
      batchSize: 5,
      onProgress: async (p) => {
        progress.push(p);
        if (progress.length === 1) {
          // While the rebuild streams: a new service, and a removal of one already streamed.
          late = await add('Gazelle late arrival');
          await remove(ids[0]!);
        }
      },
    });
    await complete;
    await ws.dispose();

    // Batches of 5, two in flight: the late arrival is streamed if it committed before the last read,
    // and reaches the new index through its own index job either way.
    const counts = progress.map((p) => p.indexed);
    expect(counts.slice(0, 2)).toEqual([5, 10]);
    expect(counts.every((n, i) => i === 0 || n > counts[i - 1]!)).toBe(true);
    expect([12, 13]).toContain(counts.at(-1));
    expect(done.total).toBe(12);
    expect(events.filter((e) => e.action === 'rebuild-progress').map((e) => e.indexed)).toEqual(counts);
    expect(events.at(-1)).toMatchObject({ index: ALIAS, objectType: 'index', objectId: done.physicalName, action: 'rebuild-complete' });

    const after = await status();
    expect(after.map((i) => [i.physicalName, i.state])).toEqual([
      [done.physicalName, 'active'],
      [before[0]!.physicalName, 'previous'],
    ]);
    // Nothing written during the stream was lost, and the removal holds in the new index.
    expect(await serviceIds()).toEqual([...ids.slice(1), late].sort());
    expect(after[0]!.documents).toBe(12);
  }, 120_000);

  it('keeps the previous index current, rolls back to it, and removes older ones on the next rebuild', async () => {
    const [active, previous] = await status();
    const afterSwap = await add('Gazelle after the swap');
    const rolled = await app.signIn((await makeUser(app.orm.em.fork(), { role: Role.ADMIN })).email, 'admin');
    const res = await rolled.gql<{ rollbackSearchIndex: { indices: Array<{ physicalName: string; state: string }> } }>(
      'mutation { rollbackSearchIndex(alias: "services-g-cloud-13") { indices { physicalName state } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.rollbackSearchIndex.indices.map((i) => [i.physicalName, i.state]).sort()).toEqual(
      [
        [previous!.physicalName, 'active'],
        [active!.physicalName, 'previous'],
      ].sort(),
    );
    // The previous index had every change since the swap.
    expect(await serviceIds()).toContain(afterSwap);
    expect(await serviceIds()).not.toContain(ids[0]);

    const next = await rebuildIndex(app.orm.em.fork(), app, ALIAS);
    const now = await status();
    expect(now.map((i) => [i.physicalName, i.state])).toEqual([
      [next.physicalName, 'active'],
      [previous!.physicalName, 'previous'],
    ]);
    expect(await app.search.countPhysical(app.orm.em.fork(), active!.physicalName)).toBe(0); // removed
    expect((await serviceIds()).length).toBe(13);

    // Refused: an unknown alias, and a rollback for a role without the permission.
    expect((await rolled.gql('mutation { rebuildSearchIndex(alias: "services-nope") { alias } }')).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const buyer = await app.signIn((await makeUser(app.orm.em.fork(), { role: Role.BUYER })).email);
    expect((await buyer.gql('mutation { rollbackSearchIndex(alias: "services-g-cloud-13") { alias } }')).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  }, 120_000);

  it('rebuilds in the background from the admin mutation', async () => {
    const admin = await app.signIn((await makeUser(app.orm.em.fork(), { role: Role.ADMIN_FRAMEWORK_MANAGER })).email, 'admin');
    const before = (await status())[0]!.physicalName;
    const res = await admin.gql('mutation { rebuildSearchIndex(alias: "services-g-cloud-13") { alias } }');
    expect(res.errors).toBeUndefined();
    await until(async () => (await status())[0]!.physicalName !== before && (await status())[0]!.state === 'active', 'the background rebuild');
    expect((await serviceIds()).length).toBe(13);
  }, 120_000);
});

describe('an OpenSearch outage', () => {
  let node: RunningOpenSearch;
  let app: TestApp;

  beforeAll(async () => {
    node = await startOpenSearch({ heapMb: 256 });
    app = await createTestApp({ worker: true, env: { OPENSEARCH_URL: node.url, OPENSEARCH_INDEX_PREFIX: 'outage-' } });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await node?.stop();
  });

  it('fails searches fast, keeps accepting changes, and catches up without loss when the engine returns', async () => {
    const em = app.orm.em.fork();
    const supplier = await makeSupplier(em, { name: 'Outage Ltd' });
    const framework = await em.findOneOrFail(Framework, { slug: 'g-cloud-13' });
    const lot = await em.findOneOrFail(Lot, { slug: 'cloud-hosting' });
    const write = (name: string) =>
      app.orm.em.fork().transactional(
        async (tx) =>
          (
            await importService(tx, new Date(), {
              supplier: tx.getReference(Supplier, supplier.id),
              framework,
              lot,
              data: { serviceName: name, serviceDescription: 'ibex hosting' },
            })
          ).serviceId,
      );
    const found = async () => (await app.search.findServices(app.orm.em.fork(), { q: 'ibex' }, 100)).serviceIds.sort();
    const before = [await write('Ibex 1'), await write('Ibex 2')];
    await until(async () => (await found()).length === 2, 'the first services');

    await node.halt();
    const started = Date.now();
    const res = await app.gql('{ serviceSearch(q: "ibex") { total } }');
    expect(res.errors![0]!.extensions!.code).toBe('SERVICE_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(5_000);
    // Writes succeed while the engine is down (the index jobs wait and retry).
    const during: string[] = [];
    for (let i = 3; i <= 8; i++) during.push(await write(`Ibex ${i}`));
    await app.orm.em.fork().transactional(async (tx) => {
      (await tx.findOneOrFail(Service, { serviceId: before[0]! })).status = ServiceStatus.DISABLED;
      await queueIndex(tx, app.jobs, 'service', before[0]!);
    });
    await new Promise((r) => setTimeout(r, 3_000));

    await node.start();
    const expected = [before[1]!, ...during].sort();
    await until(async () => JSON.stringify(await found()) === JSON.stringify(expected), 'the index to catch up', 150_000);
    expect((await app.gql<{ serviceSearch: { total: number } }>('{ serviceSearch(q: "ibex") { total } }')).data!.serviceSearch.total).toBe(7);
  }, 240_000);
});
