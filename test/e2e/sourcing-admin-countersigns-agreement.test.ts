import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AdminAgreementPages } from './pages/AdminAgreementPages.js';
import { AdminHomePage, waitForNotAllowed } from './pages/AdminPages.js';
import { AgreementPages } from './pages/AgreementPages.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { launchBrowser, screenshot } from './support/browser.js';

/*
 * The agreements this journey works on are seeded (server/seeds/demo.ts seedSignedAgreements): Kestrel
 * Platforms' G-Cloud 13 agreement, signed three days before the seed by kestrel@example.com and
 * changed by this journey only, and Caledonia Cloud's, signed a day later, which nothing changes.
 * The S9 journey's agreement (Agile Delivery Partners) may be in the list too, after both.
 */
const SUPPLIER = 'Kestrel Platforms';
const ORGANISATION = 'Kestrel Platforms Ltd';
const NEXT = 'Caledonia Cloud';
const SOURCING = 'sourcing@crowncommercial.gov.uk';
const FRAMEWORK_MANAGER = 'framework-manager@crowncommercial.gov.uk';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh browser signed in on the admin site as `email`, on its home page. */
async function adminSignedIn(email: string, state: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.open(inject('adminUrl'));
  await signIn.signIn(email, DEMO_PASSWORD);
  await new AdminHomePage(page).waitFor(state);
  return { page, close: () => context.close() };
}

/** Reloads the agreement page until a generated document's download link is there (the worker makes it). */
async function waitForDownload(page: Page, pages: AdminAgreementPages, name: RegExp, state: string): Promise<string> {
  for (let attempt = 0; attempt < 30; attempt++) {
    const link = page.getByRole('link', { name });
    if (await link.count()) return (await link.getAttribute('href'))!;
    await page.waitForTimeout(1000);
    await page.reload();
    await pages.waitForAgreement(SUPPLIER, state);
  }
  throw new Error(`No ${String(name)} link after 30 seconds`);
}

