import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support.js';

const schema = buildSchema(readFileSync(path.join(repoRoot, 'schema.graphql'), 'utf8'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'gql' || name === 'node_modules') return [];
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

/** Every graphql(`…`) document written in an SPA's source. */
function operations(app: string): Array<{ file: string; doc: DocumentNode }> {
  return sourceFiles(path.join(repoRoot, app, 'src')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((m) => ({ file: path.relative(repoRoot, file), doc: parse(m[1]!) })),
  );
}

describe.each(['web', 'admin-web'])('%s operations', (app) => {
  const ops = operations(app);

  it('exist', () => {
    expect(ops.length).toBeGreaterThan(0);
  });

  it('all validate against schema.graphql', () => {
    for (const { file, doc } of ops) {
      expect(validate(schema, doc).map((e) => `${file}: ${e.message}`)).toEqual([]);
    }
  });
});
