import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createClamdScanner } from '../../app/clamd.js';
import { createTestApp, type Browser, type TestApp } from '../../../test/support/app.js';
import { detectedAs, EICAR_SIGNATURE, eicar, markedFile, TEST_SIGNATURE } from '../../../test/support/clamd.js';
import { makeSupplier, makeUser } from '../../../test/support/factories.js';
import { Role } from '../../shared/role.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { AuditType } from '../audit/audit.types.js';
import { Framework, FrameworkStatus } from '../frameworks/framework.entity.js';
import { EmailMessage } from '../notifications/email-message.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { Document, ScanStatus } from './document.entity.js';
import { scanDocumentJob } from './document.jobs.js';
import { renderPdf } from './document.pdf.js';

/**
 * Uploads over HTTP as a browser sends them (multipart, the session cookie, X-Requested-With), into
 * a real quarantine folder, scanned by the run's real clamd. The app has no worker: each test runs
 * the scan job and applies the events itself, so it can look at every step in between.
 */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  const em = app.orm.em.fork();
  (await em.findOneOrFail(Framework, { slug: 'g-cloud-13' })).status = FrameworkStatus.OPEN;
  await em.flush();
});
afterAll(async () => {
  await app?.close();
});

const scanner = () => createClamdScanner(inject('clamdAddress'));

/** The scan job as the worker runs it, then the events it caused (promotion, emails). */
async function scan(id: string): Promise<void> {
  await scanDocumentJob.handle(
    { documentId: id },
    {
      jobId: 'test',
      attempt: 1,
      em: app.orm.em.fork(),
      clock: app.clock,
      logger: app.logger,
      jobs: app.jobs,
      mailer: null,
      search: app.search,
      content: app.content,
      storage: app.storage,
      scanner: scanner(),
    },
  );
  await app.events.drain();
}

async function supplierBrowser(): Promise<{ browser: Browser; supplier: Supplier }> {
  const em = app.orm.em.fork();
  const supplier = await makeSupplier(em, { companyDetailsConfirmed: true });
  const user = await makeUser(em, { role: Role.SUPPLIER, supplier: em.getReference(Supplier, supplier.id, { wrapped: true }) });
  const browser = await app.signIn(user.email);
  await browser.gql('mutation { registerFrameworkInterest(frameworkSlug: "g-cloud-13") { id } }');
  await browser.gql('mutation ($id: ID!) { confirmSupplierCompanyDetails(id: $id) { id } }', { id: String(supplier.id) });
  return { browser, supplier };
}

const SERVICE_UPLOAD = '/documents?purpose=service&framework=g-cloud-13&lot=cloud-support&question=pricingDocumentURL';

function upload(browser: Browser, query: string, fileName: string, bytes: Uint8Array, type = 'application/pdf') {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type }), fileName);
  return browser.request(query, { method: 'POST', body: form, headers: { 'x-requested-with': 'fetch' } });
}

const pdf = (title: string) => renderPdf({ title, paragraphs: ['Prices per user per month.'], date: new Date('2024-06-03T09:00:00Z') });
const quarantined = () => {
  const dir = path.join(app.config.DATA_DIR, 'files', 'quarantine', 'service');
  try {
    return readdirSync(dir).filter((f) => !f.startsWith('.'));
  } catch {
    return [];
  }
};

