/**
 * `pnpm bench:load`: runs the load benchmark (bench/load.ts) with the server's TypeScript setup
 * (decorators), from the server package so that its dependencies resolve. Not part of `pnpm test`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const server = path.resolve(here, '..', '..', 'server');
const result = spawnSync(process.execPath, ['--import', 'tsx', '--import', 'reflect-metadata', path.join(here, 'load.ts')], { cwd: server, stdio: 'inherit', env: process.env });
process.exit(result.status ?? 1);
