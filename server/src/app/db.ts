import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MikroORM, defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { DataloaderType } from '@mikro-orm/core';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import type { ClassType } from './classes.js';
import type { Logger } from './logger.js';
import { EventDeadLetter, EventHandlerPosition } from './events.entity.js';
import { RateLimitCounter } from './rate-limit.entity.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** True when running from TypeScript sources (tsx, vitest) rather than the compiled dist/. */
const fromSources = import.meta.url.endsWith('.ts');
/** server/ — both in sources (server/src/app) and in dist (server/dist/src/app). */
const serverRoot = path.resolve(here, fromSources ? '../..' : '../../..');
export const migrationsSourceDir = path.join(serverRoot, 'migrations');

/**
 * How long a request waits for a database connection (a new one, or a free one from a busy pool)
 * before it fails, and answers SERVICE_UNAVAILABLE, instead of hanging while the database is away.
 */
export const DB_CONNECT_TIMEOUT_MS = 5_000;

export interface OrmHooks {
  /** Called with every SQL statement (tests count statements to catch N+1 queries). */
  onQuery?: (sql: string) => void;
}

/** `entities`: every module's entities (the entry points pass them from modules/index.ts); app/'s own are added here. */
export function ormOptions(clientUrl: string, entities: readonly ClassType[], logger?: Logger, hooks: OrmHooks = {}): Options {
  const trace = logger?.isLevelEnabled('trace') ?? false;
  return defineConfig({
    clientUrl,
    entities: [...entities, RateLimitCounter, EventHandlerPosition, EventDeadLetter],
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    pool: { min: 0, max: 10 },
    // Passed to the pg Pool (pool.connect's wait, and the TCP connect itself).
    driverOptions: { connectionTimeoutMillis: DB_CONNECT_TIMEOUT_MS },
    debug: trace || hooks.onQuery ? ['query'] : false,
    colors: false,
    logger: (message: string) => {
      if (hooks.onQuery && message.startsWith('[query]')) hooks.onQuery(message.slice(8));
      if (trace) logger?.trace({ orm: true }, message);
    },
    migrations: {
      path: fromSources ? migrationsSourceDir : path.join(serverRoot, 'dist', 'migrations'),
      glob: '!(*.d).{js,ts}',
      transactional: true,
      allOrNothing: true,
      snapshot: true,
      snapshotName: '.schema-snapshot',
      snapshotOnMigrate: false,
      emit: 'ts',
    },
  });
}

export async function initOrm(clientUrl: string, entities: readonly ClassType[], logger?: Logger, hooks?: OrmHooks): Promise<MikroORM> {
  return MikroORM.init(ormOptions(clientUrl, entities, logger, hooks));
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.migrator.up();
  return applied.map((m) => m.name);
}
