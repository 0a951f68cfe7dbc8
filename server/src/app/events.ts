import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { ContentCatalogue } from './content-port.js';
import type { AppContext } from './context.js';
import type { EventWatcher } from './event-watch.js';
import type { JobContext, JobQueue } from './jobs.js';
import type { Logger } from './logger.js';
import type { Mailer } from './mailer.js';
import type { SearchIndex } from './search-port.js';
import type { DocumentStorage } from './storage-port.js';
import type { VirusScanner } from './clamd.js';

/**
 * Domain events are the audit events: every use case that changes state records one in its own
 * transaction (type, object, actor and the details a handler needs). Handlers of other modules
 * subscribe to them by type, so a writer never imports its consumers (search indexing, publishing,
 * and later emails, OCDS releases, webhooks, alerts).
 */
export interface DomainEvent {
  id: number;
  /** The writing transaction's id (xid8, as text): with `id`, the order events are delivered in. */
  txid: string;
  type: string;
  objectType: string | null;
  objectId: string | null;
  actorId: number | null;
  /** The actor's email then (or, for anonymous actions, the email the action concerned). */
  actorEmail: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
}

/** What a handler needs to act: the same as a job's context. */
export type HandlerContext = JobContext;

export interface EventHandler {
  /** `<module>.<what it does>`, e.g. `search.index`: also its position's name. */
  name: string;
  /** The event types it takes. */
  types: readonly string[];
  /** Most events per call (default 200). */
  batchSize?: number;
  /**
   * Applies a batch in order. Must be idempotent in effect: after a crash the batch is delivered
   * again. Throwing retries the batch with backoff; a batch that keeps failing has its first event
   * set aside (dead-lettered) so that the rest can go on.
   */
  handle(events: DomainEvent[], ctx: HandlerContext): Promise<void>;
}

/** An event as the writer's transaction holds it (`recordAudit`'s result): no id until it is flushed. */
export type RecordedEvent = Pick<DomainEvent, 'type' | 'data' | 'createdAt'> & {
  objectType?: string | null;
  objectId?: string | null;
  actorId?: number | null;
  actorEmail?: string | null;
};

/** What an in-transaction subscriber may use besides the transaction. */
export type TransactionContext = Pick<AppContext, 'clock' | 'logger' | 'config' | 'jobs' | 'inTransaction'>;

/**
 * A subscriber that runs inside the writer's transaction, for the few effects that must commit with
 * the change and be visible to the very next request (company details copied into open
 * applications: the declaration that follows refuses unless they are confirmed). Everything else is
 * an EventHandler, after commit, in the worker. Modules contribute them in `inTransaction`; the
 * entry points hand them to the request contexts.
 */
export interface TransactionHandler {
  /** `<module>.<what it does>`. */
  name: string;
  types: readonly string[];
  apply(em: EntityManager, event: RecordedEvent, ctx: TransactionContext): Promise<void>;
}

/**
 * Runs, in the writer's transaction, the in-transaction subscribers of an event just recorded:
 * `await publishEvent(ctx, em, recordAudit(em, now, entry))`. The writer's changes are flushed
 * first, so a subscriber's queries see them. A subscriber that throws rolls the whole change back.
 */
export async function publishEvent<E extends RecordedEvent>(ctx: TransactionContext, em: EntityManager, event: E): Promise<E> {
  const subscribers = ctx.inTransaction.filter((s) => s.types.includes(event.type));
  if (subscribers.length) await em.flush();
  for (const subscriber of subscribers) await subscriber.apply(em, event, ctx);
  return event;
}

/**
 * Gives each handler a position, once: a new handler starts from now (earlier events were applied
 * by the code it replaces). The API calls it too, before it takes requests, so that a handler added
 * in a deploy (say, emails that a mutation used to queue itself) starts before the first event the
 * new code records, even if the new workers start after the new API.
 */
export async function registerHandlers(em: EntityManager, handlers: readonly Pick<EventHandler, 'name'>[]): Promise<void> {
  for (const h of handlers) {
    await em.execute(
      `insert into event_handler_positions (handler, txid, event_id, failures) values (?, pg_snapshot_xmin(pg_current_snapshot()), 0, 0) on conflict (handler) do nothing`,
      [h.name],
    );
  }
}

/** Postgres channel on which the audit_events trigger announces new events (woken, not polled). */
export const EVENTS_CHANNEL = 'domain_events';

const DEFAULT_BATCH = 200;
/**
 * Failed attempts of one batch before its first event is set aside. With the backoff below that is
 * about an hour: an outage of what a handler writes to (the search engine, the mail server) is
 * waited out, and only an event that keeps failing for that long is taken for a poison one.
 */
export const HANDLER_RETRY_LIMIT = 20;
const backoffMs = (failures: number) => Math.min(300_000, 500 * 2 ** (failures - 1));

interface Position {
  txid: string;
  event_id: string;
  failures: number;
  /** A timestamp, as the driver returns it from a raw query (a string or a Date). */
  retry_at: Date | string | null;
}

