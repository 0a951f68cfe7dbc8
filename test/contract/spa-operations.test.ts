import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, print, validate, type DocumentNode, type FragmentDefinitionNode } from 'graphql';
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

  /** Fragments are shared between files: each operation is validated with the ones it spreads. */
  const fragments = new Map(ops.flatMap(({ doc }) => doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d])));
  const withFragments = (doc: DocumentNode): DocumentNode => {
    const own = new Set(doc.definitions.filter((d) => d.kind === 'FragmentDefinition').map((d) => (d as FragmentDefinitionNode).name.value));
    const used = new Set<string>();
    const visit = (text: string) => {
      for (const [, name] of text.matchAll(/\.\.\.([A-Za-z_]\w*)/g)) {
        if (name === 'on' || used.has(name!) || own.has(name!) || !fragments.has(name!)) continue;
        used.add(name!);
        visit(print(fragments.get(name!)!));
      }
    };
    visit(print(doc));
    return { ...doc, definitions: [...doc.definitions, ...[...used].map((n) => fragments.get(n)!)] };
  };

  it('all validate against schema.graphql', () => {
    for (const { file, doc } of ops) {
      // A file holding only fragments is checked where the fragments are used.
      if (doc.definitions.every((d) => d.kind === 'FragmentDefinition')) continue;
      expect(validate(schema, withFragments(doc)).map((e) => `${file}: ${e.message}`)).toEqual([]);
    }
  });

  it('use every fragment they define', () => {
    const spread = ops.flatMap(({ doc }) => [...print(doc).matchAll(/\.\.\.([A-Za-z_]\w*)/g)].map((m) => m[1]));
    expect([...fragments.keys()].filter((name) => !spread.includes(name))).toEqual([]);
  });
});
