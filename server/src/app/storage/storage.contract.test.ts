import { ListMultipartUploadsCommand } from '@aws-sdk/client-s3';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server, s3Env, type RunningS3 } from '../../../test/support/s3.js';
import { generated, keysOf, MB, measureMemory, readAll, sha256 } from '../../../test/support/streams.js';
import { loadConfig } from '../config.js';
import { ObjectTooLargeError, type ObjectStore } from '../storage-port.js';
import { createS3Client, LocalObjectStore, S3ObjectStore } from './index.js';

/**
 * One suite, run against both adapters: a folder in a temporary directory, and a bucket on a real
 * S3 API (S3Proxy). `leftovers` counts what a failed put could leave behind in each (temporary
 * files; multipart uploads not aborted).
 */
interface Subject {
  store: ObjectStore;
  leftovers(): Promise<number>;
  close(): Promise<void>;
}

const adapters: { name: string; open(): Promise<Subject> }[] = [
  {
    name: 'local folder',
    async open() {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'dm-store-'));
      const leftovers = async () => readdirSync(path.join(dir, '.tmp~')).length;
      return { store: new LocalObjectStore(dir), leftovers, close: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'S3 bucket (S3Proxy)',
    async open() {
      const server: RunningS3 = await startS3Server();
      const client = createS3Client(loadConfig(s3Env(server)));
      const leftovers = async () => (await client.send(new ListMultipartUploadsCommand({ Bucket: server.bucket }))).Uploads?.length ?? 0;
      const close = async () => {
        client.destroy();
        await server.stop();
      };
      return { store: new S3ObjectStore({ client, bucket: server.bucket, prefix: 'documents/' }), leftovers, close };
    },
  },
];

