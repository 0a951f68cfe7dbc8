// Prints, for each page of the built SPA, the JavaScript and CSS a first visit loads before the page
// can render: the entry chunk and its static imports, plus the page's lazy chunk and its static
// imports (gzip sizes at zlib's default level in kB of 1,000 bytes, as Vite reports them). Chunks loaded later (graphql-ws on the first
// subscription) are not counted. Run after `pnpm build`: `node scripts/initial-js.mjs [page-filter]`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'));
const gzip = (file) => gzipSync(readFileSync(path.join(dist, file))).length;

/** The chunk keys a chunk needs before it runs: itself and its static imports, transitively. */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) closure(dep, seen);
  return seen;
}

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const pages = Object.keys(manifest).filter((k) => manifest[k].isDynamicEntry && k.startsWith('src/modules/') && k.includes(process.argv[2] ?? ''));
const kb = (n) => `${(n / 1000).toFixed(1)} kB`.padStart(9);
console.log(`${'page'.padEnd(48)} ${'JS gzip'.padStart(9)} ${'CSS gzip'.padStart(9)}  chunks`);
for (const page of [entry, ...pages]) {
  const keys = new Set([...closure(entry), ...(page === entry ? [] : closure(page))]);
  const js = [...keys].reduce((sum, k) => sum + gzip(manifest[k].file), 0);
  const css = [...new Set([...keys].flatMap((k) => manifest[k].css ?? []))].reduce((sum, f) => sum + gzip(f), 0);
  const label = page === entry ? '(entry alone: starts the first queries)' : page;
  console.log(`${label.padEnd(48)} ${kb(js)} ${kb(css)}  ${[...keys].map((k) => manifest[k].name ?? path.basename(k)).join(' ')}`);
}
