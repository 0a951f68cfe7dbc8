import { randomUUID } from 'node:crypto';
import { constants, createWriteStream, type Dirent } from 'node:fs';
import { access, mkdir, open, readFile, readdir, rename, rm, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertContentType, assertKey, prefixMayMatch, type ObjectStore, type PutResult, type StoredObject } from '../storage-port.js';
import { ByteMeter } from './meter.js';

/**
 * Suffix of the file beside each object that holds its content type, and the folder (inside the
 * root, so on the same filesystem) where puts are written before being renamed into place. Both
 * contain `~`, which no key may, so neither can clash with an object or be listed as one.
 */
const META = '~meta.json';
const TMP = '.tmp~';
const DEFAULT_TYPE = 'application/octet-stream';

/** Errors that mean "no object here" (a missing file, a parent that is a file, a folder in its place). */
const absent = (e: unknown) => ['ENOENT', 'ENOTDIR', 'EISDIR'].includes((e as NodeJS.ErrnoException).code ?? '');

/**
 * Objects as plain files under a folder: `key` is the file's path below the root (so the bytes
 * can be read directly), the content type sits in `<file>~meta.json`. A put writes to a temporary
 * file and renames it into place, so a reader sees the old object or the new one, never a part.
 * As in any filesystem, `a` and `a/b` cannot both be objects: such a put fails with a clear error.
 */
export class LocalObjectStore implements ObjectStore {
  readonly description: string;
  private readonly root: string;

  constructor(rootDir: string) {
    this.root = path.resolve(rootDir);
    this.description = `local folder ${this.root}`;
  }

  private fileOf(key: string): string {
    assertKey(key);
    const file = path.resolve(this.root, ...key.split('/'));
    if (!file.startsWith(this.root + path.sep)) throw new Error(`Storage key ${JSON.stringify(key)} is outside ${this.root}`);
    return file;
  }

  async put(key: string, body: Readable, opts: { contentType: string; maxBytes: number }): Promise<PutResult> {
    let file: string;
    let meter: ByteMeter;
    try {
      file = this.fileOf(key);
      assertContentType(opts.contentType);
      meter = new ByteMeter(opts.maxBytes);
    } catch (e) {
      body.destroy();
      throw e;
    }
    const tmp = path.join(this.root, TMP, randomUUID());
    try {
      await mkdir(path.dirname(tmp), { recursive: true });
      await pipeline(body, meter, createWriteStream(tmp, { flags: 'wx' }));
      const result = meter.result();
      await writeFile(tmp + META, JSON.stringify({ contentType: opts.contentType, ...result }), { flag: 'wx' });
      await this.moveIntoPlace(key, tmp, file);
      return result;
    } catch (e) {
      body.destroy(); // already done by the pipeline, unless the temporary folder could not be made
      throw e;
    } finally {
      await Promise.all([rm(tmp, { force: true }), rm(tmp + META, { force: true })]);
    }
  }

  /**
   * The content type first, then the bytes: a reader of a new key finds nothing until the bytes
   * land. A concurrent delete may remove the (empty) parent folder between mkdir and rename: retry.
   */
  private async moveIntoPlace(key: string, tmp: string, file: string): Promise<void> {
    const clash = () => new Error(`Storage key ${JSON.stringify(key)} clashes with another object in ${this.root} (a name cannot be both an object and a folder)`);
    for (let attempt = 1; ; attempt++) {
      try {
        await mkdir(path.dirname(file), { recursive: true });
      } catch (e) {
        if (['EEXIST', 'ENOTDIR'].includes((e as NodeJS.ErrnoException).code ?? '')) throw clash();
        throw e;
      }
      const existing = await stat(file).catch(() => null);
      if (existing && !existing.isFile()) throw clash();
      try {
        await rename(tmp + META, file + META);
        await rename(tmp, file);
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= 3) throw e;
      }
    }
  }

  private async contentTypeOf(file: string): Promise<string> {
    try {
      const meta = JSON.parse(await readFile(file + META, 'utf8')) as { contentType?: unknown };
      return typeof meta.contentType === 'string' ? meta.contentType : DEFAULT_TYPE;
    } catch (e) {
      if (absent(e)) return DEFAULT_TYPE;
      throw e;
    }
  }

  async get(key: string): Promise<StoredObject | null> {
    const file = this.fileOf(key);
    const handle = await open(file, 'r').catch((e: unknown) => {
      if (absent(e)) return null;
      throw e;
    });
    if (!handle) return null;
    try {
      // Size from the open file: a concurrent overwrite renames a new file in, this one stays whole.
      const info = await handle.stat();
      if (!info.isFile()) {
        await handle.close();
        return null;
      }
      return { body: handle.createReadStream(), size: info.size, contentType: await this.contentTypeOf(file) };
    } catch (e) {
      await handle.close();
      throw e;
    }
  }

  async head(key: string): Promise<{ size: number; contentType: string } | null> {
    const file = this.fileOf(key);
    const info = await stat(file).catch((e: unknown) => {
      if (absent(e)) return null;
      throw e;
    });
    if (!info?.isFile()) return null;
    return { size: info.size, contentType: await this.contentTypeOf(file) };
  }

  async delete(key: string): Promise<void> {
    const file = this.fileOf(key);
    for (const target of [file, file + META]) {
      await unlink(target).catch((e: unknown) => {
        if (!absent(e) && (e as NodeJS.ErrnoException).code !== 'EPERM') throw e;
      });
    }
    // Drop folders the delete left empty, up to (not including) the root.
    for (let dir = path.dirname(file); dir.startsWith(this.root + path.sep); dir = path.dirname(dir)) {
      if (
        !(await rmdir(dir).then(
          () => true,
          () => false,
        ))
      )
        break;
    }
  }

  async *list(prefix = ''): AsyncIterable<{ key: string; size: number }> {
    if (!prefixMayMatch(prefix)) return;
    // Start at the deepest folder the prefix names whole.
    const folder = prefix.slice(0, prefix.lastIndexOf('/') + 1);
    yield* this.walk(folder, prefix);
  }

  private async *walk(relDir: string, prefix: string): AsyncGenerator<{ key: string; size: number }> {
    let entries: Dirent[];
    try {
      entries = await readdir(path.join(this.root, relDir), { withFileTypes: true });
    } catch (e) {
      if (absent(e)) return;
      throw e;
    }
    for (const entry of entries) {
      if (entry.name.includes('~')) continue; // content types, temporary files
      const key = relDir + entry.name;
      if (entry.isDirectory()) {
        if ((key + '/').startsWith(prefix) || prefix.startsWith(key + '/')) yield* this.walk(key + '/', prefix);
      } else if (entry.isFile() && key.startsWith(prefix)) {
        const info = await stat(path.join(this.root, key)).catch(() => null);
        if (info?.isFile()) yield { key, size: info.size };
      }
    }
  }

  async check(): Promise<boolean> {
    try {
      await mkdir(this.root, { recursive: true });
      await access(this.root, constants.R_OK | constants.W_OK);
      return true;
    } catch {
      return false;
    }
  }
}
