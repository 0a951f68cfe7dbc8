import net from 'node:net';
import type { Readable } from 'node:stream';

/** What clamd said about one body. */
export type ScanVerdict = { result: 'clean' } | { result: 'infected'; signature: string } | { result: 'failed'; reason: string };

/** A verdict with the engine that gave it (clamd's VERSION line) and the number of body bytes sent. */
export interface ScanOutcome {
  verdict: ScanVerdict;
  engine: string;
  bytes: number;
}

/** clamd could not be reached or dropped the connection: retry later (not a verdict). */
export class ScannerUnavailableError extends Error {
  override name = 'ScannerUnavailableError';
}

/** A client for one clamd (unix socket or TCP). */
export interface VirusScanner {
  readonly address: string;
  /**
   * Streams body to clamd with INSTREAM, honouring back-pressure on both sides (the body is never
   * held in memory as a whole). When clamd answers before the body ends (its stream size limit), the
   * rest of the body is left unread for the caller to drain or destroy. Rejects with
   * ScannerUnavailableError when clamd cannot be reached, drops the connection or stays silent; the
   * body's own errors propagate unchanged.
   */
  scan(body: Readable): Promise<ScanOutcome>;
  /** clamd's VERSION line (engine and database versions). */
  version(): Promise<string>;
  /** Whether clamd answers PING; false when it cannot be reached. */
  ping(): Promise<boolean>;
}

export interface ClamdOptions {
  /** Idle timeout on every connection (no bytes moving either way), default 60 s. */
  timeoutMs?: number;
  /** Largest INSTREAM chunk, default 64 KiB. */
  chunkBytes?: number;
}

// A reply is one short line; anything longer is not clamd talking.
const MAX_REPLY_BYTES = 64 * 1024;

type Target = { path: string } | { host: string; port: number };

function parseAddress(address: string): Target {
  if (address.startsWith('tcp://')) {
    const url = new URL(address);
    const port = Number(url.port);
    if (!url.hostname || !Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`not a clamd TCP address: ${address} (expected tcp://host:port)`);
    return { host: url.hostname.replace(/^\[(.*)\]$/, '$1'), port };
  }
  if (!address.startsWith('/')) throw new Error(`not a clamd address: ${address} (expected an absolute socket path or tcp://host:port)`);
  return { path: address };
}

/**
 * One conversation with clamd: connects, collects the reply (NUL-terminated with z-commands) and
 * settles once, as a reply or as ScannerUnavailableError.
 */
class Conversation {
  readonly socket: net.Socket;
  readonly done: Promise<string>;
  private chunks: Buffer[] = [];
  private size = 0;
  private settled = false;
  private waiting = new Set<() => void>();
  private resolveDone!: (reply: string) => void;
  private rejectDone!: (err: Error) => void;

  constructor(
    target: Target,
    private readonly address: string,
    timeoutMs: number,
  ) {
    this.done = new Promise<string>((resolve, reject) => {
      this.resolveDone = resolve;
      this.rejectDone = reject;
    });
    // Callers may stop listening (the body failed first); the outcome is then of no interest.
    this.done.catch(() => {});
    this.socket = net.createConnection(target);
    this.socket.setTimeout(timeoutMs, () => this.fail(new ScannerUnavailableError(`no traffic with clamd at ${address} for ${timeoutMs} ms`)));
    this.socket.on('data', (chunk: Buffer) => this.collect(chunk));
    this.socket.on('end', () => this.finish());
    this.socket.on('close', () => this.finish());
    this.socket.on('error', (err: NodeJS.ErrnoException) => {
      // clamd closing early (its size limit) can reset our pending write after its answer arrived.
      if (this.size > 0) this.finish();
      else this.fail(new ScannerUnavailableError(`clamd at ${address}: ${err.code ?? err.message}`, { cause: err }));
    });
  }

  get finished(): boolean {
    return this.settled;
  }

  /** Resolves once connected, or once the attempt has failed (then `done` holds the reason). */
  async connected(): Promise<void> {
    if (this.socket.connecting) await this.orEnd(new Promise<void>((resolve) => this.socket.once('connect', () => resolve())));
  }

  /**
   * Settles as `step` does, or with null as soon as the conversation ends. (Not Promise.race against
   * `done`: every race would leave a reaction on `done` holding its result, here the body's chunks.)
   */
  orEnd<T>(step: Promise<T>): Promise<T | null> {
    if (this.settled) return Promise.resolve(null);
    return new Promise<T | null>((resolve, reject) => {
      const onEnd = () => resolve(null);
      this.waiting.add(onEnd);
      step.then(
        (value) => {
          this.waiting.delete(onEnd);
          resolve(value);
        },
        (err: unknown) => {
          this.waiting.delete(onEnd);
          reject(err);
        },
      );
    });
  }

  /** Writes and, when the socket's buffer is full, waits for it to drain (or for the conversation to end). */
  async write(...data: Buffer[]): Promise<void> {
    if (this.settled) return;
    this.socket.cork();
    let room = true;
    for (const part of data) room = this.socket.write(part);
    this.socket.uncork();
    if (room) return;
    await this.orEnd(new Promise<void>((resolve) => this.socket.once('drain', resolve)));
  }

