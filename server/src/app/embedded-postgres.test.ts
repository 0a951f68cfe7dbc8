import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../commands/ports.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'dm-embedded-'));
  chmodSync(d, 0o755);
  dirs.push(d);
  return path.join(d, 'pg');
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function query(url: string, sql: string): Promise<unknown[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}

function holdPostgres(dir: string, port: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/hold-postgres.ts', dir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`holder exited ${code}`)));
  });
  return { child, ready };
}

describe('embedded PostgreSQL', () => {
  it.runIf(process.getuid?.() === 0)('explains when the postgres user cannot reach the data folder', async () => {
    const privateDir = mkdtempSync(path.join(os.tmpdir(), 'dm-private-'));
    dirs.push(privateDir);
    await expect(startEmbeddedPostgres({ dir: path.join(privateDir, 'pg'), port: await findFreePort(), database: 'x' })).rejects.toThrow(
      /cannot reach .* because .*dm-private-\w+ is private \(mode 700\)\. Set DATA_DIR/,
    );
  });

  it('keeps data across a stop and a start', async () => {
    const dir = tmp();
    const port = await findFreePort();
    const first = await startEmbeddedPostgres({ dir, port, database: 'keep' });
    await query(first.url, 'create table kept (v text); insert into kept values ($$still here$$)');
    await first.stop();
    const second = await startEmbeddedPostgres({ dir, port, database: 'keep' });
    try {
      expect(await query(second.url, 'select v from kept')).toEqual([{ v: 'still here' }]);
    } finally {
      await second.stop();
    }
  });

  it('refuses to share the folder with a live owner, and stops a Postgres whose owner was killed', async () => {
    const dir = tmp();
    const port = await findFreePort();
    const holder = holdPostgres(dir, port);
    await holder.ready;
    const stalePid = Number(readFileSync(path.join(dir, 'pgdata', 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(alive(stalePid)).toBe(true);

    await expect(startEmbeddedPostgres({ dir, port, database: 'held' })).rejects.toThrow(`is in use by process ${holder.child.pid}`);
    // a command run beside the owner may attach to it instead, without owning it
    const attached = await startEmbeddedPostgres({ dir, port: 1, database: 'held', attach: true });
    expect(attached.port).toBe(port);
    expect(await query(attached.url, 'select 2 as two')).toEqual([{ two: 2 }]);
    await attached.stop();
    expect(alive(stalePid)).toBe(true);

    holder.child.kill('SIGKILL'); // a crash: no shutdown hooks run, Postgres is left behind
    await new Promise((r) => holder.child.once('exit', r));
    expect(alive(stalePid)).toBe(true);

    const db = await startEmbeddedPostgres({ dir, port, database: 'held' });
    try {
      expect(alive(stalePid)).toBe(false);
      expect(await query(db.url, 'select 1 as ok')).toEqual([{ ok: 1 }]);
    } finally {
      await db.stop();
    }
  });
});
