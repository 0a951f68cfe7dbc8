import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '../../src/commands/ports.js';

/**
 * Runs a real clamd (the machine's ClamAV daemon) for tests, with a signature database written here:
 * the official one is a download we cannot rely on. It knows two signatures, one for the EICAR test
 * file and one for a harmless marker of our own.
 */

/** Our own signature's name in the database the harness writes. */
export const TEST_SIGNATURE = 'DM.Test.Marker-1';
/** The EICAR signature's name, as the official database spells it. */
export const EICAR_SIGNATURE = 'Eicar-Test-Signature';

/** clamd marks detections from unsigned (non-official) databases, such as ours, with this suffix. */
export function detectedAs(signature: string): string {
  return `${signature}.UNOFFICIAL`;
}

/**
 * The 68-byte EICAR anti-virus test file, put together at run time so that this source file does not
 * itself contain it (scanners would flag the repository).
 */
export function eicar(): Buffer {
  const head = ['X5O!P%@AP[4', '\\PZX54(P^)7CC)7}$'];
  const middle = ['EICAR', 'STANDARD', 'ANTIVIRUS', 'TEST', 'FILE'].join('-');
  return Buffer.from(`${head.join('')}${middle}!$H+H*`, 'latin1');
}

const MARKER = 'dm-scan-test-marker:7c1f0a9e-harmless';

/** A small, harmless PDF-looking file that carries the marker our own signature matches. */
export function markedFile(): Buffer {
  return Buffer.from(
    [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      `% ${MARKER}`,
      '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
      'trailer << /Root 1 0 R >>',
      '%%EOF',
      '',
    ].join('\n'),
  );
}

export interface RunningClamd {
  /** The unix socket clamd listens on. */
  address: string;
  /** tcp://127.0.0.1:port, when started with `tcp: true`. */
  tcpAddress?: string;
  /** How long the last (re)start took until clamd answered PING, in milliseconds. */
  startMs: number;
  /** Stops clamd but keeps its folder (an outage); `start()` brings it back on the same socket. */
  halt(): Promise<void>;
  start(): Promise<void>;
  /** Stops clamd and removes its folder. */
  stop(): Promise<void>;
}

/** The clamd executable: /usr/sbin/clamd (not on a non-root PATH) or one on PATH; null when not installed. */
export function clamdBinary(): string | null {
  for (const candidate of ['/usr/sbin/clamd', '/usr/local/sbin/clamd']) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      /* try the next */
    }
  }
  const found = spawnSync('sh', ['-c', 'command -v clamd'], { encoding: 'utf8' });
  return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : null;
}

function database(): string {
  const hex = (b: Buffer) => b.toString('hex');
  // Extended (.ndb) body signatures: target type 0 (any file), offset * (anywhere in it).
  return [`${EICAR_SIGNATURE}:0:*:${hex(eicar())}`, `${TEST_SIGNATURE}:0:*:${hex(Buffer.from(MARKER))}`, ''].join('\n');
}

function config(dir: string, streamMaxBytes: number, tcpPort: number | undefined): string {
  const lines = [
    'Foreground yes',
    `LocalSocket ${path.join(dir, 'clamd.sock')}`,
    'LocalSocketMode 660',
    'FixStaleSocket yes',
    `DatabaseDirectory ${path.join(dir, 'db')}`,
    `TemporaryDirectory ${path.join(dir, 'tmp')}`,
    `PidFile ${path.join(dir, 'clamd.pid')}`,
    'LogSyslog no',
    'LogTime no',
    'LogVerbose no',
    'Bytecode no',
    'SelfCheck 0',
    'ConcurrentDatabaseReload no',
    'MaxThreads 4',
    `StreamMaxLength ${streamMaxBytes}`,
    // Scan the whole of what the stream limit lets in.
    `MaxScanSize ${Math.max(streamMaxBytes, 1 << 20)}`,
    `MaxFileSize ${Math.max(streamMaxBytes, 1 << 20)}`,
  ];
  if (tcpPort) lines.push(`TCPSocket ${tcpPort}`, 'TCPAddr 127.0.0.1');
  return lines.join('\n') + '\n';
}

function pingOnce(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.createConnection(socketPath);
    let reply = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2_000, () => done(false));
    socket.on('connect', () => socket.write('zPING\0'));
    socket.on('data', (d) => {
      reply += d.toString();
      if (reply.includes('\0')) done(reply.startsWith('PONG'));
    });
    socket.on('error', () => done(false));
    socket.on('close', () => done(false));
  });
}

async function waitForPong(socketPath: string, proc: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null || proc.signalCode !== null) throw new Error(`clamd exited (${proc.exitCode ?? proc.signalCode}) before answering PING:\n${output().slice(-3000)}`);
    if (await pingOnce(socketPath)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`clamd did not answer PING within ${timeoutMs / 1000} s:\n${output().slice(-3000)}`);
}

/**
 * Starts clamd in a fresh temporary folder (socket, database, configuration) and waits until it
 * answers PING. clamd runs as the current user (as root it simply keeps root: with no `User` line it
 * does not try to switch).
 */
export async function startClamd(opts: { streamMaxBytes?: number; tcp?: boolean } = {}): Promise<RunningClamd> {
  const binary = clamdBinary();
  if (!binary) throw new Error("clamd is not installed: the document scanning tests need ClamAV's daemon (apt-get install clamav-daemon)");
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dm-clamd-'));
  chmodSync(dir, 0o755);
  mkdirSync(path.join(dir, 'db'));
  mkdirSync(path.join(dir, 'tmp'));
  writeFileSync(path.join(dir, 'db', 'dm-test.ndb'), database());
  const tcpPort = opts.tcp ? await findFreePort() : undefined;
  const confFile = path.join(dir, 'clamd.conf');
  writeFileSync(confFile, config(dir, opts.streamMaxBytes ?? 100 * 1024 * 1024, tcpPort));
  const socketPath = path.join(dir, 'clamd.sock');

  let output = '';
  let proc: ChildProcess | undefined;
  // Should the test process die without stopping us, take clamd with it.
  const killOnExit = () => proc?.kill('SIGKILL');
  process.once('exit', killOnExit);

  const launch = () => {
    const child = spawn(binary, ['--config-file', confFile], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    return child;
  };

  const halt = async () => {
    const child = proc;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };

  const running: RunningClamd = {
    address: socketPath,
    tcpAddress: tcpPort ? `tcp://127.0.0.1:${tcpPort}` : undefined,
    startMs: 0,
    halt,
    start: async () => {
      const began = performance.now();
      proc = launch();
      await waitForPong(socketPath, proc, () => output, 60_000);
      running.startMs = Math.round(performance.now() - began);
    },
    stop: async () => {
      await halt();
      process.removeListener('exit', killOnExit);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await running.start();
  } catch (e) {
    await running.stop();
    throw e;
  }
  return running;
}