/** An audit_events row as the delivery queries select it. */
export interface EventRow {
  id: number;
  txid: string;
  type: string;
  object_type: string | null;
  object_id: string | null;
  actor_id: number | null;
  actor_email: string | null;
  data: Record<string, unknown>;
  created_at: Date | string;
}

export interface DispatcherDeps {
  orm: MikroORM;
  clock: Clock;
  logger: Logger;
  jobs: JobQueue;
  config?: Config;
  mailer?: Mailer | null;
  search: SearchIndex;
  /** The process's framework content catalogue, handed to every handler. */
  content: ContentCatalogue;
  storage?: DocumentStorage;
  scanner?: VirusScanner | null;
  handlers: readonly EventHandler[];
  /** Safety-net poll when no notification arrives (default 5 s). */
  pollMs?: number;
  /**
   * The process's event watcher (its one LISTEN connection, which also applies the process
   * subscribers): the dispatcher wakes on its notifications, and starts and stops it. Without one
   * the dispatcher listens on a connection of its own.
   */
  watcher?: EventWatcher;
}

/**
 * Delivers events to handlers, each at its own position, in the worker.
 *
 * Positions are (transaction id, event id) pairs, not event ids: ids are taken when rows are
 * inserted, but transactions commit in another order, so "every id below N" is never final. A
 * handler reads only events of transactions older than every transaction still running
 * (`pg_snapshot_xmin`), which are all committed or rolled back, in (txid, id) order: nothing can
 * appear behind its position later. One worker at a time runs a handler (a transaction-scoped
 * advisory lock, which holds back no one's snapshot); the position moves in the same transaction
 * once the batch is applied, so a crash delivers the batch again and handlers are idempotent.
 */
export class EventDispatcher {
  private listener: pg.Client | null = null;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  /** Handlers that just applied, one event at a time, an event they had been failing on (see runOnce). */
  private readonly steppedPastFailure = new Set<string>();
  private stopped = false;

  constructor(private readonly deps: DispatcherDeps) {}

  async start(): Promise<void> {
    await this.register();
    await this.listen();
    this.timer = setInterval(() => this.wake(), this.deps.pollMs ?? 5_000);
    this.timer.unref();
    this.wake();
  }

  /** Gives every handler a position (once): a new handler starts from now. */
  async register(): Promise<void> {
    await registerHandlers(this.deps.orm.em.fork(), this.deps.handlers);
  }