describe('a supplier uploads a pricing document to a draft', () => {
  it('is quarantined, completes the draft only once scanned clean, then downloads through a signed link', async () => {
    const { browser } = await supplierBrowser();
    const bytes = await pdf('Pricing');
    const res = await upload(browser, SERVICE_UPLOAD, 'C:\\Users\\me\\Pricing <2024>.pdf', bytes);
    expect(res.status).toBe(201);
    const { document } = (await res.json()) as { document: { id: string; fileName: string; scanStatus: string; size: number; contentType: string } };
    expect(document).toMatchObject({ fileName: 'Pricing -2024.pdf', scanStatus: 'pending', size: bytes.length, contentType: 'application/pdf' });

    // Answered with the document while it waits: saved, but the draft cannot be completed yet.
    const draft = (await browser.gql<{ createDraftService: { id: string } }>('mutation { createDraftService(frameworkSlug: "g-cloud-13", lotSlug: "cloud-support") { id } }')).data!
      .createDraftService.id;
    const saved = await browser.gql('mutation ($id: ID!, $a: JSONObject!) { updateDraftService(id: $id, answers: $a) { id } }', {
      id: draft,
      a: { pricingDocumentURL: document.id },
    });
    expect(saved.errors).toBeUndefined();
    const waiting = await browser.gql<{ document: { scanStatus: string; downloadUrl: string | null } }>('query ($id: ID!) { document(id: $id) { scanStatus downloadUrl } }', {
      id: document.id,
    });
    expect(waiting.data!.document).toEqual({ scanStatus: 'PENDING', downloadUrl: null });
    const early = await browser.gql('mutation ($id: ID!) { submitDraftService(id: $id) { status } }', { id: draft });
    expect(early.errors![0]!.extensions!.fieldErrors).toMatchObject({ pricingDocumentURL: 'The file is still being checked for viruses: try again in a minute' });

    await scan(document.id);
    const em = app.orm.em.fork();
    const stored = await em.findOneOrFail(Document, { id: document.id });
    expect(stored).toMatchObject({ scanStatus: ScanStatus.CLEAN, scanDetail: null });
    expect(stored.scanEngine).toMatch(/^ClamAV /);
    expect(stored.storedAt).toBeInstanceOf(Date);
    expect(quarantined()).not.toContain(document.id);
    const after = await browser.gql('mutation ($id: ID!) { submitDraftService(id: $id) { status } }', { id: draft });
    expect(after.errors?.[0]?.extensions?.fieldErrors ?? {}).not.toHaveProperty('pricingDocumentURL');

    const link = (await browser.gql<{ document: { downloadUrl: string } }>('query ($id: ID!) { document(id: $id) { downloadUrl } }', { id: document.id })).data!.document
      .downloadUrl;
    expect(link).toMatch(new RegExp(`^/documents/${document.id}/Pricing%20-2024\\.pdf\\?expires=\\d+&signature=`));
    const download = await app.browser().request(link);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="Pricing -2024.pdf"; filename*=UTF-8''Pricing%20-2024.pdf`);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);

    // The link is the permission: altered, it is refused; after its minutes, it has expired.
    expect((await app.browser().request(link.replace(/signature=./, 'signature=A'))).status).toBe(403);
    app.clock.advance(app.config.DOWNLOAD_URL_SECONDS * 1000 + 1000);
    const expired = await app.browser().request(link);
    expect(expired.status).toBe(410);
    expect(((await expired.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('GONE');

    // Nobody else reads a supplier's draft documents through the API.
    const other = await supplierBrowser();
    expect((await other.browser.gql('query ($id: ID!) { document(id: $id) { id } }', { id: document.id })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await app.gql('query ($id: ID!) { document(id: $id) { id } }', { id: document.id })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const audited = await em.find(AuditEvent, { objectId: document.id }, { orderBy: { id: 'asc' } });
    expect(audited.map((e) => e.type)).toEqual([AuditType.UPLOAD_DOCUMENT, AuditType.SCAN_DOCUMENT]);
  });

  it('refuses the EICAR file: deleted from quarantine, never downloadable, and the uploader is told why', async () => {
    const { browser, supplier } = await supplierBrowser();
    const infected = Buffer.concat([Buffer.from('%PDF-1.4\n% '), eicar(), Buffer.from('\n%%EOF\n')]);
    const res = await upload(browser, SERVICE_UPLOAD, 'prices.pdf', infected);
    expect(res.status).toBe(201);
    const { document } = (await res.json()) as { document: { id: string } };
    expect(quarantined()).toContain(document.id);
    await scan(document.id);

    const em = app.orm.em.fork();
    expect(await em.findOneOrFail(Document, { id: document.id })).toMatchObject({ scanStatus: ScanStatus.INFECTED, scanDetail: detectedAs(EICAR_SIGNATURE), storedAt: null });
    expect(quarantined()).not.toContain(document.id);
    const seen = await browser.gql<{ document: { scanStatus: string; scanDetail: string; downloadUrl: string | null } }>(
      'query ($id: ID!) { document(id: $id) { scanStatus scanDetail downloadUrl } }',
      {
        id: document.id,
      },
    );
    expect(seen.data!.document).toEqual({ scanStatus: 'INFECTED', scanDetail: detectedAs(EICAR_SIGNATURE), downloadUrl: null });
    const draft = (await browser.gql<{ createDraftService: { id: string } }>('mutation { createDraftService(frameworkSlug: "g-cloud-13", lotSlug: "cloud-support") { id } }')).data!
      .createDraftService.id;
    const answer = await browser.gql('mutation ($id: ID!, $a: JSONObject!) { updateDraftService(id: $id, answers: $a) { id } }', {
      id: draft,
      a: { pricingDocumentURL: document.id },
    });
    expect(answer.errors![0]!.extensions!.fieldErrors).toEqual({
      pricingDocumentURL: `The file was refused: it contains a virus (${detectedAs(EICAR_SIGNATURE)}). Upload a different file.`,
    });
    const emails = await em.find(EmailMessage, { template: 'document-upload-refused' });
    expect(emails.map((e) => e.text).join('\n')).toContain(detectedAs(EICAR_SIGNATURE));
    const verdict = await em.findOneOrFail(AuditEvent, { type: AuditType.SCAN_DOCUMENT, objectId: document.id });
    expect(verdict.data).toMatchObject({ verdict: 'infected', detail: detectedAs(EICAR_SIGNATURE), supplierId: supplier.id });
  });

  it('refuses the project’s own test signature the same way', async () => {
    const { browser } = await supplierBrowser();
    const { document } = (await (await upload(browser, SERVICE_UPLOAD, 'marked.pdf', markedFile())).json()) as { document: { id: string } };
    await scan(document.id);
    expect(await app.orm.em.fork().findOneOrFail(Document, { id: document.id })).toMatchObject({ scanStatus: ScanStatus.INFECTED, scanDetail: detectedAs(TEST_SIGNATURE) });
  });

  it('refuses a file of the wrong kind or size before storing anything, with the content’s messages', async () => {
    const { browser } = await supplierBrowser();
    const before = await app.orm.em.fork().count(Document, {});
    const exe = await upload(browser, SERVICE_UPLOAD, 'prices.pdf', Buffer.from('MZ\x90\x00 not really a pdf'));
    expect(exe.status).toBe(400);
    expect(((await exe.json()) as { errors: Array<{ extensions: unknown }> }).errors[0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: { file: 'The file must be in an open format. Select an Open Document Format (ODF) or PDF/A (eg .pdf, .odt).' },
    });
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(5 * 1024 * 1024 + 10, 0x20)]);
    const tooBig = await upload(browser, SERVICE_UPLOAD, 'big.pdf', big);
    expect(tooBig.status).toBe(400);
    expect(((await tooBig.json()) as { errors: Array<{ extensions: unknown }> }).errors[0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: { file: 'The file must be smaller than 5MB.' },
    });
    const wrongQuestion = await upload(browser, '/documents?purpose=service&framework=g-cloud-13&lot=cloud-support&question=serviceName', 'x.pdf', await pdf('x'));
    expect(wrongQuestion.status).toBe(400);
    expect(await app.orm.em.fork().count(Document, {})).toBe(before);
  });

  it('is refused to visitors, to other sites’ forms and to suppliers of closed frameworks', async () => {
    const bytes = await pdf('Pricing');
    const anonymous = await upload(app.browser(), SERVICE_UPLOAD, 'p.pdf', bytes);
    expect(anonymous.status).toBe(401);
    const { browser } = await supplierBrowser();
    const form = new FormData();
    form.append('file', new Blob([bytes], { type: 'application/pdf' }), 'p.pdf');
    const crossSite = await browser.request(SERVICE_UPLOAD, { method: 'POST', body: form });
    expect(crossSite.status).toBe(403);
    const otherOrigin = await browser.request(SERVICE_UPLOAD, { method: 'POST', body: form, headers: { 'x-requested-with': 'fetch', origin: 'https://evil.example' } });
    expect(otherOrigin.status).toBe(403);
    const closed = await upload(browser, '/documents?purpose=service&framework=g-cloud-12&lot=cloud-support&question=pricingDocumentURL', 'p.pdf', bytes);
    expect([404, 409, 400]).toContain(closed.status);
  });
});
