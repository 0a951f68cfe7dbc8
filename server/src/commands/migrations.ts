import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { initOrm } from '../app/db.js';
import { startEmbeddedPostgres } from '../app/embedded-postgres.js';
import { entities } from '../modules/index.js';
import { findFreePort } from './ports.js';

/**
 * Diffs the entities against the migrations on a throwaway database: with `create`, writes the
 * migration that closes the gap; otherwise reports whether one is needed.
 */
export async function diffMigrations(opts: { create: boolean; name?: string }): Promise<{ needed: boolean; file?: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dm-migrations-'));
  const pg = await startEmbeddedPostgres({ dir, port: await findFreePort(), database: 'diff', ephemeral: true, fast: true });
  try {
    const orm = await initOrm(pg.url, entities);
    try {
      await orm.migrator.up();
      const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });
      const needed = diff.trim().length > 0;
      if (!opts.create || !needed) return { needed };
      const result = await orm.migrator.create(undefined, false, false, opts.name);
      return { needed, file: result.fileName };
    } finally {
      await orm.close();
    }
  } finally {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