  /** Takes no new batch; waits for the one in hand. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.listener?.end().catch(() => undefined);
    await this.deps.watcher?.stop();
    await this.running;
  }

  /** Runs every handler until none has a full batch waiting (one run at a time; a wake during a run runs again). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        for (const h of this.deps.handlers) {
          try {
            while (!this.stopped && ((await this.runOnce(h)) === (h.batchSize ?? DEFAULT_BATCH) || this.steppedPastFailure.delete(h.name)));
          } catch (err) {
            this.deps.logger.warn({ err, handler: h.name }, 'event dispatch failed; retrying on the next wake');
          }
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.running = null;
    });
  }

  /** Waits until every handler has applied every event committed so far (tests, and the CLI). */
  async drain(): Promise<void> {
    for (;;) {
      this.wake();
      await this.running;
      const em = this.deps.orm.em.fork();
      let behind = false;
      for (const h of this.deps.handlers) {
        const [row] = await em.execute<Array<{ waiting: boolean }>>(
          `select exists (select 1 from audit_events e, event_handler_positions p where p.handler = ? and (e.txid, e.id) > (p.txid, p.event_id)
             and e.txid < pg_snapshot_xmin(pg_current_snapshot()) and e.type::text in (?)) as waiting`,
          [h.name, [...h.types]],
        );
        behind ||= Boolean(row?.waiting);
      }
      if (!behind) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** One batch of one handler; returns how many events it applied (0 when none, or another worker has it). */
  async runOnce(handler: EventHandler): Promise<number> {
    const { orm, clock, logger } = this.deps;
    const limit = handler.batchSize ?? DEFAULT_BATCH;
    const em = orm.em.fork();
    let batch: DomainEvent[] = [];
    try {
      return await em.transactional(async (tx) => {
        const [locked] = await tx.execute<Array<{ ok: boolean }>>(`select pg_try_advisory_xact_lock(hashtext('event-handler:' || ?)) as ok`, [handler.name]);
        if (!locked?.ok) return 0;
        const [pos] = await tx.execute<Position[]>(`select txid::text as txid, event_id::text as event_id, failures, retry_at from event_handler_positions where handler = ?`, [
          handler.name,
        ]);
        if (!pos) return 0;
        if (pos.retry_at && new Date(pos.retry_at).getTime() > Date.now()) return 0;
        const [{ xmin }] = (await tx.execute<Array<{ xmin: string }>>(`select pg_snapshot_xmin(pg_current_snapshot())::text as xmin`)) as [{ xmin: string }];
        const rows = await tx.execute<EventRow[]>(
          `select id, txid::text as txid, type::text as type, object_type, object_id, actor_id, actor_email, data, created_at from audit_events
            where (txid, id) > (?::xid8, ?) and txid < ?::xid8 and type::text in (?) order by txid, id limit ?`,
          // While a batch is failing, events are taken one at a time: the events before the failing one
          // are applied, and the one retried (and at last set aside) is the one that fails, not its batch's first.
          [pos.txid, pos.event_id, xmin, [...handler.types], pos.failures > 0 ? 1 : limit],
        );
        batch = rows.map(toEvent);
        if (batch.length) {
          await handler.handle(batch, this.context(handler, tx));
        }
        // Read everything below the horizon: the position moves to it; otherwise to the last event applied.
        const last = batch[batch.length - 1];
        const [txid, eventId] = (batch.length < limit && pos.failures === 0) || !last ? [xmin, '0'] : [last.txid, String(last.id)];
        await tx.execute(
          `update event_handler_positions set txid = ?::xid8, event_id = ?, failures = 0, retry_at = null, last_error = null, updated_at = now()
            where handler = ? and (txid, event_id) <= (?::xid8, ?)`,
          [txid, eventId, handler.name, txid, eventId],
        );
        if (batch.length) logger.debug({ handler: handler.name, events: batch.length }, 'events applied');
        // One event applied while the handler was failing: the events after it are read now, not at the next wake.
        if (pos.failures > 0 && batch.length) this.steppedPastFailure.add(handler.name);
        return batch.length;
      });
    } catch (err) {
      if (!batch.length) throw err;
      await this.recordFailure(handler, batch[0]!, err, clock.now());
      return 0;
    }
  }

  /**
   * `em` is the transaction that moves the handler's position: what a handler writes to the
   * database (emails queued, jobs enqueued, rows changed) commits with it or not at all, so those
   * effects happen exactly once. Effects elsewhere (the search engine) must be idempotent.
   */
  private context(handler: EventHandler, em: EntityManager): HandlerContext {
    const { clock, logger, jobs, config, mailer, search, content, storage, scanner } = this.deps;
    return {
      jobId: `event-handler:${handler.name}`,
      attempt: 1,
      em,
      clock,
      logger: logger.child({ handler: handler.name }),
      jobs,
      config,
      mailer: mailer ?? null,
      search,
      content,
      storage,
      scanner: scanner ?? null,
    };
  }

  /** Backs off; after the retry limit the batch's first event is set aside and the handler moves past it. */
  private async recordFailure(handler: EventHandler, first: DomainEvent, err: unknown, now: Date): Promise<void> {
    const message = err instanceof Error ? err.message : String(err);
    await this.deps.orm.em.fork().transactional(async (tx: EntityManager) => {
      const [pos] = await tx.execute<Array<{ failures: number }>>(
        `update event_handler_positions set failures = failures + 1, last_error = ?, updated_at = now() where handler = ? returning failures`,
        [message.slice(0, 2000), handler.name],
      );
      const failures = pos?.failures ?? 1;
      if (failures >= HANDLER_RETRY_LIMIT) {
        await tx.execute(`insert into event_dead_letters (handler, event_id, error, created_at) values (?, ?, ?, ?)`, [handler.name, first.id, message.slice(0, 2000), now]);
        await tx.execute(`update event_handler_positions set txid = ?::xid8, event_id = ?, failures = 0, retry_at = null where handler = ?`, [first.txid, first.id, handler.name]);
        this.deps.logger.error({ err, handler: handler.name, eventId: first.id }, 'event set aside after repeated failures (dead letter)');
      } else {
        await tx.execute(`update event_handler_positions set retry_at = ? where handler = ?`, [new Date(Date.now() + backoffMs(failures)), handler.name]);
        this.deps.logger.warn({ err, handler: handler.name, eventId: first.id, failures }, 'event handler failed; retrying with backoff');
      }
    });
  }

  private async listen(): Promise<void> {
    const { watcher } = this.deps;
    if (watcher) {
      watcher.onNotify(() => this.wake());
      return watcher.start();
    }
    const client = new pg.Client({ connectionString: String(this.deps.orm.config.get('clientUrl')) });
    client.on('notification', () => this.wake());
    client.on('error', (err) => {
      this.deps.logger.warn({ err }, 'event notifications lost; reconnecting');
      this.listener = null;
      if (!this.stopped) setTimeout(() => void this.listen().catch(() => undefined), 1_000).unref();
    });
    await client.connect();
    await client.query(`listen ${EVENTS_CHANNEL}`);
    this.listener = client;
  }
}

export function toEvent(r: EventRow): DomainEvent {
  return {
    id: Number(r.id),
    txid: r.txid,
    type: r.type,
    objectType: r.object_type,
    objectId: r.object_id,
    actorId: r.actor_id,
    actorEmail: r.actor_email,
    data: typeof r.data === 'string' ? (JSON.parse(r.data) as Record<string, unknown>) : r.data,
    // Raw statements give timestamps as text: handlers get the Date the type promises.
    createdAt: r.created_at instanceof Date ? r.created_at : new Date(r.created_at),
  };
}
