import { describe, expect, inject, it } from 'vitest';
import { AdminHomePage } from './pages/AdminPages.js';
import { AdminSupplierDataPages } from './pages/AdminSupplierDataPages.js';
import { AdminSupplierPages } from './pages/AdminSupplierPages.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { checkA11y } from './support/axe.js';
import { screenshot, useBrowserPage } from './support/browser.js';

// Lantern Analytics left two G-Cloud 13 drafts: one complete, one with only a name (server/seeds/supplier-data.ts). Read only.
const SUPPLIER = 'Lantern Analytics';
const FRAMEWORK_MANAGER = 'framework-manager@crowncommercial.gov.uk';

const ctx = useBrowserPage();

describe('a framework manager views a supplier’s draft services (AD8)', () => {
  it('opens the drafts from the supplier page: per framework, with how many required questions each has not answered', { timeout: 150_000 }, async () => {
    const { page } = ctx;
    const adminUrl = inject('adminUrl');
    const signIn = new SignInPage(page);
    await signIn.open(adminUrl);
    await signIn.signIn(FRAMEWORK_MANAGER, DEMO_PASSWORD);
    const home = new AdminHomePage(page);
    await home.waitFor('framework manager home');
    await home.task('Find a supplier').click();
    const suppliers = new AdminSupplierPages(page);
    await suppliers.waitForSearch('find a supplier');
    await suppliers.search('Name', 'Lantern');
    expect(await suppliers.results('suppliers named Lantern')).toEqual([SUPPLIER]);
    const data = new AdminSupplierDataPages(page);
    await data.openSupplier(SUPPLIER);
    // A framework manager changes no company detail.
    await expect(page.getByTestId('company-details').getByRole('link').count()).resolves.toBe(0);

    await data.openFromSupplier(`Draft services of ${SUPPLIER}`, 'Draft services', 'draft services');
    const rows = await data.drafts('g-cloud-13');
    await checkA11y(page, 'draft services, loaded');
    expect(await data.draftHeadings()).toContain('G-Cloud 13');
    expect(rows.map((r) => [r[2], r[3], r[4]])).toEqual([
      ['Cloud software', 'Lantern dashboards', 'In progress'],
      ['Cloud software', 'Lantern data warehouse', 'Complete'],
    ]);
    const [started, complete] = rows as [string[], string[]];
    expect(Number(started[5])).toBeGreaterThan(5);
    expect(complete[5]).toBe('0');
    await expect(page.title()).resolves.toBe(`Draft services – ${SUPPLIER} – Digital Marketplace admin`);
    await screenshot(page, 'admin-draft-services');

    // The declaration is sourcing's: a framework manager who types its address is told so; an unknown supplier is not found.
    const supplierPath = new URL(page.url()).pathname.replace(/\/draft-services$/, '');
    await page.goto(`${adminUrl}${supplierPath}/declarations/g-cloud-13`);
    await page.getByRole('heading', { level: 1, name: 'You are not allowed to do this' }).waitFor();
    await checkA11y(page, 'declaration, not allowed');
    await page.goto(`${adminUrl}/suppliers/999999/draft-services`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await checkA11y(page, 'draft services of no supplier');

    // The API counts the same drafts, one of them complete.
    const api = await signInOverApi(adminUrl, FRAMEWORK_MANAGER);
    const drafts = await api.gql<{ frameworkDraftServices: { totalCount: number; nodes: Array<{ status: string; missingAnswers: Record<string, string> }> } }>(
      'query ($s: ID!) { frameworkDraftServices(frameworkSlug: "g-cloud-13", supplierId: $s) { totalCount nodes { status missingAnswers } } }',
      { s: supplierPath.split('/').pop() },
    );
    expect(drafts.frameworkDraftServices.totalCount).toBe(2);
    expect(drafts.frameworkDraftServices.nodes.map((n) => [n.status, Object.keys(n.missingAnswers).length === 0])).toEqual([
      ['NOT_SUBMITTED', false],
      ['SUBMITTED', true],
    ]);
  });
});
