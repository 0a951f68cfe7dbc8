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
];

/**
 * Upward imports still to be turned around, each with why it is there. The list may only shrink:
 * an entry that no longer exists fails the test too, so it is deleted when the import goes.
 */
const NOT_YET: Record<string, string> = {
};

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

function upwardImports(): string[] {
  const found: string[] = [];
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
      const above = to === 'modules/index.ts' || (theirs !== null && (rank.get(theirs) ?? -1) > rank.get(mine)!);
      if (above) found.push(`${from} -> ${to}`);
    }
  }
  return found.sort();
}

describe('the import graph', () => {
  it('has no import from a module to one above it, beyond the listed ones still to be turned around', () => {
    const found = upwardImports();
    expect(found.filter((edge) => !(edge in NOT_YET))).toEqual([]);
  });

  it('lists no upward import that is already gone (the list only shrinks)', () => {
    const found = new Set(upwardImports());
    expect(Object.keys(NOT_YET).filter((edge) => !found.has(edge))).toEqual([]);
  });

  it('keeps writers free of search: services, briefs, suppliers and frameworks do not import it', () => {
    expect(upwardImports().filter((edge) => /^modules\/(services|briefs|suppliers|frameworks)\/.* -> modules\/search\//.test(edge))).toEqual([]);
  });
});
