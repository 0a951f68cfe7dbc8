// The processes under load, each in its own event loop: the real API (server/src/main.ts) and the
// hand-written baseline server. Output goes to files in the run's work folder (shown on failure).
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const server = path.resolve(here, '..', '..', '..', 'server');

export interface Child {
  url: string;
  pid: number;
  /** CPU time the process has used so far, in ms (user + system, from /proc). */
  cpuMs(): number;
  stop(): Promise<void>;
}

const tail = (file: string) => readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function cpuOf(pid: number): number {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised name) are utime and stime in clock ticks (100/s).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

function child(proc: ChildProcess, url: string): Child {
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  return {
    url,
    pid: proc.pid!,
    cpuMs: () => cpuOf(proc.pid!),
    async stop() {
      if (proc.exitCode !== null) return;
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Starts a TypeScript entry point of the server package (tsx, decorators) with `env`. */
function startTs(entry: string, env: Record<string, string>, log: string): ChildProcess {
  const out = openSync(log, 'a');
  // BENCH_PROFILE=<dir>: a CPU profile of each server process, written when it stops.
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_PROFILE)}`] : [];
  return spawn(process.execPath, [...profile, '--import', 'tsx', '--import', 'reflect-metadata', entry], {
    cwd: server,
    env: { ...process.env, ...env },
    stdio: ['ignore', out, out],
  });
}

/** The API on `port`, ready when /healthz answers (at most a minute). */
export async function startApi(env: Record<string, string>, port: number, workDir: string): Promise<Child> {
  const log = path.join(workDir, 'api.log');
  const proc = startTs(path.join(server, 'src', 'main.ts'), { ...env, API_HOST: '127.0.0.1', API_PORT: String(port) }, log);
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  while (Date.now() - started < 60_000) {
    if (proc.exitCode !== null) throw new Error(`the API exited with ${proc.exitCode}:\n${tail(log)}`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child(proc, url);
    await sleep(250);
  }
  proc.kill('SIGKILL');
  throw new Error(`the API did not answer /healthz within a minute:\n${tail(log)}`);
}

/** The baseline server (load/baseline-server.ts), ready when it prints its port. */
export async function startBaseline(databaseUrl: string, workDir: string): Promise<Child> {
  const log = path.join(workDir, 'baseline.log');
  const proc = startTs(path.join(here, 'baseline-server.ts'), { DATABASE_URL: databaseUrl }, log);
  const started = Date.now();
  while (Date.now() - started < 30_000) {
    if (proc.exitCode !== null) throw new Error(`the baseline server exited with ${proc.exitCode}:\n${tail(log)}`);
    const port = /ready (\d+)/.exec(readFileSync(log, 'utf8'))?.[1];
    if (port) return child(proc, `http://127.0.0.1:${port}`);
    await sleep(100);
  }
  proc.kill('SIGKILL');
  throw new Error(`the baseline server did not start within 30 s:\n${tail(log)}`);
}
