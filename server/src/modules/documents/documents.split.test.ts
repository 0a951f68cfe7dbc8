import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { applyingSupplier, samplePdf, SERVICE_UPLOAD, uploadFile } from '../../../test/support/documents.js';
import { Framework, FrameworkStatus } from '../frameworks/framework.entity.js';
import { Document, ScanStatus } from './document.entity.js';

/**
 * A worker that runs the scan alone (WORKER_JOBS=documents.scan), as a deployment gives the
 * scanner only read access to quarantine: it records verdicts and does nothing else; promotion is
 * the event handlers' work, in another worker.
 */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ worker: true, env: { WORKER_JOBS: 'documents.scan' } });
  const em = app.orm.em.fork();
  (await em.findOneOrFail(Framework, { slug: 'g-cloud-13' })).status = FrameworkStatus.OPEN;
  await em.flush();
});
afterAll(async () => {
  await app?.close();
});

describe('a scanner-only worker', () => {
  it('scans an upload and records the verdict, leaving the move out of quarantine to the workers that run the handlers', async () => {
    const { browser } = await applyingSupplier(app);
    const res = await uploadFile(browser, SERVICE_UPLOAD, 'pricing.pdf', await samplePdf('Pricing'));
    const { document } = (await res.json()) as { document: { id: string } };
    const read = () => app.orm.em.fork().findOneOrFail(Document, { id: document.id });
    const deadline = Date.now() + 20_000;
    while ((await read()).scanStatus === ScanStatus.PENDING && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await read()).toMatchObject({ scanStatus: ScanStatus.CLEAN, storedAt: null });
    await new Promise((r) => setTimeout(r, 1000));
    expect((await read()).storedAt).toBeNull();
    expect(await app.storage.quarantine.head(`service/${document.id}`)).not.toBeNull();

    // The handlers (here applied by the test, as a full worker would) move it.
    await app.events.drain();
    expect((await read()).storedAt).toBeInstanceOf(Date);
    expect(await app.storage.quarantine.head(`service/${document.id}`)).toBeNull();
  });
});
