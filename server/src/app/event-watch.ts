import pg from 'pg';
import type { ContentCatalogue } from './content-port.js';
import { EVENTS_CHANNEL, toEvent, type DomainEvent, type EventRow } from './events.js';
import type { Logger } from './logger.js';

/** What a process subscriber may change: the process's own state. */
export interface ProcessContext {
  content: ContentCatalogue;
  logger: Logger;
}

/**
 * A subscriber applied in every process (each API process and each worker), unlike an
 * EventHandler, which runs once across the workers: for state each process holds for itself, such
 * as the framework content and reference data it keeps (dropped when a framework changes).
 * It must be cheap and must not fail for one event: it runs on the watcher's connection, in order.
 */
export interface ProcessSubscriber {
  /** `<module>.<what it does>`. */
  name: string;
  types: readonly string[];
  apply(events: readonly DomainEvent[], ctx: ProcessContext): void;
}

export interface EventWatcherDeps {
  connectionString: string;
  logger: Logger;
  subscribers: readonly ProcessSubscriber[];
  context: ProcessContext;
  /** Safety-net read when no notification arrives (default 5 s): see `read`. */
  pollMs?: number;
  /** Wait before reconnecting after a lost connection (default 1 s). */
  retryMs?: number;
}

/** (txid, id) positions compare as numbers; txids are xid8, beyond a double's precision. */
const after = (a: { txid: string; id: string }, b: { txid: string; id: string }) => BigInt(a.txid) > BigInt(b.txid) || (a.txid === b.txid && BigInt(a.id) > BigInt(b.id));

/**
 * The process's one LISTEN connection on the domain events channel. On each notification (and on a
 * slow poll) it reads, on that same connection, the new events of its subscribers' types and
 * applies them; other parts of the process (the worker's dispatcher) are woken by it too.
 *
 * It reads as the dispatcher does (see EventDispatcher): only events of transactions older than
 * every transaction still running, from a (txid, id) position kept in memory, so that an event
 * committed out of id order is not skipped. The position starts at "now" (what this process holds
 * was read after it) and survives a lost connection: after reconnecting, the events committed
 * meanwhile are read and applied, none is missed. A long transaction elsewhere holds reads back
 * until it ends (the poll then catches up without a new notification).
 */
export class EventWatcher {
  private client: pg.Client | null = null;
  private position: { txid: string; id: string } | null = null;
  private readonly wakers: Array<() => void> = [];
  private readonly types: string[];
  private reading: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private starting: Promise<void> | null = null;
  private poll: NodeJS.Timeout | undefined;
  private retry: NodeJS.Timeout | undefined;

  constructor(private readonly deps: EventWatcherDeps) {
    this.types = [...new Set(deps.subscribers.flatMap((s) => s.types))];
  }

  /** Also calls `wake` on every notification (and after a reconnection, when some may have been lost). */
  onNotify(wake: () => void): void {
    this.wakers.push(wake);
  }

  /** Connects and listens (once; a failure of the first connection rejects, later ones reconnect). */
  start(): Promise<void> {
    this.starting ??= this.connect().then(() => {
      this.poll = setInterval(() => this.read(), this.deps.pollMs ?? 5_000);
      this.poll.unref();
    });
    return this.starting;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    clearTimeout(this.retry);
    await this.reading;
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }

  /** Waits until every event committed so far has been applied (tests). */
  async caughtUp(): Promise<void> {
    this.read();
    while (this.reading) await this.reading;
  }

  private async connect(): Promise<void> {
    // Keepalives find a connection that died silently (its 'error' then reconnects); a read that hangs
    // times out instead of holding every later read (and this process's caches) back.
    const c = new pg.Client({ connectionString: this.deps.connectionString, keepAlive: true, query_timeout: 15_000 });
    c.on('notification', (msg) => {
      if (msg.channel !== EVENTS_CHANNEL) return;
      for (const wake of this.wakers) wake();
      this.read();
    });
    c.on('error', (err) => {
      this.deps.logger.warn({ err }, 'domain event notifications lost; reconnecting');
      void c.end().catch(() => undefined);
      if (this.client === c) this.client = null;
      this.reconnect();
    });
    try {
      await c.connect();
      await c.query(`listen ${EVENTS_CHANNEL}`);
      if (!this.position) {
        const { rows } = await c.query<{ xmin: string }>(`select pg_snapshot_xmin(pg_current_snapshot())::text as xmin`);
        this.position = { txid: rows[0]!.xmin, id: '0' };
      }
    } catch (err) {
      void c.end().catch(() => undefined);
      throw err;
    }
    if (this.stopped) {
      await c.end().catch(() => undefined);
      return;
    }
    this.client = c;
    // Notifications sent while no connection listened are lost: the others catch up now, and so does this.
    for (const wake of this.wakers) wake();
    this.read();
  }

  private reconnect(): void {
    if (this.stopped) return;
    this.retry = setTimeout(() => {
      this.connect().catch((err: unknown) => {
        this.deps.logger.warn({ err }, 'cannot listen for domain events yet; retrying');
        this.reconnect();
      });
    }, this.deps.retryMs ?? 1_000);
    this.retry.unref();
  }

  /** Reads and applies what committed since the position (one read at a time; a wake during one reads again). */
  private read(): void {
    if (this.stopped || !this.client || !this.types.length) return;
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = (async () => {
      do {
        this.again = false;
        const client = this.client;
        if (!client) return;
        await this.readOnce(client);
      } while (this.again && !this.stopped);
    })()
      .catch((err: unknown) => this.deps.logger.warn({ err }, 'could not read domain events; reading again on the next notification'))
      .finally(() => {
        this.reading = null;
      });
  }

  private async readOnce(client: pg.Client): Promise<void> {
    const from = this.position!;
    const { rows } = await client.query<Partial<EventRow> & { xmin: string }>(
      `with h as (select pg_snapshot_xmin(pg_current_snapshot()) as xmin)
       select h.xmin::text as xmin, e.id, e.txid::text as txid, e.type::text as type, e.object_type, e.object_id, e.actor_id, e.actor_email, e.data, e.created_at
         from h left join audit_events e on (e.txid, e.id) > ($1::xid8, $2::int) and e.txid < h.xmin and e.type::text = any($3::text[])
        order by e.txid, e.id`,
      [from.txid, from.id, this.types],
    );
    const events = rows.filter((r) => r.id !== null && r.id !== undefined).map((r) => toEvent(r as EventRow));
    for (const subscriber of this.deps.subscribers) {
      const theirs = events.filter((e) => subscriber.types.includes(e.type));
      if (!theirs.length) continue;
      try {
        subscriber.apply(theirs, this.deps.context);
      } catch (err) {
        this.deps.logger.error({ err, subscriber: subscriber.name }, 'process subscriber failed');
      }
    }
    // Everything below the horizon has been read: the position moves to it (never back).
    const to = { txid: rows[0]?.xmin ?? from.txid, id: '0' };
    if (after(to, from)) this.position = to;
  }
}
