import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AdminHomePage } from './pages/AdminPages.js';
import { AdminServiceEditsPages } from './pages/AdminServiceEditsPages.js';
import { EditServiceSectionPage } from './pages/EditServiceSectionPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { SupplierServicePage } from './pages/SupplierServicePage.js';
import { YourServicesPage } from './pages/YourServicesPage.js';
import { checkA11y } from './support/axe.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { launchBrowser, screenshot } from './support/browser.js';

/**
 * The journey's own supplier (thistle-supplier@example.com, Thistle Software: seeds/demo.ts JOURNEY_USERS):
 * no other journey reads its services.
 */
const SUPPLIER = 'thistle-supplier@example.com';
const CATEGORY = 'category@crowncommercial.gov.uk';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a category admin reviews and approves a supplier’s edit of a live service (AD7)', () => {
  it('a supplier edits a description; the category admin finds it in the queue, reads the marked changes and approves it', { timeout: 240_000 }, async () => {
    const webUrl = inject('webUrl');
    const adminUrl = inject('adminUrl');
    const supplierContext = await browser.newContext();
    const adminContext = await browser.newContext();
    try {
      // The supplier changes the last word of a live service's description on the public site.
      const s = await supplierContext.newPage();
      const supplierSignIn = new SignInPage(s);
      await supplierSignIn.open(webUrl);
      await supplierSignIn.signIn(SUPPLIER, DEMO_PASSWORD);
      await s.waitForURL((u) => u.pathname !== '/sign-in');
      const list = new YourServicesPage(s);
      await list.openFromDashboard('G-Cloud 13');
      const rows = await list.rows('g-cloud-13');
      const index = rows.findIndex((r) => r.status === 'Live');
      expect(index).toBeGreaterThanOrEqual(0);
      const { name } = rows[index]!;
      await list.row('g-cloud-13', index).getByRole('link', { name, exact: true }).click();
      const service = new SupplierServicePage(s);
      await service.waitFor(name, 'the supplier’s live service before the edit');
      const id = s.url().split('/').pop()!;
      await service.editLink('About your service').click();
      const edit = new EditServiceSectionPage(s);
      await edit.waitFor('About your service', 'the supplier edits the description');
      const before = (await edit.textbox().inputValue()).trim();
      const words = before.split(' ');
      const lastWord = words[words.length - 1]!;
      const description = [...words.slice(0, -1), 'Dundee.'].join(' ');
      expect(description).not.toBe(before);
      await edit.textbox().fill(description);
      await edit.save();
      await service.successBanner().waitFor();
      await service.waitFor(name, 'the supplier’s service just edited');

      // The category admin signs in on the admin site; the home page counts the edits to review.
      const page = await adminContext.newPage();
      const signIn = new SignInPage(page);
      await signIn.open(adminUrl);
      await signIn.signIn(CATEGORY, DEMO_PASSWORD);
      const home = new AdminHomePage(page);
      await home.waitFor('category admin home');
      const count = page.getByTestId('task-count');
      await count.waitFor();
      expect(await count.innerText()).toMatch(/^\d+ service edits? to review$/);
      const queued = Number((await count.innerText()).split(' ')[0]);
      expect(queued).toBeGreaterThanOrEqual(1);
      await screenshot(page, 'admin-home-category');

      await home.task('Review service changes').click();
      const edits = new AdminServiceEditsPages(page);
      await edits.waitForQueue('service edits to review');
      const row = edits.queueRow(id);
      await row.waitFor();
      const cells = (await row.locator('td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
      expect(cells[0]).toBe('Thistle Software');
      expect(cells[1]).toBe(`${name} ${id}`);
      expect(cells[2]).toMatch(/\d{1,2} [A-Z][a-z]+ \d{4}/);
      await screenshot(page, 'admin-service-edits-queue');

      // The changes: who made them, and the description side by side with the removed and added words marked.
      await row.getByRole('link', { name: `View changes to ${name}` }).click();
      await edits.waitForChanges(name, 'the changes to one service');
      await page.getByText('Thistle Software', { exact: true }).first().waitFor();
      expect(await edits.narrative()).toMatch(new RegExp(`^${SUPPLIER.replace(/\./g, '\\.')} made 1 edit at .+\\.$`));
      const diffs = page.getByTestId('answer-diff');
      expect(await diffs.count()).toBe(1);
      const diff = diffs.first();
      expect(await diff.locator('thead th').allInnerTexts()).toEqual(['Previously approved version', 'Current version']);
      const removed = diff.getByTestId('before').locator('del');
      const added = diff.getByTestId('after').locator('ins');
      expect(await removed.count()).toBe(1);
      expect(await added.count()).toBe(1);
      // Marked in words for a screen reader, and by strike-through and underline rather than colour alone.
      expect((await removed.textContent())!).toBe(`removed: ${lastWord} (end of removed text)`);
      expect((await added.textContent())!).toBe('added: Dundee. (end of added text)');
      expect(await removed.evaluate((e) => getComputedStyle(e).textDecorationLine)).toBe('line-through');
      expect(await added.evaluate((e) => getComputedStyle(e).textDecorationLine)).toBe('underline');
      // Read without the words for screen readers, each side is its version in full.
      const visible = (side: 'before' | 'after') =>
        diff.getByTestId(side).evaluate((cell) => {
          const copy = cell.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.govuk-visually-hidden').forEach((hidden) => hidden.remove());
          return (copy.textContent ?? '').trim();
        });
      expect(await visible('before')).toBe(before);
      expect(await visible('after')).toBe(description);
      await screenshot(page, 'admin-service-edit-diff');

      // The service as buyers read it, from the changes page, then back.
      await page.getByRole('link', { name: `View service ${name}` }).click();
      await edits.waitForService(name, 'the admin’s view of the service');
      await screenshot(page, 'admin-service-view');
      await expect(page.getByTestId('service-description').innerText()).resolves.toBe(description);
      await page.getByRole('link', { name: `View changes to ${name}` }).click();
      await edits.waitForChanges(name, 'the changes again');

      // Approving takes the service out of the queue.
      await page.getByRole('button', { name: 'Approve 1 edit' }).click();
      await edits.waitForQueue('the queue after approving');
      expect(await edits.flash()).toBe(`You approved 1 edit to ‘${name}’`);
      await expect(edits.queueRow(id).count()).resolves.toBe(0);
      await checkA11y(page, 'the queue with the approval banner');
      await screenshot(page, 'admin-service-edits-approved');

      // The approved service has nothing left to review; a service that does not exist is "Page not found".
      await page.goto(`${adminUrl}/service-edits/${id}`);
      await page.getByText('There are no edits of this service to review.').waitFor();
      await checkA11y(page, 'a service with no edits to review');
      await page.goto(`${adminUrl}/service-edits/999999999999999`);
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      await checkA11y(page, 'changes to a service that does not exist');

      // The API agrees: nothing of the service waits for review.
      const api = await signInOverApi(adminUrl, CATEGORY);
      const after = await api.gql<{
        service: { editsAwaitingReviewSince: string | null; pendingUpdates: unknown[]; data: { serviceDescription: string } };
        serviceUpdatesToReview: { totalCount: number; nodes: Array<{ objectId: string }> };
      }>('query ($id: ID!) { service(id: $id) { editsAwaitingReviewSince pendingUpdates { id } data } serviceUpdatesToReview(first: 100) { totalCount nodes { objectId } } }', {
        id,
      });
      expect(after.service.editsAwaitingReviewSince).toBeNull();
      expect(after.service.pendingUpdates).toEqual([]);
      expect(after.service.data.serviceDescription).toBe(description);
      expect(after.serviceUpdatesToReview.nodes.map((n) => n.objectId)).not.toContain(id);
      expect(after.serviceUpdatesToReview.totalCount).toBe(queued - 1);
    } finally {
      await supplierContext.close();
      await adminContext.close();
    }
  });
});
