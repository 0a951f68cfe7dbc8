import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { initOrm, migrate } from '../../src/app/db.js';
import { startEmbeddedPostgres } from '../../src/app/embedded-postgres.js';
import { JobQueue } from '../../src/app/jobs.js';
import { createLogger } from '../../src/app/logger.js';
import { findFreePort } from '../../src/commands/ports.js';
import { entities } from '../../src/modules/index.js';
import { startOpenSearch } from './opensearch.js';
import { clamdBinary, startClamd } from './clamd.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    templateDatabase: string;
    opensearchUrl: string;
    /** The run's clamd (a unix socket), or '' when ClamAV is not installed. */
    clamdAddress: string;
  }
}

export const TEMPLATE_DB = 'dm_template';

/**
 * One real PostgreSQL for the whole run (a migrated template database that each test file clones)
 * and one real OpenSearch node (or OPENSEARCH_URL when given).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dm-test-pg-'));
  // A real clamd with the harness's own signature database (EICAR and a custom signature).
  const clamd = clamdBinary() ? await startClamd() : null;
  if (!clamd && process.env.CI) throw new Error('clamd is not installed: the document tests need it (apt-get install clamav-daemon)');
  const [pgResult, osResult] = await Promise.allSettled([
    startEmbeddedPostgres({ dir, port: await findFreePort(), database: TEMPLATE_DB, ephemeral: true, fast: true }),
    process.env.OPENSEARCH_URL ? Promise.resolve({ url: process.env.OPENSEARCH_URL, version: 'external', stop: async () => {} }) : startOpenSearch(),
  ]);
  if (pgResult.status === 'rejected' || osResult.status === 'rejected') {
    if (pgResult.status === 'fulfilled') await pgResult.value.stop();
    if (osResult.status === 'fulfilled') await osResult.value.stop();
    rmSync(dir, { recursive: true, force: true });
    throw pgResult.status === 'rejected' ? pgResult.reason : (osResult as PromiseRejectedResult).reason;
  }
  const pgServer = pgResult.value;
  const opensearch = osResult.value;
  const orm = await initOrm(pgServer.url, entities);
  await migrate(orm);
  await orm.close();
  // pg-boss keeps its own schema: create it once in the template, so every copy has it.
  const boss = await JobQueue.start({ connectionString: pgServer.url, logger: createLogger('silent', 'setup'), supervise: false });
  await boss.stop(1_000);

  const admin = new pg.Client({ connectionString: pgServer.url });
  await admin.connect();
  const version = (await admin.query<{ server_version: string }>('show server_version')).rows[0]!.server_version;
  await admin.end();
  process.stdout.write(`\n[harness] real PostgreSQL ${version} (embedded) on port ${pgServer.port}\n`);
  process.stdout.write(`[harness] real OpenSearch ${opensearch.version} at ${opensearch.url}\n\n`);

  project.provide('pgAdminUrl', pgServer.url.replace(/\/[^/]+$/, '/postgres'));
  project.provide('templateDatabase', TEMPLATE_DB);
  project.provide('opensearchUrl', opensearch.url);
  project.provide('clamdAddress', clamd?.address ?? '');
  process.stdout.write(clamd ? `[harness] real clamd at ${clamd.address}\n` : '[harness] clamd not installed: document scanning tests are skipped\n');

  return async () => {
    await opensearch.stop();
    await clamd?.stop();
    await pgServer.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
