import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReference } from '../../../seeds/reference.js';
import { createTestDatabase } from '../../../test/support/db.js';
import { makeSupplier } from '../../../test/support/factories.js';
import { initOrm } from '../../app/db.js';
import { Framework } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { entities } from '../index.js';
import { importService } from '../services/service.import.js';
import { SearchDocument } from './search-document.entity.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let orm: Awaited<ReturnType<typeof initOrm>>;

beforeAll(async () => {
  db = await createTestDatabase();
  orm = await initOrm(db.url, entities);
  await seedReference(orm.em.fork());
  const em = orm.em.fork();
  const supplier = await makeSupplier(em);
  const g13 = await em.findOneOrFail(Framework, { slug: 'g-cloud-13' });
  for (let i = 0; i < 3; i++)
    await importService(em, new Date(), { supplier, framework: g13, lot: await em.findOneOrFail(Lot, { slug: 'cloud-support' }), data: { serviceName: `Loaded ${i}` } });
});
afterAll(async () => {
  await orm?.close();
  await db?.drop();
});

describe('cli search:reindex', () => {
  it('indexes what a data load wrote directly', async () => {
    expect(await orm.em.fork().count(SearchDocument, {})).toBe(0);
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'search:reindex'], {
      env: { ...process.env, DATABASE_URL: db.url, NODE_ENV: 'test' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^indexed 3 services and 0 opportunities in \d+\.\d s$/m);
    expect(await orm.em.fork().count(SearchDocument, { deleted: false })).toBe(3);
  }, 90_000);
});

describe('cli search:rebuild, search:status and search:rollback', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env: { ...process.env, DATABASE_URL: db.url, NODE_ENV: 'test' }, encoding: 'utf8', timeout: 60_000 });

  it('rebuilds every alias into a dated index, shows it, and rolls one back', async () => {
    const rebuilt = cli('search:rebuild');
    expect(rebuilt.status).toBe(0);
    expect(rebuilt.stdout).toMatch(/^services-g-cloud-13: 3 documents into services-g-cloud-13-\d{8}t\d{9}[0-9a-f]{4} in \d+\.\d s \(\d+ docs\/s\)$/m);
    expect(rebuilt.stdout).toMatch(/^briefs-digital-outcomes-and-specialists: 0 documents into /m);

    const status = cli('search:status');
    expect(status.stdout).toMatch(/^services-g-cloud-13\n {2}active +services-g-cloud-13-\S+ {2}3 documents/m);
    expect(status.stdout).not.toMatch(/services-g-cloud-12/); // not live, never indexed
    expect(status.stdout).toMatch(/^ {2}previous +services-g-cloud-13-\S+ {2}3 documents/m);

    const back = cli('search:rollback', 'services-g-cloud-13');
    expect(back.status).toBe(0);
    expect(back.stdout).toMatch(/^services-g-cloud-13 now reads services-g-cloud-13-\S+$/m);
    const none = cli('search:rollback', 'services-g-cloud-12');
    expect(none.status).not.toBe(0);
    expect(none.stderr + none.stdout).toMatch(/no previous index to roll back to/);
  }, 120_000);
});
