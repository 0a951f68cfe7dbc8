import net from 'node:net';
import { Readable } from 'node:stream';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../commands/ports.js';
import { EICAR_SIGNATURE, TEST_SIGNATURE, detectedAs, eicar, markedFile, startClamd, type RunningClamd } from '../../test/support/clamd.js';
import { ScannerUnavailableError, createClamdScanner } from './clamd.js';

const MB = 1024 * 1024;

const cleanPdf = () =>
  Buffer.from(
    ['%PDF-1.4', '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj', '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj', 'trailer << /Root 1 0 R >>', '%%EOF', ''].join('\n'),
  );

/** A body of `total` bytes made up as it is read (fresh buffers, never all at once). */
function generated(total: number, chunk = 64 * 1024): Readable {
  let sent = 0;
  let n = 0;
  return new Readable({
    read() {
      if (sent >= total) return void this.push(null);
      const size = Math.min(chunk, total - sent);
      const buf = Buffer.allocUnsafe(size);
      // Printable text that varies, so that nothing can be deduplicated or compressed away.
      for (let i = 0; i < size; i++) buf[i] = 97 + ((i + n) % 26);
      n++;
      sent += size;
      this.push(buf);
    },
  });
}

/** V8's garbage collector, exposed at run time (the test process is not started with --expose-gc). */
function collector(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

/** Splits a buffer into a stream of `size`-byte chunks. */
function inPieces(buf: Buffer, size: number): Readable {
  const pieces: Buffer[] = [];
  for (let at = 0; at < buf.length; at += size) pieces.push(buf.subarray(at, at + size));
  return Readable.from(pieces);
}

describe('clamd INSTREAM client against a real clamd', () => {
  let clamd: RunningClamd;
  let small: RunningClamd;

  beforeAll(async () => {
    [clamd, small] = await Promise.all([startClamd({ tcp: true }), startClamd({ streamMaxBytes: 1 * MB, tcp: true })]);
    process.stdout.write(`[clamd] clamd started in ${clamd.startMs} ms (and ${small.startMs} ms for the 1 MB one)\n`);
  });
  afterAll(async () => {
    await Promise.all([clamd?.stop(), small?.stop()]);
  });

  it('finds a clean PDF-like file clean and names the engine', async () => {
    const scanner = createClamdScanner(clamd.address);
    const outcome = await scanner.scan(Readable.from([cleanPdf()]));
    expect(outcome.verdict).toEqual({ result: 'clean' });
    expect(outcome.engine).toMatch(/^ClamAV \d+\.\d+/);
    expect(outcome.bytes).toBe(cleanPdf().length);
    expect(await scanner.version()).toBe(outcome.engine);
    expect(await scanner.ping()).toBe(true);
  });

  it('finds EICAR, over the unix socket and over TCP', async () => {
    expect(eicar()).toHaveLength(68);
    for (const address of [clamd.address, clamd.tcpAddress!]) {
      const outcome = await createClamdScanner(address).scan(Readable.from([eicar()]));
      expect(outcome.verdict).toEqual({ result: 'infected', signature: detectedAs(EICAR_SIGNATURE) });
      expect(outcome.bytes).toBe(68);
    }
  });

  it('finds the marker of our own signature', async () => {
    const outcome = await createClamdScanner(clamd.address).scan(Readable.from([markedFile()]));
    expect(outcome.verdict).toEqual({ result: 'infected', signature: detectedAs(TEST_SIGNATURE) });
  });

  it('finds EICAR in the middle of a larger file, across chunk boundaries', async () => {
    const before = Buffer.alloc(100_003, 'a');
    const after = Buffer.alloc(50_000, 'z');
    const body = Buffer.concat([before, eicar(), after]);
    // 7-byte INSTREAM chunks and 1000-byte body chunks: the test string straddles both kinds of boundary.
    expect(before.length % 7).not.toBe(0);
    const outcome = await createClamdScanner(clamd.address, { chunkBytes: 7 }).scan(inPieces(body, 1000));
    expect(outcome.verdict).toEqual({ result: 'infected', signature: detectedAs(EICAR_SIGNATURE) });
    expect(outcome.bytes).toBe(body.length);
  });

  it('streams 50 MB with flat memory', async () => {
    const total = 50 * MB;
    const scanner = createClamdScanner(clamd.address);
    // Collect garbage before each sample, so that what is measured is what is held, not what V8 has
    // yet to collect (50 MB of spent chunks can otherwise sit there uncollected).
    const gc = collector();
    gc();
    const base = process.memoryUsage();
    let peakRss = base.rss;
    let peakArrayBuffers = base.arrayBuffers;
    const sampler = setInterval(() => {
      gc();
      const now = process.memoryUsage();
      peakRss = Math.max(peakRss, now.rss);
      peakArrayBuffers = Math.max(peakArrayBuffers, now.arrayBuffers);
    }, 20);
    const began = performance.now();
    const outcome = await scanner.scan(generated(total)).finally(() => clearInterval(sampler));
    const rssGrowth = (peakRss - base.rss) / MB;
    const bufferGrowth = (peakArrayBuffers - base.arrayBuffers) / MB;
    process.stdout.write(
      `[clamd] 50 MB scanned in ${Math.round(performance.now() - began)} ms; peak growth: rss ${rssGrowth.toFixed(1)} MB, arrayBuffers ${bufferGrowth.toFixed(1)} MB\n`,
    );
    expect(outcome.verdict).toEqual({ result: 'clean' });
    expect(outcome.bytes).toBe(total);
    expect(rssGrowth).toBeLessThan(25);
    expect(bufferGrowth).toBeLessThan(25);
  }, 120_000);

  it('reports a body over the stream size limit as failed, not as an outage, and leaves the body alone', async () => {
    const scanner = createClamdScanner(small.address);
    const body = generated(3 * MB);
    const outcome = await scanner.scan(body);
    expect(outcome.verdict.result).toBe('failed');
    expect(outcome.verdict).toMatchObject({ reason: expect.stringMatching(/size limit/i) });
    expect(outcome.bytes).toBeGreaterThanOrEqual(1 * MB);
    expect(outcome.bytes).toBeLessThan(3 * MB);
    expect(body.destroyed).toBe(false);
    body.destroy();
    // Just under the limit is still scanned.
    expect((await scanner.scan(generated(1 * MB - 1024))).verdict).toEqual({ result: 'clean' });
  });

  it('gets the size-limit answer every time (clamd closes while we are still writing)', async () => {
    for (const address of [small.address, small.tcpAddress!]) {
      for (let i = 0; i < 20; i++) {
        const outcome = await createClamdScanner(address).scan(generated(2 * MB));
        expect(outcome.verdict).toMatchObject({ result: 'failed', reason: expect.stringMatching(/size limit/i) });
      }
    }
  });

  it("passes the body's own error on unchanged", async () => {
    const boom = new Error('upload aborted');
    const body = new Readable({ read() {} });
    body.push(Buffer.alloc(1000, 'x'));
    setTimeout(() => body.destroy(boom), 50);
    await expect(createClamdScanner(clamd.address).scan(body)).rejects.toBe(boom);
  });

  it('treats a halted clamd as unavailable, and scans again once it is back', async () => {
    const scanner = createClamdScanner(clamd.address);
    await clamd.halt();
    try {
      await expect(scanner.scan(Readable.from([cleanPdf()]))).rejects.toBeInstanceOf(ScannerUnavailableError);
      await expect(scanner.version()).rejects.toBeInstanceOf(ScannerUnavailableError);
      expect(await scanner.ping()).toBe(false);
    } finally {
      await clamd.start();
    }
    process.stdout.write(`[clamd] clamd restarted in ${clamd.startMs} ms\n`);
    expect(await scanner.ping()).toBe(true);
    expect((await scanner.scan(Readable.from([eicar()]))).verdict).toEqual({ result: 'infected', signature: detectedAs(EICAR_SIGNATURE) });
  });

  it('treats an unreachable TCP address as unavailable, quickly', async () => {
    const port = await findFreePort();
    const scanner = createClamdScanner(`tcp://127.0.0.1:${port}`, { timeoutMs: 2_000 });
    const began = performance.now();
    await expect(scanner.scan(Readable.from([cleanPdf()]))).rejects.toBeInstanceOf(ScannerUnavailableError);
    expect(await scanner.ping()).toBe(false);
    expect(performance.now() - began).toBeLessThan(2_000);
  });

  it('times out on a peer that accepts but never answers', async () => {
    const silent = net.createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const { port } = silent.address() as { port: number };
    try {
      const began = performance.now();
      await expect(createClamdScanner(`tcp://127.0.0.1:${port}`, { timeoutMs: 300 }).version()).rejects.toBeInstanceOf(ScannerUnavailableError);
      expect(performance.now() - began).toBeLessThan(2_000);
    } finally {
      silent.close();
    }
  });
});
