import { inflateSync } from 'node:zlib';
import type { ParsedMail } from 'mailparser';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Browser, type TestApp } from '../../../test/support/app.js';
import { makeSupplier, makeUser } from '../../../test/support/factories.js';
import type { DomainEvent, HandlerContext } from '../../app/events.js';
import { Role } from '../../shared/role.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { AuditType } from '../audit/audit.types.js';
import { Document, DocumentPurpose, ScanStatus } from '../documents/index.js';
import { Framework, FrameworkStatus } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { EmailMessage } from '../notifications/email-message.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import type { User } from '../users/user.entity.js';
import { agreementDocumentsHandler } from './agreement-documents.js';
import { DraftService, DraftStatus } from './draft-service.entity.js';
import { DeclarationStatus, SupplierFramework } from './supplier-framework.entity.js';

/**
 * The agreement documents end to end: mutations over HTTP, the real worker (event dispatcher and
 * email job) generating and storing the PDFs, a real SMTP mailbox receiving them attached, and the
 * signed download links fetched as a browser would.
 */
let app: TestApp;
let sourcing: Browser;
let sourcingUser: User;
beforeAll(async () => {
  app = await createTestApp({ worker: true });
  const em = app.orm.em.fork();
  const g13 = await em.findOneOrFail(Framework, { slug: 'g-cloud-13' });
  g13.status = FrameworkStatus.STANDSTILL;
  g13.agreementDetails = { frameworkAgreementVersion: 'RM1557.13', countersignerName: 'Jo Director', countersignerRole: 'Director of Procurement' };
  await em.flush();
  sourcingUser = await makeUser(em, { role: Role.ADMIN_CCS_SOURCING });
  sourcing = await app.signIn(sourcingUser.email, 'admin');
});
afterAll(async () => {
  await app?.close();
});

interface OnFramework {
  supplier: Supplier;
  users: User[];
  inactive: User;
  browser: Browser;
}

/** A supplier on G-Cloud 13 with a submitted draft on Cloud software, two active users and a deactivated one. */
async function onFramework(): Promise<OnFramework> {
  const em = app.orm.em.fork();
  const supplier = await makeSupplier(em, { companyDetailsConfirmed: true });
  const g13 = await em.findOneOrFail(Framework, { slug: 'g-cloud-13' });
  const ref = em.getReference(Supplier, supplier.id, { wrapped: true });
  em.create(SupplierFramework, {
    supplier: ref,
    framework: g13,
    applicationCompanyDetailsConfirmed: true,
    declarationStatus: DeclarationStatus.COMPLETE,
    onFramework: true,
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  const software = await em.findOneOrFail(Lot, { slug: 'cloud-software' });
  em.create(DraftService, { supplier: ref, framework: g13, lot: software, status: DraftStatus.SUBMITTED, createdAt: new Date(), updatedAt: new Date() });
  const users = [await makeUser(em, { role: Role.SUPPLIER, supplier: ref }), await makeUser(em, { role: Role.SUPPLIER, supplier: ref })];
  const inactive = await makeUser(em, { role: Role.SUPPLIER, supplier: ref, active: false });
  return { supplier, users, inactive, browser: await app.signIn(users[0]!.email) };
}

async function until<T>(what: string, check: () => Promise<T | null | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The text a PDF draws (PDFKit writes Flate-compressed content streams, text as hex-encoded WinAnsi strings in TJ arrays). */
function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString('latin1');
  const lines: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
    } catch {
      content = m[1]!;
    }
    for (const t of content.matchAll(/\[([^\]]*)\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj/g)) {
      const parts = t[1] !== undefined ? [...t[1].matchAll(/<([0-9A-Fa-f]*)>/g)].map((p) => p[1]!) : [t[2]!];
      lines.push(parts.map((h) => Buffer.from(h, 'hex').toString('latin1')).join(''));
    }
  }
  return lines.join('\n');
}

async function download(browser: Browser, link: string): Promise<{ status: number; type: string | null; disposition: string | null; bytes: Buffer }> {
  const res = await browser.request(link);
  return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), bytes: Buffer.from(await res.arrayBuffer()) };
}

interface DocumentView {
  id: string;
  purpose: string;
  fileName: string;
  contentType: string;
  scanStatus: string;
  downloadUrl: string | null;
}
const DOC = 'id purpose fileName contentType scanStatus downloadUrl';
const SIGN = `mutation { signFrameworkAgreement(frameworkSlug: "g-cloud-13", signerName: "Sam Supplier", signerRole: "Managing Director", acceptTerms: true) { id signaturePage { ${DOC} } } }`;
const OWN = `{ frameworkApplication(frameworkSlug: "g-cloud-13") { agreement { id signaturePage { ${DOC} } countersignedAgreement { ${DOC} } } } }`;
type Own = { frameworkApplication: { agreement: { id: string; signaturePage: DocumentView | null; countersignedAgreement: DocumentView | null } | null } };
const act = (verb: string, id: string) => sourcing.gql<Record<string, { status: string }>>(`mutation ($id: ID!) { ${verb}(id: $id) { status } }`, { id });

