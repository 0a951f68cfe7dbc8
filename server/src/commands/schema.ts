import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../app/config.js';
import { buildAppSchema, printAppSchema } from '../app/schema.js';
import { resolvers } from '../modules/index.js';

export const schemaFile = path.join(repoRoot, 'schema.graphql');

/** Writes schema.graphql, or with `check` reports whether the committed file is current. */
export async function emitSchema(check: boolean): Promise<{ changed: boolean }> {
  const sdl = printAppSchema(await buildAppSchema(resolvers));
  let current = '';
  try {
    current = readFileSync(schemaFile, 'utf8');
  } catch {
    /* first emit */
  }
  const changed = current !== sdl;
  if (!check && changed) writeFileSync(schemaFile, sdl);
  return { changed };
}
