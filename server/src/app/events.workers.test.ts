import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { makeSupplier, makeUser } from '../../test/support/factories.js';
import { startMailbox, type Mailbox } from '../../test/support/smtp.js';
import { DraftService, DraftStatus } from '../modules/applications/draft-service.entity.js';
import { SupplierFramework } from '../modules/applications/supplier-framework.entity.js';
import { EmailMessage, EmailStatus } from '../modules/notifications/email-message.entity.js';
import { Framework, FrameworkStatus } from '../modules/frameworks/framework.entity.js';
import { Lot } from '../modules/frameworks/lot.entity.js';
import { Service } from '../modules/services/service.entity.js';
import { Supplier } from '../modules/suppliers/supplier.entity.js';
import { handlers } from '../modules/index.js';
import { Role } from '../shared/role.js';

/**
 * The real handlers (emails, going-live publishing, search indexing) in real worker processes
 * (test/fixtures/domain-worker.ts): killed with SIGKILL in the middle of a batch, then restarted;
 * and two of them side by side. Effects are checked through the database and the SMTP server.
 */
const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let app: TestApp;
let mailbox: Mailbox;
const children: ChildProcess[] = [];

beforeAll(async () => {
  app = await createTestApp();
  mailbox = await startMailbox();
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await mailbox?.close();
  await app?.close();
});

interface Worker {
  child: ChildProcess;
  /** Resolves when the worker says it hangs in the middle of a batch. */
  hung: Promise<string>;
  kill(signal: NodeJS.Signals): Promise<void>;
}

function startWorker(hang = ''): Promise<Worker> {
  const url = String(app.orm.config.get('clientUrl'));
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(serverRoot, 'test/fixtures/domain-worker.ts'), url, mailbox.url, hang], {
    cwd: serverRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  let out = '';
  let onHung: (line: string) => void = () => {};
  const hung = new Promise<string>((r) => (onHung = r));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const worker: Worker = {
    child,
    hung,
    async kill(signal) {
      child.kill(signal);
      await exited;
    },
  };
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('ready')) resolve(worker);
      const line = /hanging in [^\n]*/.exec(out);
      if (line) onHung(line[0]);
    });
    child.once('exit', (code, signal) => reject(new Error(`worker exited early (${code ?? signal})`)));
  });
}

async function until<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** True when every handler has applied every committed event of its types. */
async function caughtUp(): Promise<boolean> {
  const em = app.orm.em.fork();
  for (const h of handlers) {
    const [row] = await em.execute<Array<{ waiting: boolean }>>(
      `select exists (select 1 from audit_events e, event_handler_positions p where p.handler = ? and (e.txid, e.id) > (p.txid, p.event_id)
         and e.txid < pg_snapshot_xmin(pg_current_snapshot()) and e.type::text in (?)) as waiting`,
      [h.name, [...h.types]],
    );
    if (row?.waiting) return false;
  }
  return true;
}

const emailsSent = async (template: string) => {
  const rows = await app.orm.em.fork().find(EmailMessage, { template });
  return rows.length > 0 && rows.every((e) => e.status === EmailStatus.SENT) ? rows : false;
};
const received = (subject: RegExp) =>
  mailbox.messages
    .filter((m) => subject.test(m.subject ?? ''))
    .map((m) => (Array.isArray(m.to) ? m.to : [m.to]).map((a) => a?.text).join(','))
    .sort();

/** Suppliers with two users each that start an application to the open framework: each start emails both users. */
async function suppliersStartApplications(framework: string, n: number): Promise<string[]> {
  const em = app.orm.em.fork();
  const recipients: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const supplier = await makeSupplier(em);
    const a = await makeUser(em, { role: Role.SUPPLIER, supplier: em.getReference(Supplier, supplier.id, { wrapped: true }) });
    const b = await makeUser(em, { role: Role.SUPPLIER, supplier: em.getReference(Supplier, supplier.id, { wrapped: true }) });
    recipients.push(a.email, b.email);
    const browser = await app.signIn(a.email);
    const res = await browser.gql(`mutation { registerFrameworkInterest(frameworkSlug: "${framework}") { framework { slug } } }`);
    expect(res.errors).toBeUndefined();
  }
  return recipients.sort();
}

async function openFramework(slug: string): Promise<void> {
  const em = app.orm.em.fork();
  const framework = await em.findOneOrFail(Framework, { slug });
  framework.status = FrameworkStatus.OPEN;
  await em.flush();
}

