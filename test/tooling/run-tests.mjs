// Runs every suite in order (build, server, SPAs, contract and end-to-end) and ends with one
// closing line "N passed, N failed". Started by `pnpm test:all`, so it runs on Node 22.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const reports = mkdtempSync(path.join(os.tmpdir(), 'dm-test-reports-'));
const only = process.argv.slice(2);

const steps = [
  { name: 'build', cmd: ['pnpm', 'build'] },
  { name: 'server', pkg: 'server', title: 'server: unit and integration (real PostgreSQL, real OpenSearch)' },
  { name: 'web', pkg: 'web', title: 'web: components' },
  { name: 'admin-web', pkg: 'admin-web', title: 'admin-web: components' },
  { name: 'test', pkg: 'test', title: 'contract and end-to-end (real Chromium)' },
].filter((s) => only.length === 0 || only.includes(s.name));

let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];
const started = Date.now();

for (const step of steps) {
  console.log(`\n=== ${step.title ?? step.name} ===`);
  if (step.cmd) {
    const r = spawnSync(step.cmd[0], step.cmd.slice(1), { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) {
      problems.push(`${step.name} failed (exit ${r.status})`);
      failed += 1;
      break;
    }
    continue;
  }
  const out = path.join(reports, `${step.name}.json`);
  const r = spawnSync('pnpm', ['--filter', `@dm/${step.pkg}`, 'exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], {
    cwd: root,
    stdio: 'inherit',
  });
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
    if (report.numFailedTests > 0 || r.status !== 0) problems.push(`${step.name}: ${report.numFailedTests} failed${r.status !== 0 ? ` (exit ${r.status})` : ''}`);
    if (report.numTotalTests === 0) problems.push(`${step.name}: ran no test`);
  } else {
    problems.push(`${step.name}: vitest wrote no report (exit ${r.status})`);
    failed += 1;
  }
}

console.log(`\n=== summary (${Math.round((Date.now() - started) / 1000)} s) ===`);
for (const p of problems) console.log(`  ${p}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(problems.length || failed ? 1 : 0);
