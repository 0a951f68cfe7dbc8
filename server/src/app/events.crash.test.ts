import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { crashTestHandler } from '../../test/fixtures/event-crash-handler.js';
import { EventDispatcher } from './events.js';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let app: TestApp;
const children: ChildProcess[] = [];

beforeAll(async () => {
  app = await createTestApp({ seed: false });
  const em = app.orm.em.fork();
  await em.execute('create table crash_effects (event_id int primary key)');
  await em.execute('create table crash_attempts (id serial primary key, event_id int not null)');
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await app?.close();
});

function startWorker(url: string, hangAt: string): Promise<{ child: ChildProcess; hung: Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(serverRoot, 'test/fixtures/event-worker.ts'), url, hangAt], {
    cwd: serverRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  let out = '';
  let onHung: () => void = () => {};
  const hung = new Promise<void>((r) => (onHung = r));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('ready')) resolve({ child, hung });
      if (out.includes('hanging')) onHung();
    });
    child.once('exit', (code, signal) => reject(new Error(`event worker exited early (${code ?? signal})`)));
  });
}

describe('a worker killed in the middle of a batch of events (real processes)', () => {
  it('leaves every event applied exactly once in effect after a restart: the batch is delivered again, its effects are not doubled', async () => {
    const url = String(app.orm.config.get('clientUrl'));
    const { child, hung } = await startWorker(url, '25');
    const em = app.orm.em.fork();
    const ids: number[] = [];
    for (let n = 0; n < 60; n += 1) {
      const [row] = await em.execute<Array<{ id: number }>>(
        `insert into audit_events (type, created_at, object_type, object_id, data) values ('unlock_user', now(), 'User', ?, '{}') returning id`,
        [String(n)],
      );
      ids.push(Number(row!.id));
    }
    await hung;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    const before = (await em.execute<Array<{ n: string }>>('select count(*) as n from crash_effects'))[0]!.n;
    expect(Number(before)).toBeLessThan(ids.length);

    // The restarted worker (here: this process) picks up at the position the dead one left.
    const restarted = new EventDispatcher({
      orm: app.orm,
      clock: app.clock,
      logger: app.logger,
      jobs: app.jobs,
      search: app.search,
      content: app.content,
      handlers: [crashTestHandler(app.orm)],
      pollMs: 500,
    });
    await restarted.start();
    try {
      await restarted.drain();
    } finally {
      await restarted.stop();
    }
    const effects = (await em.execute<Array<{ event_id: number }>>('select event_id from crash_effects order by event_id')).map((r) => Number(r.event_id));
    expect(effects).toEqual(ids);
    // Some events were attempted twice (the half batch before the kill), none applied twice in effect.
    const attempts = await em.execute<Array<{ event_id: number; n: string }>>('select event_id, count(*) as n from crash_attempts group by event_id having count(*) > 1');
    expect(attempts.length).toBeGreaterThan(0);
  }, 120_000);
});
