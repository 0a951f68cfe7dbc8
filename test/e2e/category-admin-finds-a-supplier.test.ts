import { describe, expect, inject, it } from 'vitest';
import { AdminHomePage } from './pages/AdminPages.js';
import { AdminAccountsTable, AdminSupplierPages } from './pages/AdminSupplierPages.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { screenshot, useBrowserPage } from './support/browser.js';

// Northern Hosting Co (demo supplier 4, DUNS 100000004): read here, changed by no journey of this file.
const SUPPLIER = 'Northern Hosting Co';
const DUNS = '100000004';
const CATEGORY = 'category@crowncommercial.gov.uk';

const ctx = useBrowserPage();

describe('a category admin finds a supplier by name and by DUNS number (AD1–AD3)', () => {
  it('refuses an empty search, finds the supplier both ways, opens its details and its users', { timeout: 120_000 }, async () => {
    const { page } = ctx;
    const adminUrl = inject('adminUrl');
    const signIn = new SignInPage(page);
    await signIn.open(adminUrl);
    await signIn.signIn(CATEGORY, DEMO_PASSWORD);
    const home = new AdminHomePage(page);
    await home.waitFor('category admin home');
    await home.task('Find a supplier').click();
    const suppliers = new AdminSupplierPages(page);
    await suppliers.waitForSearch('find a supplier');

    // Nothing typed: refused, in the summary and at the field.
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    expect(await suppliers.errors('find a supplier, nothing entered')).toEqual(['Enter a name, DUNS number or company registration number']);
    await expect(page.title()).resolves.toBe('Error: Find a supplier – Digital Marketplace admin');
    await screenshot(page, 'admin-find-supplier-error');

    // By part of the name (any case).
    await suppliers.search('Name', 'northern host');
    expect(await suppliers.results('suppliers by name')).toEqual([SUPPLIER]);
    await screenshot(page, 'admin-find-supplier-results');

    // By a DUNS number that is not one, then the supplier's.
    await suppliers.search('DUNS number', '999999998');
    await page.getByRole('heading', { level: 2, name: 'No suppliers found' }).waitFor();
    expect(await suppliers.results('suppliers by DUNS, none')).toEqual([]);
    await suppliers.search('DUNS number', DUNS);
    await page.getByText(`with the DUNS number ${DUNS}`).waitFor();
    expect(await suppliers.results('suppliers by DUNS number')).toEqual([SUPPLIER]);
    expect(await suppliers.resultsHeading()).toBe('1 supplier found');

    // Its details: company details and frameworks.
    await suppliers.openSupplier(SUPPLIER);
    const details = await suppliers.companyDetails();
    expect(details).toMatchObject({ 'Trading name': SUPPLIER, 'Registered name': 'Northern Hosting Company PLC', 'DUNS number': DUNS, 'Company registration number': '01234567' });
    expect((await suppliers.frameworks()).length).toBeGreaterThan(0);
    await screenshot(page, 'admin-supplier-details');

    // Its users, with the actions a category admin may take and the invitation form.
    await suppliers.openUsers(SUPPLIER);
    const users = new AdminAccountsTable(page);
    expect(await users.emails()).toContain('dos-supplier@example.com');
    expect(await users.row('dos-supplier@example.com')).toEqual(
      expect.arrayContaining(['Nia Northern', 'dos-supplier@example.com', 'Active', 'Deactivate dos-supplier@example.com']),
    );
    await page.getByRole('heading', { level: 2, name: 'Invite a contributor' }).waitFor();
    await page.getByRole('button', { name: 'Send invitation' }).click();
    expect(await suppliers.errors('invite a contributor, nothing entered')).toEqual(['Enter an email address']);
    await screenshot(page, 'admin-supplier-users');

    // The API says the same of the supplier the page showed.
    const api = await signInOverApi(adminUrl, CATEGORY);
    const found = await api.gql<{ suppliers: { nodes: Array<{ name: string; users: Array<{ email: string }> }> } }>(
      'query ($d: String!) { suppliers(dunsNumber: $d) { nodes { name users { email } } } }',
      { d: DUNS },
    );
    expect(found.suppliers.nodes.map((s) => s.name)).toEqual([SUPPLIER]);
    expect(found.suppliers.nodes[0]!.users.map((u) => u.email)).toContain('dos-supplier@example.com');
  });
});