describe.each(adapters)('object store contract: $name', (adapter) => {
  let subject: Subject;
  let store: ObjectStore;
  beforeAll(async () => {
    subject = await adapter.open();
    store = subject.store;
  });
  afterAll(async () => subject?.close());

  it('stores bytes and content type, and reports their size and SHA-256', async () => {
    const data = randomBytes(300_000);
    const result = await store.put('round/trip.pdf', Readable.from([data.subarray(0, 1000), data.subarray(1000)]), { contentType: 'application/pdf', maxBytes: MB });
    expect(result).toEqual({ size: data.length, sha256: sha256(data) });
    const got = await store.get('round/trip.pdf');
    expect(got && { size: got.size, contentType: got.contentType }).toEqual({ size: data.length, contentType: 'application/pdf' });
    expect((await readAll(got!.body)).equals(data)).toBe(true);
    expect(await store.head('round/trip.pdf')).toEqual({ size: data.length, contentType: 'application/pdf' });
    expect(await store.check()).toBe(true);
  });

  it('overwrites an object, and a put of 0 bytes stores an empty object', async () => {
    await store.put('over/it.txt', Readable.from([Buffer.from('first version')]), { contentType: 'text/plain', maxBytes: 100 });
    // (S3Proxy's web server rewrites a few common content types, e.g. "text/html;charset=utf-8",
    // which breaks their signature: this one it leaves alone. Amazon S3 takes any.)
    await store.put('over/it.txt', Readable.from([Buffer.from('a,b\n1,2\n')]), { contentType: 'text/csv; charset=utf-8', maxBytes: 100 });
    const got = await store.get('over/it.txt');
    expect({ contentType: got?.contentType, text: (await readAll(got!.body)).toString() }).toEqual({ contentType: 'text/csv; charset=utf-8', text: 'a,b\n1,2\n' });

    expect(await store.put('empty/none.bin', Readable.from([]), { contentType: 'application/octet-stream', maxBytes: 0 })).toEqual({ size: 0, sha256: sha256(Buffer.alloc(0)) });
    const empty = await store.get('empty/none.bin');
    expect(empty?.size).toBe(0);
    expect((await readAll(empty!.body)).length).toBe(0);
    expect(await store.head('empty/none.bin')).toEqual({ size: 0, contentType: 'application/octet-stream' });
  });

  it('answers null for an absent object; delete is idempotent', async () => {
    expect(await store.get('absent/thing.pdf')).toBeNull();
    expect(await store.head('absent/thing.pdf')).toBeNull();
    await store.delete('absent/thing.pdf');
    await store.put('gone/soon.txt', Readable.from([Buffer.from('x')]), { contentType: 'text/plain', maxBytes: 10 });
    await store.delete('gone/soon.txt');
    await store.delete('gone/soon.txt');
    expect(await store.get('gone/soon.txt')).toBeNull();
    expect(await store.head('gone/soon.txt')).toBeNull();
    expect(await keysOf(store, 'gone/')).toEqual([]);
  });

  it('lists the keys under a prefix (a plain string prefix, not only folders) with their sizes', async () => {
    for (const key of ['l/x/1.txt', 'l/x/2.txt', 'l/y/3.txt', 'l/x1.txt', 'l/a..b.pdf', 'l/.hidden-name']) {
      await store.put(key, Readable.from([Buffer.from(key)]), { contentType: 'text/plain', maxBytes: 100 });
    }
    expect(await keysOf(store, 'l/x/')).toEqual(['l/x/1.txt', 'l/x/2.txt']);
    expect(await keysOf(store, 'l/x')).toEqual(['l/x/1.txt', 'l/x/2.txt', 'l/x1.txt']);
    expect(await keysOf(store, 'l/')).toEqual(['l/.hidden-name', 'l/a..b.pdf', 'l/x/1.txt', 'l/x/2.txt', 'l/x1.txt', 'l/y/3.txt']);
    expect(await keysOf(store, 'nothing/')).toEqual([]);
    for (const impossible of ['../', '/l/', 'l//', 'l/./']) expect(await keysOf(store, impossible)).toEqual([]);
    await expect(keysOf(store, 'l/x y')).rejects.toThrow(/Invalid storage prefix/);
    expect(await keysOf(store)).toEqual(expect.arrayContaining(['l/y/3.txt', 'round/trip.pdf']));
    const sizes = [];
    for await (const item of store.list('l/y/')) sizes.push(item);
    expect(sizes).toEqual([{ key: 'l/y/3.txt', size: 9 }]);
    expect((await readAll((await store.get('l/a..b.pdf'))!.body)).toString()).toBe('l/a..b.pdf');
  });

  it.each([
    ['a single part', 1 * MB, 3 * MB],
    ['a multipart upload', 7 * MB, 13 * MB],
  ])('past maxBytes (%s) it stops reading, throws ObjectTooLargeError and stores nothing', async (_, limit, size) => {
    await store.put('big/kept.bin', Readable.from([Buffer.from('earlier')]), { contentType: 'text/plain', maxBytes: 100 });
    for (const key of ['big/kept.bin', 'big/new.bin']) {
      const body = generated(size);
      const error = await store.put(key, body.stream, { contentType: 'application/pdf', maxBytes: limit }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ObjectTooLargeError);
      expect((error as ObjectTooLargeError).limitBytes).toBe(limit);
      expect(body.pulled()).toBeLessThan(limit + MB);
      expect(body.stream.destroyed).toBe(true);
    }
    expect(await store.get('big/new.bin')).toBeNull();
    expect(await store.head('big/kept.bin')).toEqual({ size: 7, contentType: 'text/plain' });
    expect((await readAll((await store.get('big/kept.bin'))!.body)).toString()).toBe('earlier');
    expect(await keysOf(store, 'big/')).toEqual(['big/kept.bin']);
    expect(await subject.leftovers()).toBe(0);
  });

  it('rethrows an error from the body stream midway and stores nothing', async () => {
    await store.put('broken/kept.bin', Readable.from([Buffer.from('earlier')]), { contentType: 'text/plain', maxBytes: 100 });
    for (const [key, failAfter] of [
      ['broken/kept.bin', 6 * MB],
      ['broken/new.bin', 100_000],
    ] as const) {
      const failWith = new Error('the client went away');
      const error = await store.put(key, generated(20 * MB, { failAfter, failWith }).stream, { contentType: 'application/pdf', maxBytes: 50 * MB }).catch((e: unknown) => e);
      expect(error).toBe(failWith);
    }
    expect(await store.head('broken/new.bin')).toBeNull();
    expect((await readAll((await store.get('broken/kept.bin'))!.body)).toString()).toBe('earlier');
    expect(await keysOf(store, 'broken/')).toEqual(['broken/kept.bin']);
    expect(await subject.leftovers()).toBe(0);
  });

  it('rejects keys that are not plain relative paths', async () => {
    for (const key of ['../x', 'a/../../x', '/abs', 'a//b', '', 'a/', './a', 'a/./b', 'sp ace', 'tilde~', 'x'.repeat(513)]) {
      const body = Readable.from([Buffer.from('x')]);
      await expect(store.put(key, body, { contentType: 'text/plain', maxBytes: 10 }), key).rejects.toThrow(/Invalid storage key/);
      await expect(store.get(key), key).rejects.toThrow(/Invalid storage key/);
      await expect(store.head(key), key).rejects.toThrow(/Invalid storage key/);
      await expect(store.delete(key), key).rejects.toThrow(/Invalid storage key/);
    }
    await store.put('x'.repeat(200) + '/' + 'y'.repeat(200), Readable.from([Buffer.from('long')]), { contentType: 'text/plain', maxBytes: 10 });
    expect(await store.head('x'.repeat(200) + '/' + 'y'.repeat(200))).toEqual({ size: 4, contentType: 'text/plain' });
  });

  it('streams a 50 MB put and get with flat memory', { timeout: 120_000 }, async () => {
    const size = 50 * MB;
    let body!: ReturnType<typeof generated>;
    const put = await measureMemory((sample) => {
      body = generated(size, { onMegabytes: sample });
      return store.put('large/fifty.bin', body.stream, { contentType: 'application/octet-stream', maxBytes: size });
    });
    expect(put.result).toEqual({ size, sha256: body.digest() });
    const got = await measureMemory(async (sample) => {
      const hash = createHash('sha256');
      let read = 0;
      for await (const chunk of (await store.get('large/fifty.bin'))!.body) {
        hash.update(chunk as Buffer);
        if (Math.floor((read + (chunk as Buffer).length) / (4 * MB)) > Math.floor(read / (4 * MB))) sample();
        read += (chunk as Buffer).length;
      }
      return hash.digest('hex');
    });
    expect(got.result).toBe(body.digest());
    // eslint-disable-next-line no-console
    console.log(`[storage] ${adapter.name}, 50 MB: put ${put.report}; get ${got.report}`);
    for (const { growth } of [put, got]) {
      expect(growth.rss).toBeLessThan(25);
      expect(growth.arrayBuffers).toBeLessThan(25);
    }
  });
});
