import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createClamdScanner } from '../../app/clamd.js';
import { initOrm } from '../../app/db.js';
import type { EventDispatcher } from '../../app/events.js';
import { JOB_RECOVERY_BOUND_SECONDS, JobQueue } from '../../app/jobs.js';
import { composeWorker } from '../../composition.js';
import { createTestApp, type Browser, type TestApp } from '../../../test/support/app.js';
import { startClamd, eicar, type RunningClamd } from '../../../test/support/clamd.js';
import { startClamdRelay, type ClamdRelay } from '../../../test/support/clamd-relay.js';
import { applyingSupplier, jobContext, samplePdf, SERVICE_UPLOAD, uploadFile } from '../../../test/support/documents.js';
import { Framework, FrameworkStatus } from '../frameworks/framework.entity.js';
import { entities } from '../index.js';
import { downloadLink } from './document.download.js';
import { Document, DocumentPurpose, ScanStatus } from './document.entity.js';
import { DocumentRescan } from './document-rescan.entity.js';
import { queueWaitingScans, rescanDocumentsJob, scanDocumentJob } from './document.jobs.js';
import { storageKey } from './document.service.js';

/**
 * The promise that an upload is never left unscanned and never served unscanned, tested with the
 * real parts failing: a clamd that stops while a supplier uploads, a scan job that is lost, a worker
 * SIGKILLed in the middle of a scan, and download links signed for documents that are not clean.
 */

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what: string, predicate: () => boolean | Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await sleep(200);
  }
  throw new Error(`${what}: not within ${ms / 1000} s`);
}

async function openGCloud13(app: TestApp): Promise<void> {
  const em = app.orm.em.fork();
  (await em.findOneOrFail(Framework, { slug: 'g-cloud-13' })).status = FrameworkStatus.OPEN;
  await em.flush();
}

const supplierBrowser = async (app: TestApp): Promise<Browser> => (await applyingSupplier(app)).browser;

/** Uploads over HTTP as the browser does; answers the new document's id (after checking the 201). */
async function upload(browser: Browser, fileName: string, bytes: Uint8Array): Promise<string> {
  const res = await uploadFile(browser, SERVICE_UPLOAD, fileName, bytes);
  const body = (await res.json()) as { document: { id: string; scanStatus: string } };
  expect(res.status, JSON.stringify(body)).toBe(201);
  expect(body.document.scanStatus).toBe('pending');
  return body.document.id;
}

const pdf = samplePdf;

const row = (app: TestApp, id: string) => app.orm.em.fork().findOneOrFail(Document, { id });

/** The pg-boss scan jobs of one document. */
async function scanJobs(app: TestApp, id: string): Promise<Array<{ state: string; retryCount: number }>> {
  const rows = await app.orm.em
    .fork()
    .getConnection()
    .execute<Array<{ state: string; retry_count: number }>>(
      `select state, retry_count from pgboss.job where name = 'documents.scan' and data->>'documentId' = ? order by created_on`,
      [id],
    );
  return rows.map((r) => ({ state: r.state, retryCount: Number(r.retry_count) }));
}

/** What the document's owner sees of it through the API. */
async function seen(browser: Browser, id: string): Promise<{ scanStatus: string; downloadUrl: string | null }> {
  const res = await browser.gql<{ document: { scanStatus: string; downloadUrl: string | null } }>('query ($id: ID!) { document(id: $id) { scanStatus downloadUrl } }', { id });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.document;
}

async function expectWaiting(app: TestApp, browser: Browser, id: string): Promise<void> {
  const doc = await row(app, id);
  expect(doc).toMatchObject({ scanStatus: ScanStatus.PENDING, storedAt: null });
  expect(await seen(browser, id)).toEqual({ scanStatus: 'PENDING', downloadUrl: null });
  expect(await app.storage.quarantine.head(storageKey(doc))).not.toBeNull();
  expect(await app.storage.documents.head(storageKey(doc))).toBeNull();
  // A link signed for it anyway is refused.
  expect((await app.browser().request(downloadLink(app.config, doc, app.clock.now()))).status).toBe(404);
}

const scannedAndStored = (app: TestApp, id: string) => async () => {
  const doc = await row(app, id);
  return doc.scanStatus === ScanStatus.CLEAN && doc.storedAt !== null;
};

