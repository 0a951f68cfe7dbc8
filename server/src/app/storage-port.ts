import type { Readable } from 'node:stream';

/**
 * The object storage port: where uploaded files live, as the rest of the application sees it. Two
 * adapters implement it (a local folder and an S3 bucket, see ./storage/); each entry point builds
 * them from the configuration with createDocumentStorage and hands them down.
 *
 * Keys are relative paths such as `briefs/42/requirements.pdf` (see assertKey); both adapters give
 * the same answers for the same calls (storage.contract.test.ts runs one suite against both).
 */

/** What a completed put stored. */
export interface PutResult {
  size: number;
  /** SHA-256 of the bytes stored, lower-case hex. */
  sha256: string;
}

export interface StoredObject {
  /** The bytes, streamed: the caller must consume or destroy it. */
  body: Readable;
  size: number;
  contentType: string;
}

/** A put's body went past its `maxBytes`: nothing was stored. */
export class ObjectTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`The object is larger than the limit of ${limitBytes} bytes`);
    this.name = 'ObjectTooLargeError';
  }
}

export interface ObjectStore {
  /** Where the objects live, for notices and logs, e.g. "local folder /x/files/quarantine" (never a secret). */
  readonly description: string;
  /**
   * Streams `body` to `key` without holding the object in memory. Past `maxBytes` it stops reading
   * and throws ObjectTooLargeError; an error from `body` itself is rethrown as is. When it throws,
   * nothing is stored at `key` and an object already there is unchanged; readers never see a
   * partly written object. `body` is always read to its end or destroyed (also when the key or
   * content type is refused: see assertKey, assertContentType).
   */
  put(key: string, body: Readable, opts: { contentType: string; maxBytes: number }): Promise<PutResult>;
  /** The object, or null when there is none at `key`. */
  get(key: string): Promise<StoredObject | null>;
  /** Size and content type without the bytes; null when absent. */
  head(key: string): Promise<{ size: number; contentType: string } | null>;
  /** Removes the object; removing an absent one is not an error. */
  delete(key: string): Promise<void>;
  /** Every key starting with `prefix` (keys as given to put), in no particular order. */
  list(prefix?: string): AsyncIterable<{ key: string; size: number }>;
  /** Whether the store can be reached (start-up notices, health). Never throws. */
  check(): Promise<boolean>;
}

/** Uploads land in quarantine until scanned; clean files move to documents. */
export interface DocumentStorage {
  quarantine: ObjectStore;
  documents: ObjectStore;
}

const KEY_CHARS = /^[A-Za-z0-9._/-]{1,512}$/;

/**
 * Throws unless `key` is 1-512 characters of letters, digits, `.`, `_`, `-` and `/`, with no
 * leading or trailing `/`, no empty segment (`//`) and no `.` or `..` segment: such a key names the
 * same object in a folder and in a bucket, and cannot reach outside either.
 */
export function assertKey(key: string): void {
  const ok = typeof key === 'string' && KEY_CHARS.test(key) && key.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
  if (!ok) throw new Error(`Invalid storage key ${JSON.stringify(String(key).slice(0, 80))}: use 1-512 of A-Z a-z 0-9 . _ - / with no empty, "." or ".." segment`);
}

/**
 * For list: throws unless `prefix` uses only the characters a key may have ('' lists everything);
 * answers false when no valid key can start with it (its whole segments are not valid, e.g. '../').
 */
export function prefixMayMatch(prefix: string): boolean {
  if (typeof prefix !== 'string' || !/^[A-Za-z0-9._/-]{0,512}$/.test(prefix)) throw new Error(`Invalid storage prefix ${JSON.stringify(String(prefix).slice(0, 80))}`);
  return prefix
    .split('/')
    .slice(0, -1)
    .every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/** Content types are stored as an HTTP header: printable ASCII, at most 255 characters. */
export function assertContentType(contentType: string): void {
  if (typeof contentType !== 'string' || !/^[\x20-\x7e]{1,255}$/.test(contentType)) {
    throw new Error(`Invalid content type ${JSON.stringify(String(contentType).slice(0, 80))}`);
  }
}
