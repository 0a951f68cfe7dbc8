import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface StackOptions {
  dataDir?: string;
  env?: Record<string, string>;
}

export interface RunningStack {
  proc: ChildProcess;
  dataDir: string;
  webUrl: string;
  adminUrl: string;
  apiUrl: string;
  databaseUrl: string;
  output(): string;
  /** Ctrl-C, as a person would press it; resolves with the exit code. */
  stop(): Promise<number | null>;
  /** A crash: SIGKILL, no shutdown hooks. */
  kill(): Promise<void>;
}

/** Starts the README's run command (already built) as a separate process, on free ports. */
export async function startStack(opts: StackOptions = {}): Promise<RunningStack> {
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'dm-e2e-data-'));
  chmodSync(dataDir, 0o755);
  const [api, web, admin, pg] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const proc = spawn(process.execPath, [path.join(repoRoot, 'server', 'dist', 'src', 'cli.js'), 'stack'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      API_PORT: String(api),
      WEB_PORT: String(web),
      ADMIN_WEB_PORT: String(admin),
      EMBEDDED_PG_PORT: String(pg),
      DATABASE_URL: '',
      // The journeys sign the same demo accounts in many times within the hour, all from loopback.
      RATE_LIMIT_ACCOUNT_EMAIL: '1000',
      RATE_LIMIT_ACCOUNT_IP: '10000',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`stack did not start within 120 s:\n${output}`)), 120_000);
    const check = () => {
      if (output.includes('Press Ctrl-C to stop.')) {
        clearTimeout(timer);
        resolve();
      }
    };
    proc.stdout!.on('data', check);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`stack exited with ${code} before it was ready:\n${output}`));
    });
  });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return {
    proc,
    dataDir,
    webUrl: `http://127.0.0.1:${web}`,
    adminUrl: `http://127.0.0.1:${admin}`,
    apiUrl: `http://127.0.0.1:${api}`,
    // The embedded PostgreSQL the stack starts (its fixed development credentials), for reading the outbox.
    databaseUrl: opts.env?.DATABASE_URL || `postgres://postgres:postgres@127.0.0.1:${pg}/marketplace`,
    output: () => output,
    async stop() {
      proc.kill('SIGINT');
      return exited;
    },
    async kill() {
      proc.kill('SIGKILL');
      await exited;
    },
  };
}