/** A scanned document: out of quarantine, in the document storage, downloadable by its owner with the same bytes. */
async function expectDownloadable(app: TestApp, browser: Browser, id: string, bytes: Uint8Array): Promise<void> {
  const doc = await row(app, id);
  expect(doc.scanEngine).toMatch(/^ClamAV /);
  expect(await app.storage.quarantine.head(storageKey(doc))).toBeNull();
  expect(await app.storage.documents.head(storageKey(doc))).toMatchObject({ size: bytes.length });
  const { scanStatus, downloadUrl } = await seen(browser, id);
  expect(scanStatus).toBe('CLEAN');
  const download = await app.browser().request(downloadUrl!);
  expect(download.status).toBe(200);
  expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
}

/** A document row with its bytes already in the document storage (and the row saying so), whatever its verdict. */
async function storedDocument(app: TestApp, scanStatus: ScanStatus, bytes: Uint8Array): Promise<Document> {
  const em = app.orm.em.fork();
  const now = app.clock.now();
  const id = randomUUID();
  const stored = await app.storage.documents.put(storageKey({ id, purpose: DocumentPurpose.SERVICE }), Readable.from([Buffer.from(bytes)]), {
    contentType: 'application/pdf',
    maxBytes: 1 << 20,
  });
  const doc = em.create(Document, {
    id,
    purpose: DocumentPurpose.SERVICE,
    fileName: `${scanStatus}.pdf`,
    contentType: 'application/pdf',
    size: stored.size,
    sha256: stored.sha256,
    createdAt: now,
    scanStatus,
    storedAt: now,
  });
  await em.flush();
  return doc;
}

/** The files under `dir` this process holds open (Linux: /proc/self/fd). */
function openFilesUnder(dir: string): string[] {
  const open: string[] = [];
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      if (target.startsWith(dir)) open.push(target);
    } catch {
      /* closed meanwhile (the directory listing's own descriptor) */
    }
  }
  return open;
}

