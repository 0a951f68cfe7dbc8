import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AdminHomePage } from './pages/AdminPages.js';
import { AdminServicesPages } from './pages/AdminServicesPages.js';
import { AdminSupplierPages } from './pages/AdminSupplierPages.js';
import { DraftServicePages, smallPdf } from './pages/DraftServicePages.js';
import { SignInPage } from './pages/SignInPage.js';
import { checkA11y } from './support/axe.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { launchBrowser, screenshot } from './support/browser.js';

/**
 * The journey's own service: Wrenfield Cloud's first G-Cloud 13 service (server/seeds/services-admin.ts),
 * which no other journey reads.
 */
const SERVICE_ID = '700000000000001';
const SUPPLIER = 'Wrenfield Cloud';
const CATEGORY = 'category@crowncommercial.gov.uk';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface ApiService {
  status: string;
  data: Record<string, unknown>;
  supplier: { name: string };
  pendingUpdates: unknown[];
  lastStatusChange: { actorEmail: string; data: Record<string, unknown> };
}

describe('a category admin edits, removes and publishes a service (AD1, AD6)', () => {
  it('finds the service by its ID, edits a section, removes it with a reason and publishes it again', { timeout: 240_000 }, async () => {
    const adminUrl = inject('adminUrl');
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const signIn = new SignInPage(page);
      await signIn.open(adminUrl);
      await signIn.signIn(CATEGORY, DEMO_PASSWORD);
      const home = new AdminHomePage(page);
      await home.waitFor('category admin home');

      // AD1: the home page's "Find a service by its ID" asks for the ID.
      await home.task('Find a service by its ID').click();
      await page.getByRole('heading', { level: 1, name: 'Find a service' }).waitFor();
      await checkA11y(page, 'find a service');
      await page.getByRole('button', { name: 'Find the service' }).click();
      const services = new AdminServicesPages(page);
      expect(await services.errors('find a service without an ID')).toEqual(['Enter a service ID']);
      await screenshot(page, 'admin-find-service-error');
      await page.getByRole('link', { name: 'Admin home' }).click();
      await home.waitFor('category admin home again');

      // The find-a-supplier page's Service ID search does the same; an ID with no service is an error there.
      await home.task('Find a supplier').click();
      const suppliers = new AdminSupplierPages(page);
      await suppliers.waitForSearch('find a supplier');
      await services.searchByServiceId('799999999999999');
      expect(await services.errors('a service ID with no service')).toEqual(['There is no service with the ID 799999999999999']);
      expect(await services.inlineErrors()).toEqual(['There is no service with the ID 799999999999999']);
      await screenshot(page, 'admin-service-id-not-found');
      await services.searchByServiceId('12 34');
      expect(await services.errors('a service ID that is not one')).toEqual(['A service ID is 10 to 20 letters, numbers or hyphens, for example 123456789012345']);

      await services.searchByServiceId(SERVICE_ID);
      await page.waitForURL((u) => u.pathname === `/services/${SERVICE_ID}`);
      await page.getByTestId('service-facts').waitFor();
      const name = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
      await services.waitForService(name, 'the admin service page');
      expect(await services.caption().innerText()).toBe(SUPPLIER);
      expect(await services.facts()).toMatchObject({ 'Service ID': SERVICE_ID, Supplier: SUPPLIER, Framework: 'G-Cloud 13', Status: 'Live' });
      // The sections of the admin edit form, each with the answers; the public page is a link away.
      await expect(services.section('About your service').count()).resolves.toBe(1);
      await expect(page.getByRole('link', { name: `View service ${name} on the Digital Marketplace` }).getAttribute('href')).resolves.toMatch(
        new RegExp(`/g-cloud/services/${SERVICE_ID}$`),
      );
      await screenshot(page, 'admin-service-page');

      // Edit a section: a description that is too long is refused with the content's message, then a good one is saved.
      await services.editSection('About your service');
      const description = services.textbox(/Provide a summary describing what your service is for/);
      await description.fill(Array.from({ length: 60 }, () => 'word').join(' '));
      await services.saveAndReturn();
      expect(await services.errors('an admin edit refused')).toEqual(['Description must be 50 words or fewer.']);
      await screenshot(page, 'admin-service-edit-error');
      const newDescription = 'Backups of council and NHS systems kept in two UK data centres, restored in minutes. Reviewed by CCS.';
      await description.fill(newDescription);
      await screenshot(page, 'admin-service-edit');
      await services.saveAndReturn();
      await page.waitForURL((u) => u.pathname === `/services/${SERVICE_ID}`);
      expect(await services.flash('the service after an admin edit')).toBe('Your changes to ‘About your service’ are saved and live');
      await services.waitForService(name, 'the service with the edit');
      expect(await services.answer('About your service', 'Service description')).toBe(newDescription);

      // A corrected pricing document, uploaded by the admin for the supplier: scanned by clamd, then saved on the service.
      await services.editSection('Documents');
      const documents = new DraftServicePages(page);
      expect(await documents.upload(/pricing document/i, 'corrected-pricing.pdf', smallPdf('Corrected prices'))).toBe('Checked: no viruses found');
      await checkA11y(page, 'an admin upload, scanned');
      await screenshot(page, 'admin-service-upload');
      await services.saveAndReturn();
      expect(await services.flash('the service after an admin upload')).toBe('Your changes to ‘Documents’ are saved and live');

      // Remove it: the reason is required; then the page says who removed it and when.
      await services.start('Remove service', 'Are you sure you want to remove this service?');
      await services.confirm('Remove service');
      expect(await services.errors('removing without a reason')).toEqual(['Enter why you are removing the service']);
      await services.giveReason('Pricing document out of date: supplier asked to correct it');
      await screenshot(page, 'admin-service-remove');
      await services.confirm('Remove service');
      expect(await services.flash('the service just removed')).toBe(`You removed ‘${name}’. Search results take a few minutes to catch up.`);
      const banner = services.removedBanner();
      await banner.waitFor();
      expect(await banner.locator('.govuk-notification-banner__heading').innerText()).toMatch(
        new RegExp(`^Removed by ${CATEGORY.replace(/\./g, '\\.')} on \\d{1,2} [A-Z][a-z]+ \\d{4}$`),
      );
      expect(await services.facts()).toMatchObject({ Status: 'Removed by CCS' });
      await screenshot(page, 'admin-service-removed');

      // Publish it again, with the reason.
      await services.start('Publish service', 'Are you sure you want to publish this service?');
      await services.giveReason('Pricing document corrected');
      await services.confirm('Publish service');
      expect(await services.flash('the service published again')).toBe(`You published ‘${name}’. Search results take a few minutes to catch up.`);
      await expect(services.removedBanner().count()).resolves.toBe(0);
      expect(await services.facts()).toMatchObject({ Status: 'Live' });

      // Its versions: imported, edited, documents changed, removed, published; the edited one shows the new description.
      const versions = await services.openVersions(name);
      expect(versions.map((v) => v[2])).toEqual(['Live', 'Live', 'Live', 'Removed by CCS', 'Live']);
      await screenshot(page, 'admin-service-versions');
      await services.openVersion(2);
      expect(await services.answer('About your service', 'Service description')).toBe(newDescription);

      // Publishing a live service (an old tab, say) says it cannot be done; an unknown service is not found.
      await page.goto(`${adminUrl}/services/${SERVICE_ID}/publish`);
      await page.getByRole('heading', { level: 1, name: 'You cannot do this to the service now' }).waitFor();
      await checkA11y(page, 'publishing a live service');
      await page.goto(`${adminUrl}/services/799999999999999`);
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      await checkA11y(page, 'a service that does not exist');

      // The API confirms: live again, the new description, an admin edit with nothing to review, the reason kept.
      const api = await signInOverApi(adminUrl, CATEGORY);
      const { service } = await api.gql<{ service: ApiService }>(
        `{ service(id: "${SERVICE_ID}") { status data supplier { name } pendingUpdates { id } lastStatusChange { actorEmail data } } }`,
      );
      expect(service.status).toBe('PUBLISHED');
      expect(service.data.serviceDescription).toBe(newDescription);
      expect(service.supplier.name).toBe(SUPPLIER);
      expect(service.pendingUpdates).toEqual([]);
      const { service: withDocuments } = await api.gql<{ service: { documents: Array<{ questionId: string; fileName: string }> } }>(
        `{ service(id: "${SERVICE_ID}") { documents { questionId fileName } } }`,
      );
      expect(withDocuments.documents).toContainEqual({ questionId: 'pricingDocumentURL', fileName: 'corrected-pricing.pdf' });
      expect(service.lastStatusChange).toMatchObject({ actorEmail: CATEGORY, data: { oldStatus: 'disabled', newStatus: 'published', reason: 'Pricing document corrected' } });
    } finally {
      await context.close();
    }
  });
});
