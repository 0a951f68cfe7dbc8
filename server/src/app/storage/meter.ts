import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { ObjectTooLargeError, type PutResult } from '../storage-port.js';

/**
 * A pass-through both adapters put between the caller's body and the destination: it counts and
 * hashes the bytes as they go by, and fails with ObjectTooLargeError as soon as the count passes the
 * limit (the pipeline then stops reading the body).
 */
export class ByteMeter extends Transform {
  // Private fields (#): the S3 upload reads a body's `size` property as its length.
  #bytes = 0;
  readonly #hash = createHash('sha256');

  constructor(readonly maxBytes: number) {
    super();
    if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) throw new Error(`maxBytes must be a whole number of bytes (got ${maxBytes})`);
  }

  override _transform(chunk: Buffer | string, encoding: BufferEncoding, done: TransformCallback): void {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    this.#bytes += bytes.length;
    if (this.#bytes > this.maxBytes) return done(new ObjectTooLargeError(this.maxBytes));
    this.#hash.update(bytes);
    done(null, bytes);
  }

  /** Size and digest of everything that passed; call once the stream has ended. */
  result(): PutResult {
    return { size: this.#bytes, sha256: this.#hash.digest('hex') };
  }
}
