/**
 * `pnpm bench`: runs the search benchmark (bench/search.ts), then the opportunities benchmark
 * (bench/opportunities.ts), each with the server's TypeScript setup (decorators), from the server
 * package so that its dependencies resolve. BENCH_SUITES (e.g. `opportunities`) runs only those
 * named. Not part of `pnpm test`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const server = path.resolve(here, '..', '..', 'server');
const suites = (process.env.BENCH_SUITES ?? 'search,opportunities').split(',').map((s) => s.trim());
for (const suite of suites) {
  if (suite !== 'search' && suite !== 'opportunities') throw new Error(`unknown benchmark suite "${suite}" (search, opportunities)`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--import', 'reflect-metadata', path.join(here, `${suite}.ts`)], {
    cwd: server,
    stdio: 'inherit',
    env: process.env,
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
