import { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, HeadObjectCommand, paginateListObjectsV2, type S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertContentType, assertKey, prefixMayMatch, type ObjectStore, type PutResult, type StoredObject } from '../storage-port.js';
import { ByteMeter } from './meter.js';

export interface S3ObjectStoreOptions {
  client: S3Client;
  bucket: string;
  /** Put before every key, e.g. `documents/` ('' for the whole bucket). */
  prefix: string;
  /** Where the bucket is, for the description (an endpoint URL or a region); never a secret. */
  location?: string;
}

/**
 * Multipart parts of 5 MiB (the S3 minimum), one in flight. The uploader gathers a part from the
 * stream's chunks and then copies it into one buffer, so each part in flight costs ~10 MB: with
 * one, an upload holds ~15 MB whatever its size (measured in the contract test).
 */
const PART_BYTES = 5 * 1024 * 1024;
const PARTS_IN_FLIGHT = 1;

/**
 * "Not there" answers: NoSuchKey from GetObject, NotFound (a bare 404) from HeadObject. Any other
 * 404 (NoSuchBucket: a misconfigured bucket) is an error, never an absent object.
 */
function isAbsent(e: unknown): boolean {
  const err = e as { name?: string };
  return err?.name === 'NoSuchKey' || err?.name === 'NotFound';
}

/**
 * Objects in an S3 bucket (or any S3-compatible service) under a key prefix. A put is a multipart
 * upload fed from the stream (or a single PUT when it fits one part); S3 only shows an object once
 * its upload completes, and a failed upload is aborted so that no parts are left behind.
 */
export class S3ObjectStore implements ObjectStore {
  readonly description: string;
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(opts: S3ObjectStoreOptions) {
    if (opts.prefix && !opts.prefix.endsWith('/')) throw new Error(`S3 key prefix must end with "/" (got ${JSON.stringify(opts.prefix)})`);
    this.client = opts.client;
    this.bucket = opts.bucket;
    this.prefix = opts.prefix;
    this.description = `S3 bucket ${opts.bucket}${opts.prefix ? ` (prefix ${opts.prefix})` : ''}${opts.location ? ` at ${opts.location}` : ''}`;
  }

  private keyOf(key: string): string {
    assertKey(key);
    return this.prefix + key;
  }

  async put(key: string, body: Readable, opts: { contentType: string; maxBytes: number }): Promise<PutResult> {
    let meter: ByteMeter;
    let objectKey: string;
    try {
      objectKey = this.keyOf(key);
      assertContentType(opts.contentType);
      meter = new ByteMeter(opts.maxBytes);
    } catch (e) {
      body.destroy();
      throw e;
    }
    // The upload reads from the meter; the body's own errors and the size limit reach the upload
    // through it (it fails and aborts), and the pipeline's own rejection is not needed.
    const piping = pipeline(body, meter).catch(() => {});
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: objectKey, Body: meter, ContentType: opts.contentType },
      partSize: PART_BYTES,
      queueSize: PARTS_IN_FLIGHT,
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (e) {
      // A failure on the S3 side leaves the meter unread: stop the body too.
      meter.destroy();
      await piping;
      throw e;
    }
    await piping;
    return meter.result();
  }

  async get(key: string): Promise<StoredObject | null> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.keyOf(key) }));
      if (!(out.Body instanceof Readable)) throw new Error('S3 GetObject returned no readable body');
      return { body: out.Body, size: out.ContentLength ?? 0, contentType: out.ContentType ?? 'application/octet-stream' };
    } catch (e) {
      if (isAbsent(e)) return null;
      throw e;
    }
  }

  async head(key: string): Promise<{ size: number; contentType: string } | null> {
    try {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.keyOf(key) }));
      return { size: out.ContentLength ?? 0, contentType: out.ContentType ?? 'application/octet-stream' };
    } catch (e) {
      if (isAbsent(e)) return null;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.keyOf(key) }));
  }

  async *list(prefix = ''): AsyncIterable<{ key: string; size: number }> {
    if (!prefixMayMatch(prefix)) return;
    const pages = paginateListObjectsV2({ client: this.client }, { Bucket: this.bucket, Prefix: this.prefix + prefix });
    for await (const page of pages) {
      for (const item of page.Contents ?? []) {
        // Keys ending in '/' are folder markers (some S3-compatible servers list them): never ours.
        if (item.Key === undefined || item.Key.endsWith('/')) continue;
        yield { key: item.Key.slice(this.prefix.length), size: item.Size ?? 0 };
      }
    }
  }

  async check(): Promise<boolean> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
      return true;
    } catch {
      return false;
    }
  }
}
