import { GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server, s3Env, type RunningS3 } from '../../../test/support/s3.js';
import { keysOf } from '../../../test/support/streams.js';
import { loadConfig } from '../config.js';
import type { DocumentStorage } from '../storage-port.js';
import { createDocumentStorage, createS3Client } from './index.js';

/** Where createDocumentStorage puts quarantine and documents for each STORAGE setting. */

const text = (s: string) => Readable.from([Buffer.from(s)]);
const opts = { contentType: 'text/plain', maxBytes: 1000 };

async function putBoth(storage: DocumentStorage): Promise<void> {
  await storage.quarantine.put('up/load.txt', text('unscanned'), opts);
  await storage.documents.put('up/load.txt', text('clean'), opts);
}

describe('createDocumentStorage', () => {
  let s3: RunningS3;
  let dataDir: string;
  beforeAll(async () => {
    s3 = await startS3Server();
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'dm-storage-'));
  });
  afterAll(async () => {
    await s3?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('local: two folders under DATA_DIR/files, holding the bytes as plain files', async () => {
    const storage = createDocumentStorage(loadConfig({ DATA_DIR: dataDir }));
    expect(storage.quarantine.description).toBe(`local folder ${path.join(dataDir, 'files', 'quarantine')}`);
    expect(storage.documents.description).toBe(`local folder ${path.join(dataDir, 'files', 'documents')}`);
    await putBoth(storage);
    expect(readFileSync(path.join(dataDir, 'files', 'quarantine', 'up', 'load.txt'), 'utf8')).toBe('unscanned');
    expect(readFileSync(path.join(dataDir, 'files', 'documents', 'up', 'load.txt'), 'utf8')).toBe('clean');
    expect(await storage.quarantine.check()).toBe(true);
  });

  it('local: a name cannot be both an object and a folder (S3 allows it): such a put fails and changes nothing', async () => {
    const { documents } = createDocumentStorage(loadConfig({ DATA_DIR: dataDir }));
    await documents.put('clash/a', text('object a'), opts);
    await documents.put('clash/b/c', text('object b/c'), opts);
    await expect(documents.put('clash/a/x', text('x'), opts)).rejects.toThrow(/clashes with another object/);
    await expect(documents.put('clash/b', text('x'), opts)).rejects.toThrow(/clashes with another object/);
    expect(await keysOf(documents, 'clash/')).toEqual(['clash/a', 'clash/b/c']);
    expect([await documents.head('clash/a'), await documents.head('clash/b')]).toEqual([{ size: 8, contentType: 'text/plain' }, null]);
    expect(readdirSync(path.join(dataDir, 'files', 'documents', '.tmp~'))).toEqual([]);
  });

  it('S3 with S3_QUARANTINE_BUCKET: quarantine at the top of its own bucket, documents under documents/', async () => {
    await s3.createBucket('dm-quarantine');
    const config = loadConfig({ ...s3Env(s3), S3_QUARANTINE_BUCKET: 'dm-quarantine' });
    const storage = createDocumentStorage(config);
    expect(storage.quarantine.description).toBe(`S3 bucket dm-quarantine at ${s3.endpoint}`);
    expect(storage.documents.description).toBe(`S3 bucket ${s3.bucket} (prefix documents/) at ${s3.endpoint}`);
    await putBoth(storage);

    const raw = createS3Client(config);
    const body = async (Bucket: string, Key: string) => (await raw.send(new GetObjectCommand({ Bucket, Key }))).Body!.transformToString();
    expect(await body('dm-quarantine', 'up/load.txt')).toBe('unscanned');
    expect(await body(s3.bucket, 'documents/up/load.txt')).toBe('clean');
    await expect(raw.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: 'quarantine/up/load.txt' }))).rejects.toMatchObject({ name: 'NotFound' });
    expect(await keysOf(storage.quarantine)).toEqual(['up/load.txt']);
    expect(await keysOf(storage.documents)).toEqual(['up/load.txt']);
    expect([await storage.quarantine.check(), await storage.documents.check()]).toEqual([true, true]);
    for (const store of [storage.quarantine, storage.documents]) expect(store.description).not.toContain(s3.secretAccessKey);
    raw.destroy();
  });

  it('S3 without S3_QUARANTINE_BUCKET: quarantine under quarantine/ in S3_BUCKET, apart from documents', async () => {
    const config = loadConfig(s3Env(s3));
    const storage = createDocumentStorage(config);
    expect(storage.quarantine.description).toBe(`S3 bucket ${s3.bucket} (prefix quarantine/) at ${s3.endpoint}`);
    await storage.quarantine.put('only/here.txt', text('q'), opts);
    const raw = createS3Client(config);
    expect((await raw.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: 'quarantine/only/here.txt' }))).ContentLength).toBe(1);
    raw.destroy();
    expect(await storage.documents.head('only/here.txt')).toBeNull();
    expect(await keysOf(storage.documents)).not.toContain('only/here.txt');
  });

  it('check() is false when the bucket does not exist or the keys are wrong', async () => {
    expect(await createDocumentStorage(loadConfig({ ...s3Env(s3), S3_BUCKET: 'no-such-bucket' })).documents.check()).toBe(false);
    expect(await createDocumentStorage(loadConfig({ ...s3Env(s3), S3_SECRET_ACCESS_KEY: 'wrong' })).documents.check()).toBe(false);
  });
});
