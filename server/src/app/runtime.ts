import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { ClassType } from './classes.js';
import { offsetClock, systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import { initOrm, migrate } from './db.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { createLogger, type Logger } from './logger.js';

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL kept in DATA_DIR/postgres. */
export async function openDatabase(config: Config, logger: Logger, notice: (line: string) => void = (l) => logger.warn(l), opts: { attach?: boolean } = {}): Promise<Database> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, embedded: false, stop: async () => {} };
  const dir = path.join(config.DATA_DIR, 'postgres');
  const pgLog = logger.child({ component: 'postgres' });
  const db = await startEmbeddedPostgres({
    dir,
    port: config.EMBEDDED_PG_PORT,
    database: 'marketplace',
    log: (line) => pgLog.debug(line),
    notice,
    attach: opts.attach,
  });
  logger.info({ dir, port: db.port }, 'embedded PostgreSQL started');
  return { url: db.url, embedded: true, stop: () => db.stop() };
}

export function createClock(config: Config): Clock {
  return config.CLOCK_START ? offsetClock(new Date(config.CLOCK_START)) : systemClock;
}

export interface Runtime {
  config: Config;
  logger: Logger;
  clock: Clock;
  db: Database;
  orm: MikroORM;
  close(): Promise<void>;
}

/**
 * Opens what every process needs. With the embedded database the schema is migrated on start
 * (development convenience); against an external database pending migrations are an error.
 */
export async function openRuntime(config: Config, name: string, entities: readonly ClassType[]): Promise<Runtime> {
  const logger = createLogger(config.LOG_LEVEL, name);
  const clock = createClock(config);
  const db = await openDatabase(config, logger);
  let orm: MikroORM;
  try {
    orm = await initOrm(db.url, entities, logger);
    if (db.embedded) {
      const applied = await migrate(orm);
      if (applied.length) logger.info({ applied }, 'migrations applied');
    } else {
      const pending = await orm.migrator.getPending();
      if (pending.length) {
        throw new Error(`The database has ${pending.length} pending migration(s) (${pending.map((p) => p.name).join(', ')}): run "pnpm --filter @dm/server cli db:migrate" first`);
      }
    }
  } catch (e) {
    await db.stop();
    throw e;
  }
  return {
    config,
    logger,
    clock,
    db,
    orm,
    async close() {
      await orm.close();
      await db.stop();
    },
  };
}

/** Runs `stop` once on SIGINT/SIGTERM, then exits; a second signal exits at once. */
export function onShutdown(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(130);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'error during shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  // Started by the stack command: if that process dies without stopping us (a crash), stop too.
  const parent = Number(process.env.DM_PARENT_PID);
  if (parent > 0) {
    setInterval(() => {
      try {
        process.kill(parent, 0);
      } catch {
        handler('SIGTERM');
      }
    }, 1000).unref();
  }
}