  /**
   * Lets the event loop poll the socket before the next write. clamd answers and then closes when a
   * stream exceeds its size limit; a write that meets the closed socket tears it down before its
   * answer is read, whereas a poll first reads the answer (and ends this conversation).
   */
  readFirst(): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve));
  }

  close(): void {
    this.socket.destroy();
  }

  private collect(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    if (chunk.includes(0)) this.finish();
    else if (this.size > MAX_REPLY_BYTES) this.fail(new ScannerUnavailableError(`clamd at ${this.address} sent an unterminated reply of over ${MAX_REPLY_BYTES} bytes`));
  }

  private finish(): void {
    if (this.settled) return;
    if (this.size === 0) return this.fail(new ScannerUnavailableError(`clamd at ${this.address} closed the connection without a reply`));
    this.settled = true;
    this.wake();
    const text = Buffer.concat(this.chunks).toString('utf8');
    const end = text.indexOf('\0');
    this.resolveDone((end >= 0 ? text.slice(0, end) : text).trim());
    this.socket.destroy();
  }

  private wake(): void {
    for (const onEnd of this.waiting) onEnd();
    this.waiting.clear();
  }

  private fail(err: Error): void {
    if (this.settled) return;
    this.settled = true;
    this.wake();
    this.rejectDone(err);
    this.socket.destroy();
  }
}

const isReset = (err: unknown) => ['EPIPE', 'ECONNRESET'].includes((err as NodeJS.ErrnoException | undefined)?.code ?? '');

/** Reads clamd's INSTREAM answer: "stream: OK", "stream: <name> FOUND" or "<reason> ERROR". */
export function parseScanReply(reply: string): ScanVerdict {
  const text = reply.replace(/^stream:\s*/, '');
  if (text === 'OK') return { result: 'clean' };
  const found = /^(.+) FOUND$/.exec(text);
  if (found) return { result: 'infected', signature: found[1]! };
  const error = /^(.*?)\s*ERROR$/.exec(text);
  if (error) return { result: 'failed', reason: error[1] || 'clamd reported an error' };
  return { result: 'failed', reason: `unexpected reply from clamd: ${reply.slice(0, 200)}` };
}

/** A VirusScanner for the clamd at `address` ('/path/to.sock' or 'tcp://host:port'). */
export function createClamdScanner(address: string, opts: ClamdOptions = {}): VirusScanner {
  const target = parseAddress(address);
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const chunkBytes = opts.chunkBytes ?? 64 * 1024;
  if (!Number.isInteger(chunkBytes) || chunkBytes < 1) throw new Error(`chunkBytes must be a positive integer, got ${chunkBytes}`);

  const command = async (name: string): Promise<string> => {
    const talk = new Conversation(target, address, timeoutMs);
    await talk.connected();
    await talk.write(Buffer.from(`z${name}\0`));
    return talk.done;
  };

  const version = () => command('VERSION');

  const ping = async (): Promise<boolean> => {
    try {
      return (await command('PING')) === 'PONG';
    } catch {
      return false;
    }
  };

  const scan = async (body: Readable): Promise<ScanOutcome> => {
    // Asking for the version first also means an unreachable clamd costs none of the body.
    const engine = await version();
    const talk = new Conversation(target, address, timeoutMs);
    let bytes = 0;
    let sending = false;
    // Leave the body alive when we stop early: it belongs to the caller.
    const chunks = body.iterator({ destroyOnReturn: false });
    try {
      await talk.connected();
      await talk.write(Buffer.from('zINSTREAM\0'));
      sending = true;
      while (!talk.finished) {
        const next = chunks.next();
        next.catch(() => {}); // if clamd ends the conversation first, a later body error is the caller's
        const step = await talk.orEnd(next);
        if (step === null || step.done) break;
        const chunk: Buffer = typeof step.value === 'string' ? Buffer.from(step.value) : step.value;
        for (let at = 0; at < chunk.length && !talk.finished; at += chunkBytes) {
          const piece = chunk.subarray(at, at + chunkBytes);
          const length = Buffer.alloc(4);
          length.writeUInt32BE(piece.length);
          await talk.readFirst();
          if (talk.finished) break;
          await talk.write(length, piece);
          bytes += piece.length;
        }
      }
      if (!talk.finished) await talk.write(Buffer.alloc(4)); // a zero length ends the stream
      const reply = await talk.done;
      return { verdict: parseScanReply(reply), engine, bytes };
    } catch (err) {
      talk.close();
      if (sending && err instanceof ScannerUnavailableError && isReset(err.cause) && (await ping())) {
        // clamd cut the stream short yet is up: what its size limit does when our write beat its answer.
        return { verdict: { result: 'failed', reason: `clamd closed the stream after ${bytes} bytes without an answer (most likely its INSTREAM size limit)` }, engine, bytes };
      }
      throw err;
    } finally {
      // Detaches the iterator from the body without destroying it.
      chunks.return?.().catch(() => {});
    }
  };

  return { address, scan, version, ping };
}
