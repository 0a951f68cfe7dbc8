import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { toOds } from '../../server/src/shared/spreadsheet.js';
import { AdminHomePage } from './pages/AdminPages.js';
import { AdminCommunicationsPages } from './pages/AdminFrameworkPages.js';
import { smallPdf } from './pages/DraftServicePages.js';
import { FrameworkUpdatesPage } from './pages/FrameworkUpdatesPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { launchBrowser, screenshot } from './support/browser.js';

/**
 * G-Cloud 13's communications: no other journey reads them (supplier-reads-framework-updates reads
 * G-Cloud 14's). The supplier only reads; file names carry the run's time, so a rerun finds its own.
 */
const MANAGER = 'framework-manager@crowncommercial.gov.uk';
const SUPPLIER = 'supplier@example.com';
const G13 = { slug: 'g-cloud-13', name: 'G-Cloud 13' };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Published {
  frameworkCommunications: Array<{ fileName: string; purpose: string; scanStatus: string; deletedAt: string | null }>;
}
const PUBLISHED = 'query ($f: String!) { frameworkCommunications(frameworkSlug: $f) { fileName purpose scanStatus deletedAt } }';

describe('a framework manager publishes a communication and clarification answers (AD12)', () => {
  it('uploads an ODS and a PDF, waits for their scans, a supplier sees them, one is deleted', { timeout: 300_000 }, async () => {
    const adminUrl = inject('adminUrl');
    const webUrl = inject('webUrl');
    const run = Date.now().toString(36);
    const timetable = `g13-timetable-${run}.ods`;
    const answers = `g13-clarification-answers-${run}.pdf`;
    const adminContext = await browser.newContext();
    const supplierContext = await browser.newContext();
    try {
      const page = await adminContext.newPage();
      const signIn = new SignInPage(page);
      await signIn.open(adminUrl);
      await signIn.signIn(MANAGER, DEMO_PASSWORD);
      const home = new AdminHomePage(page);
      await home.waitFor('framework manager home');
      await home.task('Manage framework communications').click();
      const comms = new AdminCommunicationsPages(page);
      await comms.waitForFrameworks();
      await screenshot(page, 'admin-communications-frameworks');
      await comms.chooseFramework(G13.name);
      await screenshot(page, 'admin-communications');

      // Nothing chosen, then a PDF offered as a communication: both refused with the field's error.
      await page.getByRole('button', { name: 'Upload communication', exact: true }).click();
      expect(await comms.errors('communication upload with no file')).toEqual(['Select a communication to upload']);
      await comms.upload('communications', { name: 'notice.pdf', mimeType: 'application/pdf', buffer: smallPdf('Not an open format') });
      expect(await comms.errors('communication upload of a PDF')).toEqual(['The communication must be an Open Document Format file (eg .odt, .ods) or a CSV file.']);
      await expect(page.title()).resolves.toBe(`Error: Manage ${G13.name} communications – Digital Marketplace admin`);
      await screenshot(page, 'admin-communications-error');

      // The ODS timetable is taken, and published once the virus scan has passed.
      const ods = toOds('Timetable', [
        ['Event', 'Date'],
        ['Framework extension announced', '1 July 2024'],
      ]);
      await comms.upload('communications', { name: timetable, mimeType: 'application/vnd.oasis.opendocument.spreadsheet', buffer: ods });
      expect(await comms.flash()).toBe(`${timetable} was uploaded. Suppliers will see it once it has been checked for viruses.`);
      await comms.waitFor(G13.name, 'communication uploaded, waiting for its scan');
      expect(await comms.waitForScan('communications', timetable)).toBe('Published');
      await comms.waitFor(G13.name, 'communication scanned');

      // A spreadsheet named .pdf is not a PDF: the API refuses it by its content.
      await comms.upload('clarification answers', { name: 'answers.pdf', mimeType: 'application/pdf', buffer: ods });
      expect(await comms.errors('clarification answers that are not a PDF')).toEqual(['Clarification answers must be a PDF file.']);

      await comms.upload('clarification answers', { name: answers, mimeType: 'application/pdf', buffer: smallPdf('Answers to clarification questions') });
      expect(await comms.flash()).toBe(`${answers} was uploaded. Suppliers will see it once it has been checked for viruses.`);
      expect(await comms.waitForScan('clarification answers', answers)).toBe('Published');
      await comms.waitFor(G13.name, 'both files published');
      expect((await comms.rows('communications')).find((r) => r[0]!.startsWith(timetable))).toEqual([
        expect.stringMatching(new RegExp(`^${timetable.replace(/\./g, '\\.')} \\(ODS, \\d+ bytes\\)$`)),
        expect.stringMatching(/^\d{1,2}(:\d{2})?[ap]m on \d{1,2} [A-Z][a-z]+ \d{4}$/),
        'Published',
      ]);
      await screenshot(page, 'admin-communications-published');
      const downloaded = await comms.download('communications', timetable);
      expect(
        readFileSync(await downloaded.path())
          .subarray(30, 38)
          .toString('latin1'),
      ).toBe('mimetype');

      // A supplier sees both on their G-Cloud 13 updates page, and downloads the timetable.
      const s = await supplierContext.newPage();
      const updates = new FrameworkUpdatesPage(s);
      await updates.open(webUrl, G13.slug);
      const supplierSignIn = new SignInPage(s);
      await supplierSignIn.waitForForm();
      await supplierSignIn.signIn(SUPPLIER, DEMO_PASSWORD);
      await updates.waitFor(G13.name, 'supplier sees the published communications');
      expect((await updates.rows(updates.communications())).map((r) => r[0])).toContain(`${timetable} (ODS, ${ods.length} bytes)`);
      expect((await updates.rows(updates.clarificationAnswers())).map((r) => r[0]!.split(' (')[0])).toContain(answers);
      const supplierCopy = await updates.download(updates.communications(), timetable);
      expect(supplierCopy.suggestedFilename()).toBe(timetable);
      await screenshot(s, 'supplier-sees-admin-communication');

      // The manager withdraws the timetable, after confirming.
      await comms.delete('communications', timetable);
      await screenshot(page, 'admin-communication-delete');
      await comms.confirmDelete();
      expect(await comms.flash()).toBe(`${timetable} was deleted: suppliers can no longer see it`);
      await comms.waitFor(G13.name, 'communication deleted');
      await expect(comms.row('communications', timetable).count()).resolves.toBe(0);
      await expect(comms.row('clarification answers', answers).count()).resolves.toBe(1);

      // The API agrees: the answers are published and clean, the timetable is gone for the manager and for suppliers.
      const asManager = await signInOverApi(adminUrl, MANAGER);
      const managed = (await asManager.gql<Published>(PUBLISHED, { f: G13.slug })).frameworkCommunications;
      expect(managed.filter((d) => d.fileName === timetable)).toEqual([]);
      expect(managed.filter((d) => d.fileName === answers)).toEqual([{ fileName: answers, purpose: 'CLARIFICATION_ANSWERS', scanStatus: 'CLEAN', deletedAt: null }]);
      const asSupplier = await signInOverApi(webUrl, SUPPLIER);
      const seen = (await asSupplier.gql<Published>(PUBLISHED, { f: G13.slug })).frameworkCommunications.map((d) => d.fileName);
      expect(seen).toContain(answers);
      expect(seen).not.toContain(timetable);
    } finally {
      await adminContext.close();
      await supplierContext.close();
    }
  });
});
