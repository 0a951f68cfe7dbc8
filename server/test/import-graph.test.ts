import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * One direction of dependency (ARCHITECTURE §3): a module may import the ones below it, never one
 * above. Consumers (search indexing, publishing, later emails, webhooks…) are handlers of the domain
 * events the writers record, so writers need not know them. Lowest first; a layer may import itself
 * and anything before it.
 */
const LAYERS: ReadonlyArray<readonly string[]> = [
  ['app'],
  ['shared'],
  ['audit'],
  ['notifications'],
  ['frameworks', 'suppliers'],
  ['users'],
  ['applications'],
  ['services'],
  ['briefs'],
  ['directaward'],
  ['outcomes'],
  ['search'],
  ['statistics'],
  ['reports'],
];

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : [];
  });
}

/** The layer of a file under src/: `app`, `shared`, or the module's name (null for the module registry and the entry points). */
function layerOf(relative: string): string | null {
  const parts = relative.split('/');
  if (parts[0] === 'modules') return parts.length > 2 ? parts[1]! : null;
  return parts.length > 1 ? parts[0]! : null;
}

const rank = new Map(LAYERS.flatMap((names, i) => names.map((n) => [n, i] as const)));

interface Edge {
  from: string;
  to: string;
  above: boolean;
}

/** Every relative import between files of ranked layers (and to the module registry). */
function imports(): Edge[] {
  const found: Edge[] = [];
  for (const file of sourceFiles(srcDir)) {
    const from = path.relative(srcDir, file);
    const mine = layerOf(from);
    if (mine === null || !rank.has(mine)) continue;
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gm)) {
      const to = path.relative(srcDir, path.resolve(path.dirname(file), match[1]!)).replace(/\.js$/, '.ts');
      // The module definition type is shared plumbing, not a module.
      if (to === 'modules/module.ts') continue;
      const theirs = layerOf(to);
      found.push({ from, to, above: to === 'modules/index.ts' || (theirs !== null && (rank.get(theirs) ?? -1) > rank.get(mine)!) });
    }
  }
  return found;
}

const upwardImports = () =>
  imports()
    .filter((e) => e.above)
    .map((e) => `${e.from} -> ${e.to}`)
    .sort();

describe('the import graph', () => {
  it('sees the imports it checks: downward ones between modules are there (search reads services, users read suppliers)', () => {
    const edges = imports();
    expect(edges.length).toBeGreaterThan(200);
    expect(edges.some((e) => e.from.startsWith('modules/search/') && e.to.startsWith('modules/services/') && !e.above)).toBe(true);
    expect(edges.some((e) => e.from.startsWith('modules/users/') && e.to.startsWith('modules/suppliers/') && !e.above)).toBe(true);
  });

  it('has no import from a module to one above it', () => {
    expect(upwardImports()).toEqual([]);
  });

  it('keeps writers free of search: services, briefs, suppliers and frameworks do not import it', () => {
    expect(upwardImports().filter((edge) => /^modules\/(services|briefs|suppliers|frameworks)\/.* -> modules\/search\//.test(edge))).toEqual([]);
  });
});
