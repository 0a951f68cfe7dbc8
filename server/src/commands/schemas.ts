import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../app/config.js';
import { generateSchema } from '../modules/frameworks/content/json-schema.js';
import { SCHEMA_CATALOGUE, schemaName, schemaTitle } from '../modules/frameworks/content/schema-catalogue.js';

export const schemasDir = path.join(repoRoot, 'schemas');

/** Writes every catalogued schema to schemas/ (or, with `check`, lists the files that would change). */
export function generateSchemas(check: boolean): { changed: string[] } {
  const changed: string[] = [];
  for (const spec of SCHEMA_CATALOGUE) {
    const file = path.join(schemasDir, `${schemaName(spec)}.json`);
    const json = `${JSON.stringify(generateSchema({ framework: spec.framework, manifest: spec.manifest, questionSet: spec.questionSet, lot: spec.lot, title: schemaTitle(spec) }), null, 2)}\n`;
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      /* new file */
    }
    if (current !== json) {
      changed.push(path.relative(repoRoot, file));
      if (!check) writeFileSync(file, json);
    }
  }
  return { changed };
}
