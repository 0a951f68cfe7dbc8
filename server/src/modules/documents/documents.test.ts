import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { detectedAs, EICAR_SIGNATURE, eicar, markedFile, TEST_SIGNATURE } from '../../../test/support/clamd.js';
import { makeSupplier, makeUser } from '../../../test/support/factories.js';
import { applyingSupplier, jobContext, samplePdf, SERVICE_UPLOAD, uploadFile, withDocuments } from '../../../test/support/documents.js';
import { Role } from '../../shared/role.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { AuditType } from '../audit/audit.types.js';
import { Framework, FrameworkStatus } from '../frameworks/framework.entity.js';
import { EmailMessage } from '../notifications/email-message.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { importService } from '../services/service.import.js';
import { publishFrameworkServices } from '../services/publish.js';
import { SupplierFramework } from '../applications/supplier-framework.entity.js';
import { Service, ServiceStatus } from '../services/service.entity.js';
import { rng, validAnswers } from '../../../seeds/answers.js';
import { schemasDir } from '../../commands/schemas.js';
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import { randomUUID } from 'node:crypto';
import { Document, DocumentPurpose, ScanStatus } from './document.entity.js';
import { DocumentRescan } from './document-rescan.entity.js';
import { storeGenerated } from './document.handlers.js';
import { promoteLeftBehind, queueWaitingScans, rescanDocumentsJob, scanDocumentJob } from './document.jobs.js';

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

const serviceSchema = (lot: string) => JSON.parse(readFileSync(path.join(schemasDir, `services-g-cloud-13-${lot}.json`), 'utf8')) as never;

/** The scan job as the worker runs it, then the events it caused (promotion, emails). */
async function scan(id: string): Promise<void> {
  await scanDocumentJob.handle({ documentId: id }, jobContext(app, inject('clamdAddress')));
  await app.events.drain();
}