describe('a CCS sourcing admin countersigns a supplier framework agreement (AD11)', () => {
  it('puts an agreement on hold, approves and countersigns it; the supplier sees it countersigned; a framework manager only reads', { timeout: 240_000 }, async () => {
    const adminUrl = inject('adminUrl');
    const webUrl = inject('webUrl');

    // Sourcing: from the home page to G-Cloud 13's agreements, filtered to those waiting for approval.
    const sourcing = await adminSignedIn(SOURCING, 'sourcing home page');
    try {
      const page = sourcing.page;
      const pages = new AdminAgreementPages(page);
      await new AdminHomePage(page).task('View supplier framework agreements').click();
      await pages.waitForFrameworks('agreement frameworks');
      await screenshot(page, 'admin-agreement-frameworks');
      await page.getByRole('link', { name: 'G-Cloud 13 agreements' }).click();
      await pages.waitForList('G-Cloud 13', 'G-Cloud 13 agreements');
      expect(await pages.statusOf(SUPPLIER)).toBe('Waiting for approval');
      await screenshot(page, 'admin-agreements');
      await pages.filter('Waiting for approval');
      await page.waitForURL((u) => u.search === '?status=signed');
      await pages.waitForList('G-Cloud 13', 'agreements waiting for approval');
      const waiting = (await pages.rows()).map(([supplier]) => supplier);
      expect(waiting.slice(0, 2)).toEqual([SUPPLIER, NEXT]);
      expect(await pages.count()).toMatch(/^\d+ agreements waiting for approval$/);

      // The agreement: the company, the signature and its documents; put on hold and approve on offer.
      await pages.open(SUPPLIER);
      await pages.waitForAgreement(SUPPLIER, 'agreement waiting for approval');
      expect(await pages.detail('Registered name')).toBe(ORGANISATION);
      expect(await pages.detail('Company registration number')).toBe('08123417');
      expect(await pages.detail('Signed by')).toBe('Kit Kestrel, Managing Director');
      expect(await pages.detail('Agreement version')).toBe('RM1557.13');
      expect(await pages.detail('Legal authority')).toMatch(/legal authority to sign on behalf of the company/);
      expect(await pages.detail('Status')).toBe('Waiting for approval');
      expect(await pages.detail('Countersigned agreement')).toBe('Not countersigned yet');
      expect(await pages.actions()).toEqual(['Approve for countersignature', 'Put on hold']);
      const signature = await waitForDownload(page, pages, /Download the signature page/, 'agreement with its signature page');
      const pdf = await page.request.get(new URL(signature, adminUrl).toString());
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      await screenshot(page, 'admin-agreement-waiting');

      // Put on hold, confirmed: the next agreement waiting opens, with the confirmation.
      await pages.action('Put on hold').click();
      await pages.waitForConfirm('Put this agreement on hold?', 'confirm putting on hold');
      await screenshot(page, 'admin-agreement-confirm-hold');
      await pages.confirm('Put on hold');
      await pages.waitForAgreement(NEXT, 'next agreement after putting on hold');
      expect(await pages.flash()).toBe(`The agreement of ${ORGANISATION} is on hold`);
      await screenshot(page, 'admin-agreement-next');

      // Back to the list: no longer waiting; under "On hold" instead.
      await pages.breadcrumb('G-Cloud 13 agreements').click();
      await pages.waitForList('G-Cloud 13', 'agreements waiting for approval, one on hold');
      expect((await pages.rows()).map(([s]) => s)).not.toContain(SUPPLIER);
      await pages.filter('On hold');
      await page.waitForURL((u) => u.search === '?status=on-hold');
      await pages.waitForList('G-Cloud 13', 'agreements on hold');
      expect(await pages.rows()).toEqual([[SUPPLIER, expect.any(String), 'On hold']]);

      // Approve, confirmed: it was the last on hold, so the list comes back, empty.
      await pages.open(SUPPLIER);
      await pages.waitForAgreement(SUPPLIER, 'agreement on hold');
      expect(await pages.detail('Status')).toBe('On hold');
      expect(await pages.actions()).toEqual(['Approve for countersignature']);
      await pages.action('Approve for countersignature').click();
      await pages.waitForConfirm('Approve this agreement for countersignature?', 'confirm approving');
      await pages.confirm('Approve for countersignature');
      await pages.waitForList('G-Cloud 13', 'agreements on hold, none left');
      expect(await pages.flash()).toBe(`The agreement of ${ORGANISATION} is approved for countersignature`);
      await expect(page.getByText('There are no agreements to show with this status').isVisible()).resolves.toBe(true);
      await screenshot(page, 'admin-agreements-none-on-hold');

      // Countersign, confirmed: back on the agreement, countersigned, with the countersigned agreement.
      await pages.filter('Approved, waiting for countersignature');
      await pages.waitForList('G-Cloud 13', 'agreements approved');
      await pages.open(SUPPLIER);
      await pages.waitForAgreement(SUPPLIER, 'agreement approved');
      expect(await pages.actions()).toEqual(['Countersign', 'Cancel approval']);
      await pages.action('Countersign').click();
      await pages.waitForConfirm('Countersign this agreement?', 'confirm countersigning');
      await screenshot(page, 'admin-agreement-confirm-countersign');
      await pages.confirm('Countersign');
      await pages.waitForAgreement(SUPPLIER, 'agreement countersigned');
      expect(await pages.flash()).toBe(`You countersigned the agreement of ${ORGANISATION}`);
      expect(await pages.detail('Status')).toBe('Countersigned');
      expect(await pages.actions()).toEqual([]);
      const countersigned = await waitForDownload(page, pages, /Download the countersigned agreement/, 'agreement with its countersigned agreement');
      const file = await page.request.get(new URL(countersigned, adminUrl).toString());
      expect(file.status()).toBe(200);
      expect(file.headers()['content-type']).toBe('application/pdf');
      await screenshot(page, 'admin-agreement-countersigned');
    } finally {
      await sourcing.close();
    }

    // The supplier's dashboard says it is countersigned, with the countersigned agreement to download.
    const supplierContext = await browser.newContext();
    try {
      const page = await supplierContext.newPage();
      const signIn = new SignInPage(page);
      await signIn.open(webUrl);
      await signIn.signIn('kestrel@example.com', DEMO_PASSWORD);
      const dashboard = new AgreementPages(page);
      await dashboard.waitForHeading(SUPPLIER, 'supplier dashboard, agreement countersigned');
      const legal = dashboard.legalDocuments('g-cloud-13');
      await legal.waitFor();
      await expect(legal.innerText()).resolves.toMatch(/Countersigned by CCS on \d{1,2} \w+ \d{4}/);
      await legal.getByRole('link', { name: /Download countersigned agreement/ }).waitFor();
      await legal.scrollIntoViewIfNeeded();
      await screenshot(page, 'supplier-dashboard-agreement-countersigned');
    } finally {
      await supplierContext.close();
    }

    // A framework manager sees the list and the agreement, without the filter or any action.
    const manager = await adminSignedIn(FRAMEWORK_MANAGER, 'framework manager home page');
    try {
      const page = manager.page;
      const pages = new AdminAgreementPages(page);
      await new AdminHomePage(page).task('View supplier framework agreements').click();
      await pages.waitForFrameworks('agreement frameworks (framework manager)');
      await page.getByRole('link', { name: 'G-Cloud 13 agreements' }).click();
      await pages.waitForList('G-Cloud 13', 'G-Cloud 13 agreements (framework manager)');
      await expect(page.getByTestId('agreements-filter').count()).resolves.toBe(0);
      expect(await pages.statusOf(SUPPLIER)).toBe('Countersigned');
      await screenshot(page, 'admin-agreements-framework-manager');
      await pages.open(SUPPLIER);
      await pages.waitForAgreement(SUPPLIER, 'countersigned agreement (framework manager)');
      expect(await pages.actions()).toEqual([]);
      await page.getByRole('link', { name: /Download the countersigned agreement/ }).waitFor();
      const agreementUrl = page.url();
      // Typing an action's address is refused.
      await page.goto(`${agreementUrl}/put-on-hold`);
      await waitForNotAllowed(page, 'putting on hold, not allowed (framework manager)');
    } finally {
      await manager.close();
    }

    // The API agrees: the supplier's agreement is countersigned.
    const api = await signInOverApi(webUrl, 'kestrel@example.com');
    const held = await api.gql<{ frameworkApplication: { agreement: { status: string; signerName: string; countersignedAt: string | null } } }>(
      '{ frameworkApplication(frameworkSlug: "g-cloud-13") { agreement { status signerName countersignedAt } } }',
    );
    expect(held.frameworkApplication.agreement).toMatchObject({ status: 'COUNTERSIGNED', signerName: 'Kit Kestrel', countersignedAt: expect.any(String) });
  });
});
