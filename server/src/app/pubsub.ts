import { createPubSub } from '@graphql-yoga/subscription';
import pg from 'pg';
import type { Logger } from './logger.js';

/** What the index jobs announce on Postgres NOTIFY and subscribers receive. */
export interface SearchIndexEvent {
  index: string;
  objectType: string;
  objectId: string;
  action: string;
  version: string;
  at: string;
  /** Rebuild progress (objectType `index`): documents written so far, and expected. */
  indexed?: number;
  total?: number;
}

export const SEARCH_INDEX_UPDATES = 'SEARCH_INDEX_UPDATES';
/** The Postgres channel that carries index events between processes (workers → every API process). */
export const SEARCH_INDEX_CHANNEL = 'search_index_updates';

/** In-process delivery to one API's subscribers; fed only from Postgres, never directly. */
export type AppPubSub = ReturnType<typeof createAppPubSub>;

/** One per API (built with its schema by the composition root): several APIs in one process never share subscribers. */
export function createAppPubSub() {
  return createPubSub<{ [SEARCH_INDEX_UPDATES]: [SearchIndexEvent] }>();
}

/**
 * LISTENs on the channel with a dedicated connection and republishes each notification to this
 * process's subscribers, so that an update applied by any worker reaches the clients of every API
 * process (and calls `onUpdate`: what the process keeps of search answers is stale). Reconnects after a lost connection.
 */
export function startNotifyBridge(connectionString: string, pubSub: AppPubSub, logger: Logger, onUpdate: () => void = () => {}): { stop(): Promise<void> } {
  let client: pg.Client | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({ connectionString });
    c.on('notification', (msg) => {
      if (msg.channel !== SEARCH_INDEX_CHANNEL || !msg.payload) return;
      onUpdate();
      try {
        pubSub.publish(SEARCH_INDEX_UPDATES, JSON.parse(msg.payload) as SearchIndexEvent);
      } catch (err) {
        logger.warn({ err }, 'unreadable search index notification');
      }
    });
    c.on('error', (err) => {
      logger.warn({ err }, 'search index notification connection lost; reconnecting');
      void c.end().catch(() => undefined);
      if (client === c) client = null;
      if (!stopped) timer = setTimeout(() => void connect(), 1000);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${SEARCH_INDEX_CHANNEL}`);
      client = c;
      // Updates sent while no connection listened were missed: what was kept before may be stale.
      onUpdate();
    } catch (err) {
      logger.warn({ err }, 'cannot listen for search index notifications yet; retrying');
      void c.end().catch(() => undefined);
      if (!stopped) timer = setTimeout(() => void connect(), 1000);
    }
  };
  void connect();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await client?.end().catch(() => undefined);
      client = null;
    },
  };
}