const supplierBrowser = () => applyingSupplier(app);
const upload = uploadFile;
const pdf = samplePdf;
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
    const { browser, supplier } = await supplierBrowser();
    const bytes = await pdf('Pricing');
    const res = await upload(browser, SERVICE_UPLOAD, 'C:\\Users\\me\\Pricing <2024>.pdf', bytes);
    expect(res.status).toBe(201);
    const { document } = (await res.json()) as { document: { id: string; fileName: string; scanStatus: string; size: number; contentType: string } };
    expect(document).toMatchObject({ fileName: 'Pricing -2024.pdf', scanStatus: 'pending', size: bytes.length, contentType: 'application/pdf' });

    // Answered with the document while it waits: saved, but the draft cannot be completed yet.
    const draft = (await browser.gql<{ createDraftService: { id: string } }>('mutation { createDraftService(frameworkSlug: "g-cloud-13", lotSlug: "cloud-support") { id } }')).data!
      .createDraftService.id;
    // Every other answer is complete (its documents already clean): only the pricing document is waiting.
    const others = await withDocuments(app, supplier.id, 'cloud-support', validAnswers(serviceSchema('cloud-support'), rng(21)));
    const saved = await browser.gql('mutation ($id: ID!, $a: JSONObject!) { updateDraftService(id: $id, answers: $a) { id } }', {
      id: draft,
      a: { ...others, priceMin: '10', priceMax: '20', pricingDocumentURL: document.id },
    });
    expect(saved.errors).toBeUndefined();
    const waiting = await browser.gql<{ document: { scanStatus: string; downloadUrl: string | null } }>('query ($id: ID!) { document(id: $id) { scanStatus downloadUrl } }', {
      id: document.id,
    });
    expect(waiting.data!.document).toEqual({ scanStatus: 'PENDING', downloadUrl: null });
    const early = await browser.gql('mutation ($id: ID!) { submitDraftService(id: $id) { status } }', { id: draft });
    expect(early.errors![0]!.extensions!.fieldErrors).toEqual({ pricingDocumentURL: 'The file is still being checked for viruses: try again in a minute' });

    await scan(document.id);
    const em = app.orm.em.fork();
    const stored = await em.findOneOrFail(Document, { id: document.id });
    expect(stored).toMatchObject({ scanStatus: ScanStatus.CLEAN, scanDetail: null });
    expect(stored.scanEngine).toMatch(/^ClamAV /);
    expect(stored.storedAt).toBeInstanceOf(Date);
    expect(quarantined()).not.toContain(document.id);
    const after = await browser.gql('mutation ($id: ID!) { submitDraftService(id: $id) { status } }', { id: draft });
    expect(after.data).toEqual({ submitDraftService: { status: 'SUBMITTED' } });

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
    expect(closed.status).toBe(409);
    expect(((await closed.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('CONFLICT');
    // Nor is an upload for a lot the framework does not have, or a body that is not a readable form.
    const noLot = await upload(browser, '/documents?purpose=service&framework=g-cloud-13&lot=no-such-lot&question=pricingDocumentURL', 'p.pdf', bytes);
    expect(((await noLot.json()) as { errors: Array<{ extensions: unknown }> }).errors[0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: { lot: 'Choose a lot of G-Cloud 13' },
    });
    const noBoundary = await browser.request(SERVICE_UPLOAD, { method: 'POST', body: 'x', headers: { 'x-requested-with': 'fetch', 'content-type': 'multipart/form-data' } });
    expect(noBoundary.status).toBe(400);
    expect(((await noBoundary.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    const cutOff = await browser.request(SERVICE_UPLOAD, {
      method: 'POST',
      body: '--b\r\nContent-Disposition: form-data; name="file"; filename="p.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n',
      headers: { 'x-requested-with': 'fetch', 'content-type': 'multipart/form-data; boundary=b' },
    });
    expect(cutOff.status).toBe(400);
    // Ids that are not document ids are simply not found.
    for (const id of ['-'.repeat(36), 'f'.repeat(36), 'x'])
      expect((await browser.gql('query ($id: ID!) { document(id: $id) { id } }', { id })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});

describe('a supplier answers a declaration upload question', () => {
  it('with its own modern slavery statement, and completes the declaration only once it is scanned clean', async () => {
    const { browser } = await supplierBrowser();
    const UPLOAD = '/documents?purpose=declaration&framework=g-cloud-13&question=modernSlaveryStatement';
    const { document } = (await (await upload(browser, UPLOAD, 'statement.pdf', await pdf('Modern slavery statement'))).json()) as { document: { id: string } };
    const SAVE = 'mutation ($a: JSONObject!) { saveDeclarationAnswers(frameworkSlug: "g-cloud-13", answers: $a) { declaration } }';
    expect((await browser.gql(SAVE, { a: { modernSlaveryTurnover: true, modernSlaveryStatement: document.id } })).errors).toBeUndefined();
    const complete = await browser.gql('mutation { completeDeclaration(frameworkSlug: "g-cloud-13") { declarationStatus } }');
    expect(complete.errors![0]!.extensions!.fieldErrors).toMatchObject({ modernSlaveryStatement: 'The file is still being checked for viruses: try again in a minute' });
    await scan(document.id);
    const after = await browser.gql('mutation { completeDeclaration(frameworkSlug: "g-cloud-13") { declarationStatus } }');
    expect(after.errors?.[0]?.extensions?.fieldErrors ?? {}).not.toHaveProperty('modernSlaveryStatement');

    // Another supplier's statement, or a service document, is not an answer to this question.
    const other = await supplierBrowser();
    expect((await other.browser.gql(SAVE, { a: { modernSlaveryTurnover: true, modernSlaveryStatement: document.id } })).errors![0]!.extensions!.fieldErrors).toEqual({
      modernSlaveryStatement: 'Upload the file for this question again',
    });
    const service = ((await (await upload(browser, SERVICE_UPLOAD, 'p.pdf', await pdf('p'))).json()) as { document: { id: string } }).document;
    expect((await browser.gql(SAVE, { a: { modernSlaveryStatement: service.id } })).errors![0]!.extensions!.fieldErrors).toEqual({
      modernSlaveryStatement: 'Upload the file for this question again',
    });
  });
});

describe('a framework manager publishes communications that suppliers download', () => {
  it('takes Open Document or CSV communications and PDF clarification answers, shown to suppliers once clean', async () => {
    const em = app.orm.em.fork();
    const manager = await app.signIn((await makeUser(em, { role: Role.ADMIN_FRAMEWORK_MANAGER })).email, 'admin');
    const csv = Buffer.from('Date,Update\n2024-06-03,"Clarification answers published"\n');
    const sent = await upload(manager, '/documents?purpose=communication&framework=g-cloud-13', 'Updates, June.csv', csv, 'text/csv');
    expect(sent.status).toBe(201);
    const communication = ((await sent.json()) as { document: { id: string } }).document;
    const answers = await upload(manager, '/documents?purpose=clarification-answers&framework=g-cloud-13', 'answers.pdf', await pdf('Clarification answers'));
    const clarification = ((await answers.json()) as { document: { id: string } }).document;
    const wrong = await upload(manager, '/documents?purpose=clarification-answers&framework=g-cloud-13', 'answers.csv', csv, 'text/csv');
    expect(((await wrong.json()) as { errors: Array<{ extensions: { fieldErrors: unknown } }> }).errors[0]!.extensions.fieldErrors).toEqual({
      file: 'Clarification answers must be a PDF file.',
    });

    const { browser: supplier } = await supplierBrowser();
    const LIST = '{ frameworkCommunications(frameworkSlug: "g-cloud-13") { id purpose fileName scanStatus downloadUrl } }';
    expect((await supplier.gql<{ frameworkCommunications: unknown[] }>(LIST)).data!.frameworkCommunications).toEqual([]);
    expect((await manager.gql<{ frameworkCommunications: unknown[] }>(LIST)).data!.frameworkCommunications).toHaveLength(2);
    await scan(communication.id);
    await scan(clarification.id);
    const listed = (await supplier.gql<{ frameworkCommunications: Array<{ id: string; purpose: string; fileName: string; downloadUrl: string }> }>(LIST)).data!
      .frameworkCommunications;
    expect(listed.map((d) => [d.purpose, d.fileName])).toEqual(
      expect.arrayContaining([
        ['COMMUNICATION', 'Updates- June.csv'],
        ['CLARIFICATION_ANSWERS', 'answers.pdf'],
      ]),
    );
    const got = await supplier.request(listed.find((d) => d.purpose === 'COMMUNICATION')!.downloadUrl);
    expect(got.headers.get('content-type')).toBe('text/csv');
    expect(await got.text()).toBe(csv.toString());

    const buyer = await app.signIn((await makeUser(em, { role: Role.BUYER })).email);
    expect((await buyer.gql(LIST)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await supplier.gql('mutation ($id: ID!) { deleteFrameworkDocument(id: $id) { id } }', { id: communication.id })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const deleted = await manager.gql('mutation ($id: ID!) { deleteFrameworkDocument(id: $id) { id deletedAt } }', { id: communication.id });
    expect(deleted.errors).toBeUndefined();
    expect((await supplier.gql<{ frameworkCommunications: Array<{ id: string }> }>(LIST)).data!.frameworkCommunications.map((d) => d.id)).toEqual([clarification.id]);
    expect((await app.browser().request(listed.find((d) => d.purpose === 'COMMUNICATION')!.downloadUrl)).status).toBe(404);
    expect(await em.count(AuditEvent, { type: AuditType.DELETE_DOCUMENT, objectId: communication.id })).toBe(1);
    expect(await app.storage.documents.head(`communication/${communication.id}`)).not.toBeNull();
    await app.events.drain();
    expect(await app.storage.documents.head(`communication/${communication.id}`)).toBeNull();
  });

  it('refuses uploads of framework documents to anyone but framework managers', async () => {
    const { browser } = await supplierBrowser();
    const res = await upload(browser, '/documents?purpose=communication&framework=g-cloud-13', 'x.csv', Buffer.from('a,b\n'), 'text/csv');
    expect(res.status).toBe(403);
  });
});

describe('the documents of a live service', () => {
  beforeAll(async () => {
    const em = app.orm.em.fork();
    (await em.findOneOrFail(Framework, { slug: 'g-cloud-13' })).status = FrameworkStatus.LIVE;
    await em.flush();
  });

  it('come from the draft: a pricing document uploaded while applying is downloadable by anyone once the service is published', async () => {
    const setStatus = async (status: FrameworkStatus) => {
      const em = app.orm.em.fork();
      (await em.findOneOrFail(Framework, { slug: 'g-cloud-13' })).status = status;
      await em.flush();
    };
    await setStatus(FrameworkStatus.OPEN);
    const { browser, supplier } = await supplierBrowser();
    const bytes = await pdf('Pricing for publication');
    const { document } = (await (await upload(browser, SERVICE_UPLOAD, 'pricing.pdf', bytes)).json()) as { document: { id: string } };
    await scan(document.id);
    const em = app.orm.em.fork();
    const framework = await em.findOneOrFail(Framework, { slug: 'g-cloud-13' });
    const answers = await withDocuments(app, supplier.id, 'cloud-support', validAnswers(serviceSchema('cloud-support'), rng(8)));
    const draft = (await browser.gql<{ createDraftService: { id: string } }>('mutation { createDraftService(frameworkSlug: "g-cloud-13", lotSlug: "cloud-support") { id } }')).data!
      .createDraftService.id;
    const saved = await browser.gql('mutation ($id: ID!, $a: JSONObject!) { updateDraftService(id: $id, answers: $a) { id } }', {
      id: draft,
      a: { ...answers, pricingDocumentURL: document.id, serviceName: 'Published with its pricing', priceMin: '10', priceMax: '20' },
    });
    expect(saved.errors).toBeUndefined();
    expect((await browser.gql('mutation ($id: ID!) { submitDraftService(id: $id) { status } }', { id: draft })).errors).toBeUndefined();

    // The supplier is awarded a place on the framework; it goes live and its services are published.
    const application = await em.findOneOrFail(SupplierFramework, { supplier: supplier.id, framework: framework.id });
    application.onFramework = true;
    await em.flush();
    await setStatus(FrameworkStatus.LIVE);
    expect(await publishFrameworkServices(app.orm.em.fork(), app.clock, framework.id)).toBeGreaterThanOrEqual(1);
    const published = await app.orm.em.fork().findOneOrFail(Service, { supplier: supplier.id, framework: framework.id });
    expect(published.data.pricingDocumentURL).toBe(document.id);

    const page = await app.gql<{ service: { documents: Array<{ questionId: string; url: string }> } }>('query ($id: ID!) { service(id: $id) { documents { questionId url } } }', {
      id: published.serviceId,
    });
    const pricing = page.data!.service.documents.find((d) => d.questionId === 'pricingDocumentURL')!;
    const got = await app.browser().request(pricing.url);
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
  });

  it('kept as addresses from the original service stay editable, but only an upload can replace one', async () => {
    const em = app.orm.em.fork();
    const { browser, supplier } = await supplierBrowser();
    const [framework, lot] = [await em.findOneOrFail(Framework, { slug: 'g-cloud-13' }), await em.findOneOrFail(Lot, { slug: 'cloud-software' })];
    const legacy = 'https://assets.digitalmarketplace.service.gov.uk/g-cloud-13/documents/1/pricing%20document.pdf';
    const data: Record<string, unknown> = {
      ...validAnswers(serviceSchema('cloud-software'), rng(4)),
      pricingDocumentURL: legacy,
      termsAndConditionsDocumentURL: legacy,
      serviceDefinitionDocumentURL: legacy,
    };
    delete data.sfiaRateDocumentURL;
    const service = await importService(em, app.clock.now(), { supplier: await em.findOneOrFail(Supplier, { id: supplier.id }), framework, lot, data });
    const EDIT = 'mutation ($id: ID!, $a: JSONObject!) { updateService(id: $id, answers: $a) { id } }';
    expect((await browser.gql(EDIT, { id: service.serviceId, a: { serviceName: 'Renamed, documents untouched' } })).errors).toBeUndefined();
    const url = await browser.gql(EDIT, { id: service.serviceId, a: { serviceDefinitionDocumentURL: 'https://elsewhere.example.com/definition.pdf' } });
    expect(url.errors![0]!.extensions!.fieldErrors).toEqual({ serviceDefinitionDocumentURL: 'Upload the file for this question again' });
    const page = await app.gql<{ service: { documents: Array<{ questionId: string; fileName: string; url: string }> } }>(
      'query ($id: ID!) { service(id: $id) { documents { questionId fileName url } } }',
      { id: service.serviceId },
    );
    expect(page.data!.service.documents).toContainEqual({ questionId: 'pricingDocumentURL', fileName: 'pricing document.pdf', url: legacy });
  });

  it('are replaced by their supplier with a clean upload only, and anyone downloads them from the public service', async () => {
    const em = app.orm.em.fork();
    const { browser, supplier } = await supplierBrowser();
    const [framework, lot] = [await em.findOneOrFail(Framework, { slug: 'g-cloud-13' }), await em.findOneOrFail(Lot, { slug: 'cloud-software' })];
    const data = await withDocuments(app, supplier.id, 'cloud-software', validAnswers(serviceSchema('cloud-software'), rng(3)));
    const service = await importService(em, app.clock.now(), {
      supplier: await em.findOneOrFail(Supplier, { id: supplier.id }),
      framework,
      lot,
      data: { ...data, serviceName: 'Documented platform' },
    });

    const bytes = await pdf('Service definition');
    const res = await upload(browser, '/documents?purpose=service&framework=g-cloud-13&lot=cloud-software&question=serviceDefinitionDocumentURL', 'definition.pdf', bytes);
    const { document } = (await res.json()) as { document: { id: string } };
    const EDIT = 'mutation ($id: ID!, $a: JSONObject!) { updateService(id: $id, answers: $a) { id } }';
    const early = await browser.gql(EDIT, { id: service.serviceId, a: { serviceDefinitionDocumentURL: document.id } });
    expect(early.errors![0]!.extensions!.fieldErrors).toEqual({ serviceDefinitionDocumentURL: 'The file is still being checked for viruses: try again in a minute' });
    await scan(document.id);
    expect((await browser.gql(EDIT, { id: service.serviceId, a: { serviceDefinitionDocumentURL: document.id } })).errors).toBeUndefined();

    // Another supplier's clean document cannot be put on this service.
    const other = await supplierBrowser();
    const theirs = (
      (await (await upload(other.browser, '/documents?purpose=service&framework=g-cloud-13&lot=cloud-software&question=serviceDefinitionDocumentURL', 'x.pdf', bytes)).json()) as {
        document: { id: string };
      }
    ).document;
    await scan(theirs.id);
    expect((await browser.gql(EDIT, { id: service.serviceId, a: { serviceDefinitionDocumentURL: theirs.id } })).errors![0]!.extensions!.fieldErrors).toEqual({
      serviceDefinitionDocumentURL: 'Upload the file for this question again',
    });

    const READ = 'query ($id: ID!) { service(id: $id) { documents { title questionId fileName contentType size url } } }';
    const page = await app.gql<{ service: { documents: Array<{ title: string; fileName: string; size: number; url: string }> } }>(READ, { id: service.serviceId });
    const documents = page.data!.service.documents;
    expect(documents.map((d) => d.title)).toEqual(expect.arrayContaining(['Service definition document', 'Pricing document', 'Terms and conditions document']));
    const definition = documents.find((d) => d.title === 'Service definition document')!;
    expect(definition).toEqual({
      title: 'Service definition document',
      questionId: 'serviceDefinitionDocumentURL',
      fileName: 'definition.pdf',
      contentType: 'application/pdf',
      size: bytes.length,
      url: expect.stringMatching(/^\/documents\//),
    });
    const got = await app.browser().request(definition.url);
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);

    // A service that is not public gives the public nothing to download.
    (await em.findOneOrFail(Service, { serviceId: service.serviceId })).status = ServiceStatus.DISABLED;
    await em.flush();
    const hidden = await app.gql<{ service: unknown }>(READ, { id: service.serviceId });
    expect(hidden.data?.service ?? null).toBeNull();
  });
});

describe('a category admin editing a live service', () => {
  beforeAll(async () => {
    const em = app.orm.em.fork();
    (await em.findOneOrFail(Framework, { slug: 'g-cloud-13' })).status = FrameworkStatus.LIVE;
    await em.flush();
  });

  it('uploads a document for the service’s supplier and puts it on the service; other admins, other suppliers and unknown suppliers are refused', async () => {
    const em = app.orm.em.fork();
    const { browser: supplierBrowser_, supplier } = await supplierBrowser();
    const [framework, lot] = [await em.findOneOrFail(Framework, { slug: 'g-cloud-13' }), await em.findOneOrFail(Lot, { slug: 'cloud-software' })];
    const data = await withDocuments(app, supplier.id, 'cloud-software', validAnswers(serviceSchema('cloud-software'), rng(5)));
    const service = await importService(em, app.clock.now(), {
      supplier: await em.findOneOrFail(Supplier, { id: supplier.id }),
      framework,
      lot,
      data: { ...data, serviceName: 'Admin documented platform' },
    });
    const category = await app.signIn((await makeUser(app.orm.em.fork(), { role: Role.ADMIN_CCS_CATEGORY })).email, 'admin');
    const support = await app.signIn((await makeUser(app.orm.em.fork(), { role: Role.ADMIN })).email, 'admin');
    const query = (supplierId: string | null) =>
      `/documents?purpose=service&framework=g-cloud-13&lot=cloud-software&question=pricingDocumentURL${supplierId === null ? '' : `&supplier=${supplierId}`}`;
    const bytes = await pdf('Corrected pricing');
    const code = async (res: Response) => ((await res.json()) as { errors?: Array<{ extensions: { code: string } }> }).errors?.[0]?.extensions.code;

    expect(await code(await upload(category, query(null), 'p.pdf', bytes))).toBe('BAD_USER_INPUT');
    expect(await code(await upload(category, query('nope'), 'p.pdf', bytes))).toBe('BAD_USER_INPUT');
    expect(await code(await upload(category, query('99999999'), 'p.pdf', bytes))).toBe('NOT_FOUND');
    expect(await code(await upload(support, query(String(supplier.id)), 'p.pdf', bytes))).toBe('FORBIDDEN');
    const other = await makeSupplier(app.orm.em.fork());
    expect(await code(await upload(supplierBrowser_, query(String(other.id)), 'p.pdf', bytes))).toBe('FORBIDDEN');
    const before = await app.orm.em.fork().count(Document, { supplierId: supplier.id });

    const res = await upload(category, query(String(supplier.id)), 'pricing.pdf', bytes);
    expect(res.status).toBe(201);
    const { document } = (await res.json()) as { document: { id: string } };
    expect(await app.orm.em.fork().count(Document, { supplierId: supplier.id })).toBe(before + 1);
    await scan(document.id);
    const EDIT = 'mutation ($id: ID!, $a: JSONObject!) { updateService(id: $id, answers: $a) { id } }';
    expect((await category.gql(EDIT, { id: service.serviceId, a: { pricingDocumentURL: document.id } })).errors).toBeUndefined();
    const READ = 'query ($id: ID!) { service(id: $id) { documents { questionId fileName } } }';
    const page = await app.gql<{ service: { documents: Array<{ questionId: string; fileName: string }> } }>(READ, { id: service.serviceId });
    expect(page.data!.service.documents).toContainEqual({ questionId: 'pricingDocumentURL', fileName: 'pricing.pdf' });
  });
});

describe('rescanning every stored document', () => {
  it('withdraws a stored document that a newer signature database finds infected, with progress', async () => {
    const em = app.orm.em.fork();
    const supplier = await makeSupplier(em);
    const framework = await em.findOneOrFail(Framework, { slug: 'g-cloud-13' });
    // Stored clean in the past (say, before the signature existed): the rescan must find it.
    const old = await storeGenerated(em, app.storage, app.clock.now(), {
      id: randomUUID(),
      purpose: DocumentPurpose.SERVICE,
      fileName: 'old.pdf',
      bytes: Buffer.concat([Buffer.from('%PDF-1.4\n% '), eicar()]),
      supplierId: supplier.id,
      frameworkId: framework.id,
      questionId: 'pricingDocumentURL',
    });
    const admin = await app.signIn((await makeUser(em, { role: Role.ADMIN })).email, 'admin');
    const started = await admin.gql<{ rescanDocuments: { id: string; total: number; scanned: number; finishedAt: string | null } }>(
      'mutation { rescanDocuments { id total scanned finishedAt } }',
    );
    expect(started.errors).toBeUndefined();
    const { id, total } = started.data!.rescanDocuments;
    expect(total).toBeGreaterThan(3);
    expect(started.data!.rescanDocuments).toMatchObject({ scanned: 0, finishedAt: null });
    const supplierUser = await supplierBrowser();
    expect((await supplierUser.browser.gql('mutation { rescanDocuments { id } }')).errors![0]!.extensions!.code).toBe('FORBIDDEN');

    // The job takes a batch a run and queues the next, so progress shows between runs.
    const ctx = jobContext(app, inject('clamdAddress'));
    for (let step = 0; step < 20; step++) {
      const row = await app.orm.em.fork().findOneOrFail(DocumentRescan, { id: Number(id) });
      if (row.finishedAt) break;
      await rescanDocumentsJob.handle({ rescanId: Number(id) }, { ...ctx, em: app.orm.em.fork() });
    }
    await app.events.drain();
    const progress = await admin.gql<{ documentRescan: { total: number; scanned: number; infected: number; finishedAt: string | null } }>(
      'query ($id: ID!) { documentRescan(id: $id) { total scanned infected finishedAt } }',
      { id },
    );
    expect(progress.data!.documentRescan).toMatchObject({ total, scanned: total, infected: 1, finishedAt: expect.any(String) });
    const withdrawn = await app.orm.em.fork().findOneOrFail(Document, { id: old.id });
    expect(withdrawn).toMatchObject({ scanStatus: ScanStatus.INFECTED, scanDetail: detectedAs(EICAR_SIGNATURE), storedAt: null });
    expect(await app.storage.documents.head(`service/${old.id}`)).toBeNull();
  });
});

describe('a 50 MB upload', () => {
  it('streams through the API with flat memory, refused at its 5 MB limit with nothing kept', async () => {
    const { browser } = await supplierBrowser();
    const boundary = '----dm-test-boundary';
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const total = 50 * 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(head);
        if (sent >= total) {
          controller.enqueue(tail);
          controller.close();
          return;
        }
        controller.enqueue(chunk);
        sent += chunk.length;
      },
    });
    const before = await app.orm.em.fork().count(Document, {});
    const waiting = quarantined().length;
    // What stays reachable, not garbage waiting for a collection: collect before each sample.
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    gc();
    const base = process.memoryUsage();
    let peakRss = 0;
    let peakBuffers = 0;
    const sampler = setInterval(() => {
      gc();
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss - base.rss);
      peakBuffers = Math.max(peakBuffers, m.arrayBuffers - base.arrayBuffers);
    }, 50);
    const res = await browser.request(SERVICE_UPLOAD, {
      method: 'POST',
      body,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-requested-with': 'fetch' },
      duplex: 'half',
    } as RequestInit);
    const answer = (await res.json()) as { errors: Array<{ extensions: unknown }> };
    clearInterval(sampler);
    process.stdout.write(`[documents] 50 MB upload: peak growth rss ${(peakRss / 1048576).toFixed(1)} MB, arrayBuffers ${(peakBuffers / 1048576).toFixed(1)} MB\n`);
    expect(res.status).toBe(400);
    expect(answer.errors[0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fieldErrors: { file: 'The file must be smaller than 5MB.' } });
    expect(sent).toBeGreaterThanOrEqual(total);
    // A 50 MB body held anywhere would show here as 50 MB or more.
    expect(peakBuffers).toBeLessThan(16 * 1024 * 1024);
    expect(peakRss).toBeLessThan(32 * 1024 * 1024);
    expect(await app.orm.em.fork().count(Document, {})).toBe(before);
    expect(quarantined().length).toBe(waiting);
  });
});

describe('the catch-up job', () => {
  it('queues no second scan for a document whose scan is still queued', async () => {
    const { browser } = await supplierBrowser();
    const { document } = (await (await upload(browser, SERVICE_UPLOAD, 'queued.pdf', await pdf('Queued'))).json()) as { document: { id: string } };
    app.clock.advance(3 * 60_000);
    const jobsOf = async () =>
      Number(
        (
          await app.orm.em
            .fork()
            .getConnection()
            .execute<Array<{ n: string }>>(`select count(*) as n from pgboss.job where name = 'documents.scan' and singleton_key = ?`, [document.id])
        )[0]!.n,
      );
    expect(await jobsOf()).toBe(1);
    await queueWaitingScans({ em: app.orm.em.fork(), clock: app.clock, jobs: app.jobs, logger: app.logger });
    expect(await jobsOf()).toBe(1);
    await scan(document.id);
  });

  it('moves a clean document whose promotion never ran out of quarantine', async () => {
    const { browser } = await supplierBrowser();
    const { document } = (await (await upload(browser, SERVICE_UPLOAD, 'late.pdf', await pdf('Late'))).json()) as { document: { id: string } };
    // The verdict is recorded, but its event is not applied (as if set aside after failing).
    await scanDocumentJob.handle({ documentId: document.id }, jobContext(app, inject('clamdAddress')));
    expect(await app.orm.em.fork().findOneOrFail(Document, { id: document.id })).toMatchObject({ scanStatus: ScanStatus.CLEAN, storedAt: null });
    const ctx = { em: app.orm.em.fork(), clock: app.clock, logger: app.logger, storage: app.storage };
    expect(await promoteLeftBehind(ctx)).toBe(0);
    app.clock.advance(3 * 60_000);
    expect(await promoteLeftBehind({ ...ctx, em: app.orm.em.fork() })).toBe(1);
    expect((await app.orm.em.fork().findOneOrFail(Document, { id: document.id })).storedAt).toBeInstanceOf(Date);
    expect(quarantined()).not.toContain(document.id);
    await app.events.drain();
    expect((await app.storage.documents.head(`service/${document.id}`))?.contentType).toBe('application/pdf');
  });
});
