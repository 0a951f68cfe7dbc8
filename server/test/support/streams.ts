import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ObjectStore } from '../../src/app/storage-port.js';

/** Stream helpers for the storage tests: generated bodies, reading back, memory sampling. */

export const MB = 1024 * 1024;

export const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function keysOf(store: ObjectStore, prefix?: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const item of store.list(prefix)) keys.push(item.key);
  return keys.sort();
}

/**
 * `total` bytes made on demand in 64 KiB chunks (a byte pattern, so the digest can be recomputed),
 * optionally failing with `failWith` after `failAfter` bytes. `pulled()` tells how much was read;
 * `onMegabytes` is called after every 4 MB read.
 */
export function generated(total: number, opts: { failAfter?: number; failWith?: Error; onMegabytes?: () => void } = {}) {
  let sent = 0;
  const chunkAt = (offset: number) => Buffer.alloc(Math.min(64 * 1024, total - offset), (offset / 65536) % 251);
  const stream = new Readable({
    read() {
      if (opts.failWith && sent >= (opts.failAfter ?? 0)) return this.destroy(opts.failWith);
      if (sent >= total) return this.push(null);
      const chunk = chunkAt(sent);
      sent += chunk.length;
      if (sent % (4 * MB) === 0) opts.onMegabytes?.();
      this.push(chunk);
    },
  });
  const digest = () => {
    const hash = createHash('sha256');
    for (let offset = 0; offset < total; offset += 64 * 1024) hash.update(chunkAt(offset));
    return hash.digest('hex');
  };
  return { stream, pulled: () => sent, digest };
}

/**
 * Runs `work` while sampling the process's memory every 250 ms and whenever `work` calls `sample`
 * (every 4 MB moved), each sample taken after a full ("last resort") garbage collection: the
 * figures are what is held, not dead buffers awaiting V8's next collection.
 */
export async function measureMemory<T>(work: (sample: () => void) => Promise<T>): Promise<{ result: T; growth: { rss: number; arrayBuffers: number }; report: string }> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (opts: object) => void;
  const held = () => {
    gc({ type: 'major', flavor: 'last-resort' });
    return process.memoryUsage();
  };
  const base = held();
  const peak = { rss: base.rss, arrayBuffers: base.arrayBuffers, samples: 0 };
  const sample = () => {
    const now = held();
    peak.rss = Math.max(peak.rss, now.rss);
    peak.arrayBuffers = Math.max(peak.arrayBuffers, now.arrayBuffers);
    peak.samples++;
  };
  // Not more often: a full collection on a busy machine can take longer than the interval, and
  // then every turn of the event loop would collect (a local put went from 0.2 s to 35 s).
  const sampler = setInterval(sample, 250);
  const started = Date.now();
  const result = await work(sample).finally(() => clearInterval(sampler));
  const growth = { rss: (peak.rss - base.rss) / MB, arrayBuffers: (peak.arrayBuffers - base.arrayBuffers) / MB };
  const report = `${Date.now() - started} ms, ${peak.samples} samples, peak growth rss ${growth.rss.toFixed(1)} MB, arrayBuffers ${growth.arrayBuffers.toFixed(1)} MB`;
  return { result, growth, report };
}
