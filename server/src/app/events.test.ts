import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { EventDispatcher, HANDLER_RETRY_LIMIT, type DomainEvent, type EventHandler } from './events.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seed: false });
});
afterAll(async () => {
  await app?.close();
});

const TYPE = 'unlock_user';
let handlerNumber = 0;

/** A handler that records what it was given (ids in delivery order), failing on the events `poison` names. */
function recorder(poison: (e: DomainEvent) => boolean = () => false): EventHandler & { seen: number[]; calls: number } {
  const h = {
    name: `test.recorder-${(handlerNumber += 1)}`,
    types: [TYPE],
    batchSize: 10,
    seen: [] as number[],
    calls: 0,
    async handle(events: DomainEvent[]) {
      h.calls += 1;
      if (events.some(poison)) throw new Error(`poison event among ${events.map((e) => e.id).join(',')}`);
      // Handlers are given what the type says: a Date, not the text a raw statement returns.
      for (const e of events) if (!(e.createdAt instanceof Date) || Number.isNaN(e.createdAt.getTime())) throw new Error(`event ${e.id} has createdAt ${String(e.createdAt)}`);
      h.seen.push(...events.map((e) => e.id));
    },
  };
  return h;
}

const dispatcher = (handlers: EventHandler[]) =>
  new EventDispatcher({ orm: app.orm, clock: app.clock, logger: app.logger, jobs: app.jobs, search: app.search, content: app.content, handlers, pollMs: 60_000 });

async function client(): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: String(app.orm.config.get('clientUrl')) });
  await c.connect();
  return c;
}

const insertEvent = async (c: pg.Client, n: number) =>
  Number(
    (await c.query(`insert into audit_events (type, created_at, object_type, object_id, data) values ($1, now(), 'User', $2, '{}') returning id`, [TYPE, String(n)])).rows[0].id,
  );

describe('domain event dispatcher', () => {
  it('delivers every committed event once, in commit-safe order, even when a later-numbered event commits first', async () => {
    const h = recorder();
    const d = dispatcher([h]);
    await d.start();
    const [a, b] = [await client(), await client()];
    try {
      // A takes its transaction id first, B inserts and commits, then A inserts (a higher id) and commits late.
      await a.query('begin');
      await a.query('select pg_current_xact_id()');
      const fromB = await insertEvent(b, 1);
      await d.runOnce(h);
      // B's event waits: an older transaction (A) might still write events that come before it.
      expect(h.seen).toEqual([]);
      const fromA = await insertEvent(a, 2);
      expect(fromA).toBeGreaterThan(fromB);
      await a.query('commit');
      await d.drain();
      expect(h.seen).toEqual([fromA, fromB]);
      // Nothing is delivered twice.
      await d.runOnce(h);
      expect(h.seen).toEqual([fromA, fromB]);
    } finally {
      await d.stop();
      await a.end();
      await b.end();
    }
  });

  it('never delivers an event of a rolled-back transaction', async () => {
    const h = recorder();
    const d = dispatcher([h]);
    await d.start();
    const c = await client();
    try {
      await c.query('begin');
      await insertEvent(c, 3);
      await c.query('rollback');
      const kept = await insertEvent(c, 4);
      await d.drain();
      expect(h.seen).toEqual([kept]);
    } finally {
      await d.stop();
      await c.end();
    }
  });

  it('runs a handler in one worker at a time: two dispatchers side by side apply each event once', async () => {
    const h = recorder();
    const [one, two] = [dispatcher([h]), dispatcher([h])];
    await one.start();
    await two.start();
    const c = await client();
    try {
      const ids: number[] = [];
      for (let i = 0; i < 60; i += 1) {
        ids.push(await insertEvent(c, i));
        if (i % 7 === 0) {
          one.wake();
          two.wake();
        }
      }
      await Promise.all([one.drain(), two.drain()]);
      expect([...h.seen].sort((x, y) => x - y)).toEqual(ids);
      expect(new Set(h.seen).size).toBe(ids.length);
    } finally {
      await one.stop();
      await two.stop();
      await c.end();
    }
  });

  it('retries a failing batch with backoff, then sets its first event aside and goes on', async () => {
    let poisonId = -1;
    const h = recorder((e) => e.id === poisonId);
    const d = dispatcher([h]);
    // Registered but not started: every attempt below is one this test makes.
    await d.register();
    const c = await client();
    try {
      poisonId = await insertEvent(c, 10);
      const after = await insertEvent(c, 11);
      await d.runOnce(h);
      // Backing off: a wake before the retry time does not run the handler.
      await d.runOnce(h);
      expect(h.calls).toBe(1);
      for (let attempt = 1; attempt < HANDLER_RETRY_LIMIT; attempt += 1) {
        // Move the retry time to now rather than wait for it.
        await c.query(`update event_handler_positions set retry_at = null where handler = $1`, [h.name]);
        await d.runOnce(h);
      }
      const dead = await c.query(`select event_id, error from event_dead_letters where handler = $1`, [h.name]);
      expect(dead.rows).toEqual([{ event_id: poisonId, error: expect.stringMatching(/poison/) }]);
      await d.runOnce(h);
      expect(h.seen).toEqual([after]);
      expect(h.calls).toBe(HANDLER_RETRY_LIMIT + 1);
    } finally {
      await d.stop();
      await c.end();
    }
  });

  it('sets aside the event that fails, not the first of its batch: the events before it are applied, the ones after it go on', async () => {
    let poisonId = -1;
    const h = recorder((e) => e.id === poisonId);
    const d = dispatcher([h]);
    await d.register();
    const c = await client();
    try {
      const before = [await insertEvent(c, 20), await insertEvent(c, 21)];
      poisonId = await insertEvent(c, 22);
      const after = [await insertEvent(c, 23), await insertEvent(c, 24)];
      for (let attempt = 0; attempt < HANDLER_RETRY_LIMIT * 3; attempt += 1) {
        await c.query(`update event_handler_positions set retry_at = null where handler = $1`, [h.name]);
        await d.runOnce(h);
      }
      const dead = await c.query(`select event_id from event_dead_letters where handler = $1`, [h.name]);
      expect(dead.rows).toEqual([{ event_id: poisonId }]);
      expect(h.seen).toEqual([...before, ...after]);
    } finally {
      await d.stop();
      await c.end();
    }
  });

  it('is woken by the notification of a commit, without waiting for its poll', async () => {
    const h = recorder();
    const d = dispatcher([h]);
    await d.start();
    const c = await client();
    try {
      const id = await insertEvent(c, 20);
      const until = Date.now() + 10_000;
      while (!h.seen.includes(id) && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      // The poll is a minute: only the notification can have woken it.
      expect(h.seen).toEqual([id]);
    } finally {
      await d.stop();
      await c.end();
    }
  });
});
