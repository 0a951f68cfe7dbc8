import { randomUUID } from 'node:crypto';
import type { JobContext } from '../../src/app/jobs.js';
import { Framework } from '../../src/modules/frameworks/framework.entity.js';
import { attachDocuments } from '../../seeds/documents.js';
import { createClamdScanner } from '../../src/app/clamd.js';
import { renderPdf } from '../../src/modules/documents/document.pdf.js';
import { Supplier } from '../../src/modules/suppliers/supplier.entity.js';
import { Role } from '../../src/shared/role.js';
import type { Browser, TestApp } from './app.js';
import { makeSupplier, makeUser } from './factories.js';

/** The upload of a G-Cloud 13 cloud-support pricing document (the question most document tests answer). */
export const SERVICE_UPLOAD = '/documents?purpose=service&framework=g-cloud-13&lot=cloud-support&question=pricingDocumentURL';

/** A small, real PDF (the same bytes for the same title). */
export const samplePdf = (title: string) => renderPdf({ title, paragraphs: ['Prices per user per month.'], date: new Date('2024-06-03T09:00:00Z') });

/** Posts one file as a browser's upload form does: multipart, the session cookie, X-Requested-With. */
export function uploadFile(browser: Browser, query: string, fileName: string, bytes: Uint8Array, type = 'application/pdf'): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type }), fileName);
  return browser.request(query, { method: 'POST', body: form, headers: { 'x-requested-with': 'fetch' } });
}

/** A job's context as the app's worker builds it, with a scanner for the clamd at `clamdAddress`. */
export const jobContext = (app: TestApp, clamdAddress: string): JobContext => ({
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
  scanner: createClamdScanner(clamdAddress),
});

/** A signed-in user of a new supplier that has started a G-Cloud 13 application with confirmed company details. */
export async function applyingSupplier(app: TestApp): Promise<{ browser: Browser; supplier: Supplier }> {
  const em = app.orm.em.fork();
  const supplier = await makeSupplier(em, { companyDetailsConfirmed: true });
  const user = await makeUser(em, { role: Role.SUPPLIER, supplier: em.getReference(Supplier, supplier.id, { wrapped: true }) });
  const browser = await app.signIn(user.email);
  await browser.gql('mutation { registerFrameworkInterest(frameworkSlug: "g-cloud-13") { id } }');
  await browser.gql('mutation ($id: ID!) { confirmSupplierCompanyDetails(id: $id) { id } }', { id: String(supplier.id) });
  return { browser, supplier };
}

/**
 * A G-Cloud 13 service's answers with real, clean documents behind its upload answers, as if the
 * supplier had uploaded them and they were scanned (fresh document ids each time).
 */
export async function withDocuments(app: TestApp, supplierId: number, lotSlug: string, given: Record<string, unknown>): Promise<Record<string, unknown>> {
  const answers = Object.fromEntries(Object.entries(given).map(([k, v]) => [k, /DocumentURL$/.test(k) ? randomUUID() : v]));
  const em = app.orm.em.fork();
  const framework = await em.findOneOrFail(Framework, { slug: 'g-cloud-13' });
  await attachDocuments(em, app.storage, app.content, app.clock.now(), { supplierId, frameworkId: framework.id, frameworkSlug: 'g-cloud-13', lotSlug }, answers);
  return answers;
}
