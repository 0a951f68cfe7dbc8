import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { startClamd } from '../../../server/test/support/clamd.js';
import { CHROMIUM } from './browser.js';
import { startStack } from './stack.js';

declare module 'vitest' {
  export interface ProvidedContext {
    webUrl: string;
    adminUrl: string;
    apiUrl: string;
    databaseUrl: string;
  }
}

/** One running marketplace (real embedded Postgres, API, worker scanning with a real clamd, both SPAs) for the browser journeys. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const version = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  // A real clamd (its own signature database knows the EICAR test file): uploads are scanned as in production.
  const clamd = await startClamd();
  const stack = await startStack({ env: { CLAMD_ADDRESS: clamd.address } });
  process.stdout.write(`\n[harness] real ${version} at ${CHROMIUM}\n[harness] marketplace stack: web ${stack.webUrl}, admin ${stack.adminUrl}, API ${stack.apiUrl}\n\n`);
  project.provide('webUrl', stack.webUrl);
  project.provide('adminUrl', stack.adminUrl);
  project.provide('apiUrl', stack.apiUrl);
  project.provide('databaseUrl', stack.databaseUrl);
  return async () => {
    const code = await stack.stop();
    await clamd.stop();
    if (code !== 0) throw new Error(`stack exited with ${code} on Ctrl-C:\n${stack.output()}`);
  };
}