describe('uploads while clamd is stopped (a worker, its own clamd)', () => {
  let own: RunningClamd;
  let app: TestApp;
  beforeAll(async () => {
    own = await startClamd();
    app = await createTestApp({ worker: true, env: { CLAMD_ADDRESS: own.address } });
    await openGCloud13(app);
  });
  afterAll(async () => {
    await app?.close();
    await own?.stop();
  });
  // A test that failed while clamd was stopped leaves it running for the next.
  afterEach(async () => {
    if (own && !(await createClamdScanner(own.address).ping())) await own.start();
  });

  it('waits, unscanned and not downloadable, while clamd is down, and is scanned by the retried job once clamd is back', async () => {
    const browser = await supplierBrowser(app);
    await own.halt();
    const bytes = await pdf('Pricing');
    const uploadedAt = Date.now();
    const id = await upload(browser, 'pricing.pdf', bytes);

    // The worker tried at once, could not reach clamd, and the job waits for its retry.
    await waitFor('the scan job failed once', async () => (await scanJobs(app, id)).some((j) => j.state === 'retry'), 10_000);
    await sleep(2_000);
    await expectWaiting(app, browser, id);

    await own.start();
    const clamdUpAt = Date.now();
    await waitFor('the document scanned clean and stored', scannedAndStored(app, id), 45_000);
    const doneAt = Date.now();
    process.stdout.write(
      `[documents] clamd down at upload: scanned and stored ${((doneAt - clamdUpAt) / 1000).toFixed(1)} s after clamd answered again ` +
        `(${((doneAt - uploadedAt) / 1000).toFixed(1)} s after the upload; clamd took ${(own.startMs / 1000).toFixed(1)} s to start)\n`,
    );
    // The first attempt's own job, retried: no second job was needed.
    const jobs = await scanJobs(app, id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.retryCount).toBeGreaterThanOrEqual(1);
    await expectDownloadable(app, browser, id, bytes);
  }, 70_000);

  it('a document whose scan job was lost is found by the catch-up job once it has waited 2 minutes, and scanned', async () => {
    const browser = await supplierBrowser(app);
    await own.halt();
    const bytes = await pdf('Terms');
    const id = await upload(browser, 'terms.pdf', bytes);
    await waitFor('the scan job failed once', async () => (await scanJobs(app, id)).some((j) => j.state === 'retry'), 10_000);
    // The job is lost (as after its retries ran out while clamd stayed down): nothing will retry it.
    await app.orm.em.fork().getConnection().execute(`delete from pgboss.job where name = 'documents.scan' and data->>'documentId' = ?`, [id]);
    await own.start();
    await sleep(2_000);
    await expectWaiting(app, browser, id);

    // Not yet: a document may take its first 2 minutes.
    const ctx = { em: app.orm.em.fork(), clock: app.clock, jobs: app.jobs, logger: app.logger };
    expect(await queueWaitingScans(ctx)).toBe(0);
    expect(await scanJobs(app, id)).toEqual([]);

    // Past 2 minutes, the worker's catch-up job (its cron, run now) queues the scan.
    app.clock.advance(2 * 60_000 + 1_000);
    const started = Date.now();
    await app.jobs.boss.send('documents.scan-waiting', {});
    await waitFor('the waiting document scanned clean and stored', scannedAndStored(app, id), 20_000);
    process.stdout.write(`[documents] lost scan job: the catch-up job had the document scanned and stored in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    expect((await scanJobs(app, id)).map((j) => j.state)).toEqual(['completed']);
    await expectDownloadable(app, browser, id, bytes);
  }, 40_000);

  it('a rescan that cannot reach clamd leaves no stored file open (each retry would leak one)', async () => {
    await storedDocument(app, ScanStatus.CLEAN, await pdf('Stored'));
    const em = app.orm.em.fork();
    const rescan = em.create(DocumentRescan, { requestedByUserId: 1, startedAt: app.clock.now(), total: 1 });
    await em.flush();
    await own.halt();
    const before = openFilesUnder(app.config.DATA_DIR);
    try {
      await expect(rescanDocumentsJob.handle({ rescanId: rescan.id }, jobContext(app, own.address))).rejects.toThrow(/clamd/);
      expect(openFilesUnder(app.config.DATA_DIR)).toEqual(before);
    } finally {
      await own.start();
    }
  });

  it('a rescan that clamd cannot finish (its stream limit) leaves a stored clean document as it was', async () => {
    const small = await startClamd({ streamMaxBytes: 64 * 1024 });
    try {
      const doc = await storedDocument(app, ScanStatus.CLEAN, Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(512 * 1024, 0x20)]));
      const em = app.orm.em.fork();
      const rescan = em.create(DocumentRescan, { requestedByUserId: 1, startedAt: app.clock.now(), total: 1 });
      await em.flush();
      for (let i = 0; i < 50 && !(await app.orm.em.fork().findOneOrFail(DocumentRescan, { id: rescan.id })).finishedAt; i++)
        await rescanDocumentsJob.handle({ rescanId: rescan.id }, jobContext(app, small.address));
      expect(await row(app, doc.id)).toMatchObject({ scanStatus: ScanStatus.CLEAN, storedAt: expect.any(Date) });
      expect(await app.storage.documents.head(storageKey(doc))).not.toBeNull();
    } finally {
      await small.stop();
    }
  });

  it('a scan that clamd cuts short (its stream limit) records FAILED and leaves no quarantined file open', async () => {
    const small = await startClamd({ streamMaxBytes: 64 * 1024 });
    try {
      const em = app.orm.em.fork();
      const id = randomUUID();
      const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2 * 1024 * 1024, 0x20), Buffer.from('\n%%EOF\n')]);
      const stored = await app.storage.quarantine.put(storageKey({ id, purpose: DocumentPurpose.SERVICE }), Readable.from([big]), {
        contentType: 'application/octet-stream',
        maxBytes: 4 << 20,
      });
      em.create(Document, {
        id,
        purpose: DocumentPurpose.SERVICE,
        fileName: 'big.pdf',
        contentType: 'application/pdf',
        size: stored.size,
        sha256: stored.sha256,
        createdAt: app.clock.now(),
      });
      await em.flush();
      const before = openFilesUnder(app.config.DATA_DIR);
      await scanDocumentJob.handle({ documentId: id }, jobContext(app, small.address));
      expect(openFilesUnder(app.config.DATA_DIR)).toEqual(before);
      expect(await row(app, id)).toMatchObject({ scanStatus: ScanStatus.FAILED, storedAt: null });
    } finally {
      await small.stop();
    }
  });

  it('never serves a document that is not clean, even through a correctly signed link and with its bytes in the document storage', async () => {
    const browser = await supplierBrowser(app);

    // Infected: through the real upload and scan.
    const infectedBytes = Buffer.concat([Buffer.from('%PDF-1.4\n% '), eicar(), Buffer.from('\n%%EOF\n')]);
    const infectedId = await upload(browser, 'prices.pdf', infectedBytes);
    await waitFor('the EICAR upload found infected', async () => (await row(app, infectedId)).scanStatus === ScanStatus.INFECTED, 20_000);
    const infected = await row(app, infectedId);
    await waitFor('the infected file deleted from quarantine', async () => !(await app.storage.quarantine.head(storageKey(infected))), 10_000);
    expect(infected.storedAt).toBeNull();
    expect((await app.browser().request(downloadLink(app.config, infected, app.clock.now()))).status).toBe(404);

    // The worst cases: the bytes sit in the document storage (a copy made before a rescan found a
    // virus, a bug) and the row even says stored; only a clean verdict serves them.
    const bytes = await pdf('Not scanned');
    const make = async (scanStatus: ScanStatus) => {
      const doc = await storedDocument(app, scanStatus, bytes);
      return app.browser().request(downloadLink(app.config, doc, app.clock.now()));
    };
    expect((await make(ScanStatus.PENDING)).status).toBe(404);
    expect((await make(ScanStatus.INFECTED)).status).toBe(404);
    expect((await make(ScanStatus.FAILED)).status).toBe(404);
    // The same forged link for a clean one serves it: the refusals above are the verdict's, not the link's.
    const clean = await make(ScanStatus.CLEAN);
    expect(clean.status).toBe(200);
    expect(Buffer.from(await clean.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
  }, 40_000);
});

describe('a worker SIGKILLed in the middle of a scan', () => {
  let app: TestApp;
  let relay: ClamdRelay | undefined;
  const children: ChildProcess[] = [];
  let recovery: { dispatcher: EventDispatcher; jobs: JobQueue; close(): Promise<void> } | undefined;

  beforeAll(async () => {
    // No worker of its own: the scan job goes to the worker process the test starts (and kills).
    app = await createTestApp();
    await openGCloud13(app);
  });
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await recovery?.close();
    await relay?.close();
    await app?.close();
  });

  /** Starts test/fixtures/scan-worker.ts on the app's database and documents; resolves once it works. */
  function startScanWorker(clamdAddress: string): Promise<ChildProcess> {
    const url = String(app.orm.config.get('clientUrl'));
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(serverRoot, 'test/fixtures/scan-worker.ts'), url, app.config.DATA_DIR, clamdAddress], {
      cwd: serverRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(child);
    return new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error('the scan worker did not start within 30 s')), 30_000);
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('ready')) {
          clearTimeout(timer);
          resolve(child);
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the scan worker exited early (${code ?? signal})`));
      });
    });
  }

  /** A worker in this process, as the restarted worker would be: its own queue connection (supervising), ORM and dispatcher. */
  async function startRecoveryWorker(): Promise<NonNullable<typeof recovery>> {
    const url = String(app.orm.config.get('clientUrl'));
    const jobs = await JobQueue.start({ connectionString: url, logger: app.logger, supervise: true });
    const orm = await initOrm(url, entities, app.logger);
    const dispatcher = await composeWorker({
      orm,
      clock: app.clock,
      logger: app.logger,
      config: app.config,
      jobs,
      search: app.search,
      content: app.content,
      storage: app.storage,
      scanner: createClamdScanner(inject('clamdAddress')),
      concurrency: 2,
      pollMs: 500,
    });
    return {
      dispatcher,
      jobs,
      async close() {
        await dispatcher.stop();
        await jobs.stop(2_000);
        await orm.close();
      },
    };
  }

  it(`completes the scan after a restart, within ${JOB_RECOVERY_BOUND_SECONDS} s of the kill`, async () => {
    relay = await startClamdRelay(inject('clamdAddress'));
    const child = await startScanWorker(relay.address);
    const browser = await supplierBrowser(app);
    const bytes = await pdf('Service definition');
    const id = await upload(browser, 'service-definition.pdf', bytes);

    // The child's scan has begun: its INSTREAM is held by the relay, and its job is active.
    await Promise.race([relay.held, sleep(20_000).then(() => Promise.reject(new Error('the scan worker never began the scan')))]);
    await waitFor('the scan job active', async () => (await scanJobs(app, id)).some((j) => j.state === 'active'), 10_000);
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    const killedAt = Date.now();
    await expectWaiting(app, browser, id);

    recovery = await startRecoveryWorker();
    await waitFor('the document scanned clean and stored after the restart', scannedAndStored(app, id), (JOB_RECOVERY_BOUND_SECONDS + 15) * 1000);
    const recoverySeconds = (Date.now() - killedAt) / 1000;
    process.stdout.write(`[documents] scan of the SIGKILLed worker completed (clean, stored) ${recoverySeconds.toFixed(1)} s after the kill\n`);
    expect(recoverySeconds).toBeLessThanOrEqual(JOB_RECOVERY_BOUND_SECONDS + 5);
    // The killed worker's own job, released and retried: its second attempt did it.
    expect(await scanJobs(app, id)).toEqual([{ state: 'completed', retryCount: 1 }]);
    expect(relay.heldCount()).toBe(1);
    await expectDownloadable(app, browser, id, bytes);
  }, 90_000);
});