describe('the real handlers in worker processes', () => {
  it('a worker killed in the middle of a batch, then restarted, leaves every event applied once in effect: emails sent once, services published once, indexed at their latest version', async () => {
    await openFramework('g-cloud-13');
    const em = app.orm.em.fork();
    // Suppliers on G-Cloud 12 with submitted drafts: going live publishes them, and publishing is indexed.
    const g12 = await em.findOneOrFail(Framework, { slug: 'g-cloud-12' });
    g12.status = FrameworkStatus.STANDSTILL;
    const lot = await em.findOneOrFail(Lot, { slug: 'cloud-hosting' });
    const drafts: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const supplier = await makeSupplier(em, { companyDetailsConfirmed: true });
      em.create(SupplierFramework, { supplier, framework: g12.id, onFramework: true, createdAt: new Date(), updatedAt: new Date() });
      for (let j = 0; j < 3; j += 1) {
        const d = em.create(DraftService, {
          supplier: supplier.id,
          framework: g12.id,
          lot,
          status: DraftStatus.SUBMITTED,
          data: { serviceName: `Hosting ${i}.${j}` },
          createdAt: new Date(),
          updatedAt: new Date(),
        });
        await em.flush();
        drafts.push(d.id);
      }
    }
    await em.flush();
    const recipients = await suppliersStartApplications('g-cloud-13', 5);
    const manager = await app.signIn((await makeUser(em, { role: Role.ADMIN_FRAMEWORK_MANAGER })).email, 'admin');
    expect((await manager.gql('mutation { updateFramework(slug: "g-cloud-12", input: { status: LIVE }) { status } }')).errors).toBeUndefined();

    // 1. Killed after queueing the emails of a batch, before its position moved: nothing of it stays.
    const first = await startWorker('applications.emails:register_framework_interest');
    expect(await first.hung).toMatch(/applications\.emails/);
    await first.kill('SIGKILL');
    expect(await app.orm.em.fork().count(EmailMessage, { template: 'framework-application-started' })).toBe(0);

    // 2. Killed after writing a batch of published services to the index, before its position moved.
    const second = await startWorker('search.index:publish_draft_service');
    await second.hung;
    // Let the emails (queued and committed by now) go out before the kill, so none is in flight.
    await until('the application emails to be sent', () => emailsSent('framework-application-started'));
    await second.kill('SIGKILL');

    // 3. The restarted worker applies everything left, and nothing twice.
    const third = await startWorker();
    await until('every handler to catch up', caughtUp);
    await third.kill('SIGTERM');

    expect(received(/started an application to G-Cloud 13/)).toEqual(recipients);
    expect(await app.orm.em.fork().count(EmailMessage, { template: 'framework-application-started' })).toBe(recipients.length);

    const check = app.orm.em.fork();
    const published = await check.find(DraftService, { id: { $in: drafts } });
    expect(published.every((d) => d.serviceId)).toBe(true);
    const services = await check.find(Service, { framework: g12.id, serviceId: { $in: published.map((d) => d.serviceId!) } });
    expect(services).toHaveLength(drafts.length);
    // Each service once in the live index, at a version no older than its publication (applied again, not twice).
    const docs = await check.execute<Array<{ object_id: string; n: string; version: string }>>(
      `select object_id, count(*) as n, max(version) as version from search_documents where object_type = 'service' and not deleted and object_id in (?) group by object_id`,
      [services.map((s) => s.serviceId)],
    );
    expect(docs.map((d) => [d.object_id, Number(d.n)]).sort()).toEqual(services.map((s) => [s.serviceId, 1]).sort());
    const publishedAt = Math.min(...services.map((s) => s.createdAt.getTime()));
    for (const d of docs) expect(BigInt(d.version) / 1000n).toBeGreaterThanOrEqual(BigInt(publishedAt));
  }, 240_000);

  it('two workers side by side apply each event once', async () => {
    const [a, b] = await Promise.all([startWorker(), startWorker()]);
    try {
      await openFramework('g-cloud-13');
      const before = mailbox.messages.length;
      const recipients = await suppliersStartApplications('g-cloud-13', 12);
      await until('every handler to catch up', caughtUp);
      await until('the emails to be sent', async () => (await app.orm.em.fork().count(EmailMessage, { to: { $in: recipients }, status: { $ne: EmailStatus.SENT } })) === 0);
      const mine = mailbox.messages.slice(before).filter((m) => /started an application/.test(m.subject ?? ''));
      expect(mine.map((m) => (Array.isArray(m.to) ? m.to : [m.to]).map((x) => x?.text).join(',')).sort()).toEqual(recipients);
      expect(await app.orm.em.fork().count(EmailMessage, { to: { $in: recipients } })).toBe(recipients.length);
    } finally {
      await Promise.all([a.kill('SIGTERM'), b.kill('SIGTERM')]);
    }
  }, 180_000);
});