/** The one PDF attached to a mail. */
function attachedPdf(mail: ParsedMail) {
  expect(mail.attachments).toHaveLength(1);
  const [a] = mail.attachments;
  expect(a!.contentType).toBe('application/pdf');
  return a!;
}

async function expectValidPdf(bytes: Uint8Array, title: RegExp) {
  expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
  expect(pdf.getTitle()).toMatch(title);
}

describe('framework agreement documents', () => {
  let s: OnFramework;
  let agreementId: string;
  let signaturePage: DocumentView;
  let signatureBytes: Buffer;

  it('signing makes the signature page: stored, emailed attached to every active user, downloadable by the supplier', async () => {
    s = await onFramework();
    const signed = await s.browser.gql<{ signFrameworkAgreement: { id: string; signaturePage: DocumentView | null } }>(SIGN);
    expect(signed.errors).toBeUndefined();
    agreementId = signed.data!.signFrameworkAgreement.id;
    // Generated after commit, by the worker: not there in the mutation's own answer.
    expect(signed.data!.signFrameworkAgreement.signaturePage).toBeNull();

    signaturePage = await until('the signature page', async () => (await s.browser.gql<Own>(OWN)).data!.frameworkApplication.agreement!.signaturePage);
    expect(signaturePage).toMatchObject({
      purpose: 'SIGNATURE_PAGE',
      contentType: 'application/pdf',
      scanStatus: 'CLEAN',
      fileName: `g-cloud-13-signature-page-${s.supplier.id}.pdf`,
    });
    expect(signaturePage.downloadUrl).toMatch(new RegExp(`^/documents/${signaturePage.id}/`));

    const got = await download(s.browser, signaturePage.downloadUrl!);
    expect(got.status).toBe(200);
    expect(got.type).toBe('application/pdf');
    expect(got.disposition).toMatch(/^attachment; filename="g-cloud-13-signature-page-\d+\.pdf"/);
    signatureBytes = got.bytes;
    await expectValidPdf(signatureBytes, /^G-Cloud 13 framework agreement: signature page$/);
    const text = pdfText(signatureBytes);
    for (const line of [
      s.supplier.registeredName!,
      s.supplier.companiesHouseNumber!,
      '1 Test Street, Testville, TE1 1ST',
      'Lot 2: Cloud software',
      'Sam Supplier',
      'Managing Director',
      'RM1557.13',
      '3 June 2024',
    ])
      expect(text).toContain(line);

    for (const user of s.users) {
      const mail = await app.mailbox!.waitFor(user.email);
      expect(mail.subject).toBe('Your organisation has signed its G-Cloud 13 framework agreement');
      expect(mail.text).toContain('Sam Supplier signed your organisation’s G-Cloud 13 framework agreement on 3 June 2024');
      const pdf = attachedPdf(mail);
      expect(pdf.filename).toBe(signaturePage.fileName);
      expect(Buffer.compare(pdf.content, signatureBytes)).toBe(0);
    }
    const em = app.orm.em.fork();
    const emails = await em.find(EmailMessage, { template: 'framework-agreement-signed', to: { $in: [...s.users, s.inactive].map((u) => u.email) } });
    expect(emails.map((e) => e.to).sort()).toEqual(s.users.map((u) => u.email).sort());

    // The service recorded that it generated the document.
    const generated = await em.findOneOrFail(AuditEvent, { type: AuditType.GENERATE_DOCUMENT, objectId: signaturePage.id });
    expect(generated.data).toMatchObject({ purpose: 'signature-page', supplierId: s.supplier.id, objectId: agreementId });
    expect(generated.actorId ?? null).toBeNull();
  });

  it('is hidden from another supplier, a buyer and an admin who does not process agreements', async () => {
    const other = await onFramework();
    expect((await other.browser.gql<Own>(OWN)).data!.frameworkApplication.agreement).toBeNull();
    const em = app.orm.em.fork();
    const buyer = await app.signIn((await makeUser(em, { role: Role.BUYER })).email);
    const support = await app.signIn((await makeUser(em, { role: Role.ADMIN })).email, 'admin');
    for (const viewer of [other.browser, buyer, support, app.browser()]) {
      const res = await viewer.gql(`query ($id: ID!) { document(id: $id) { ${DOC} } }`, { id: signaturePage.id });
      expect(res.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    }
    expect((await buyer.gql('{ frameworkAgreements(frameworkSlug: "g-cloud-13") { id signaturePage { id } } }')).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('countersigning makes the countersigned agreement: emailed, and downloaded by sourcing with an audit event', async () => {
    expect((await act('approveFrameworkAgreement', agreementId)).data!.approveFrameworkAgreement!.status).toBe('APPROVED');
    expect((await act('countersignFrameworkAgreement', agreementId)).data!.countersignFrameworkAgreement!.status).toBe('COUNTERSIGNED');

    type Listed = { frameworkAgreements: Array<{ id: string; signaturePage: DocumentView | null; countersignedAgreement: DocumentView | null }> };
    const listed = await until('the countersigned agreement', async () => {
      const res = await sourcing.gql<Listed>(
        `{ frameworkAgreements(frameworkSlug: "g-cloud-13", status: COUNTERSIGNED) { id signaturePage { ${DOC} } countersignedAgreement { ${DOC} } } }`,
      );
      return res.data!.frameworkAgreements.find((a) => a.id === agreementId && a.countersignedAgreement);
    });
    const countersigned = listed.countersignedAgreement!;
    expect(countersigned).toMatchObject({ purpose: 'COUNTERSIGNED_AGREEMENT', scanStatus: 'CLEAN', fileName: `g-cloud-13-countersigned-agreement-${s.supplier.id}.pdf` });
    expect(listed.signaturePage!.id).toBe(signaturePage.id);

    const got = await download(sourcing, countersigned.downloadUrl!);
    expect(got.status).toBe(200);
    expect(got.type).toBe('application/pdf');
    expect(got.disposition).toMatch(/^attachment; /);
    await expectValidPdf(got.bytes, /^G-Cloud 13 framework agreement: countersigned$/);
    const text = pdfText(got.bytes);
    for (const line of [s.supplier.registeredName!, 'Sam Supplier', 'Jo Director', 'Director of Procurement', 'Approved for countersignature on', 'Countersigned on'])
      expect(text).toContain(line);

    const em = app.orm.em.fork();
    const audited = await em.find(AuditEvent, { type: AuditType.DOWNLOAD_AGREEMENT_DOCUMENT, objectId: countersigned.id });
    expect(audited).toHaveLength(1);
    expect(audited[0]!).toMatchObject({ actorId: sourcingUser.id, actorEmail: sourcingUser.email });
    expect(audited[0]!.data).toMatchObject({ purpose: 'countersigned-agreement', supplierId: s.supplier.id, agreementId });
    // Approving did not make a document of its own: one countersigned agreement, generated once.
    expect(await em.count(Document, { objectId: agreementId })).toBe(2);
    expect(await em.count(AuditEvent, { type: AuditType.GENERATE_DOCUMENT, objectId: countersigned.id })).toBe(1);

    for (const user of s.users) {
      const mail = await app.mailbox!.waitFor(user.email);
      expect(mail.subject).toBe('Your G-Cloud 13 framework agreement has been countersigned');
      const pdf = attachedPdf(mail);
      expect(pdf.filename).toBe(countersigned.fileName);
      expect(Buffer.compare(pdf.content, got.bytes)).toBe(0);
    }

    // The supplier sees and downloads it too; a supplier's download is not an admin action to audit.
    const own = (await s.browser.gql<Own>(OWN)).data!.frameworkApplication.agreement!;
    expect(own.countersignedAgreement!.id).toBe(countersigned.id);
    const mine = await download(s.browser, own.countersignedAgreement!.downloadUrl!);
    expect(Buffer.compare(mine.bytes, got.bytes)).toBe(0);
    expect(await em.count(AuditEvent, { type: AuditType.DOWNLOAD_AGREEMENT_DOCUMENT, objectId: countersigned.id })).toBe(1);
  });

  it('writes nothing twice when an event is delivered again', async () => {
    const context = (em: HandlerContext['em']): HandlerContext => ({
      jobId: 'test',
      attempt: 1,
      em,
      clock: app.clock,
      logger: app.logger,
      jobs: app.jobs,
      config: app.config,
      mailer: null,
      search: app.search,
      content: app.content,
      storage: app.storage,
    });
    const deliver = (event: DomainEvent) => app.orm.em.fork().transactional((tx) => agreementDocumentsHandler.handle([event], context(tx)));
    const counts = async () => {
      const em = app.orm.em.fork();
      return { documents: await em.count(Document, { objectId: agreementId }), emails: await em.count(EmailMessage, { to: { $in: s.users.map((u) => u.email) } }) };
    };

    // The very event the worker already handled.
    const row = await app.orm.em.fork().findOneOrFail(AuditEvent, { type: AuditType.SIGN_AGREEMENT, objectId: agreementId });
    const signed: DomainEvent = {
      id: row.id,
      txid: row.txid ?? '0',
      type: row.type,
      objectType: row.objectType ?? null,
      objectId: row.objectId ?? null,
      actorId: row.actorId ?? null,
      actorEmail: row.actorEmail ?? null,
      data: row.data,
      createdAt: row.createdAt,
    };
    const before = await counts();
    await deliver(signed);
    expect(await counts()).toEqual(before);

    // An event handled here for the first time, then again: one document and one email per user.
    const fresh: DomainEvent = { ...signed, id: 2_000_000_000 };
    await deliver(fresh);
    const once = await counts();
    expect(once).toEqual({ documents: before.documents + 1, emails: before.emails + s.users.length });
    await deliver(fresh);
    expect(await counts()).toEqual(once);
    const em = app.orm.em.fork();
    const docs = await em.find(Document, { objectId: agreementId, purpose: DocumentPurpose.SIGNATURE_PAGE });
    expect(docs.every((d) => d.scanStatus === ScanStatus.CLEAN && d.storedAt)).toBe(true);
    // Let the worker send what this queued, so that the app closes with no job still running.
    for (const user of s.users) attachedPdf(await app.mailbox!.waitFor(user.email));
  });
});
