import { describe, expect, inject, it } from 'vitest';
import { AdminHomePage } from './pages/AdminPages.js';
import { AdminSupplierDataPages } from './pages/AdminSupplierDataPages.js';
import { AdminAccountsTable, AdminSupplierPages } from './pages/AdminSupplierPages.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { screenshot, useBrowserPage } from './support/browser.js';

// Orchard Digital and Willow Consulting, whose user mover@example.com changes company (server/seeds/supplier-data.ts).
const SUPPLIER = 'Orchard Digital';
const MOVER = 'mover@example.com';
const SUPPORT = 'admin@crowncommercial.gov.uk';

const ctx = useBrowserPage();

describe('a support admin moves a user to another supplier (AD3)', () => {
  it('refuses an unknown address and a buyer’s, then moves the supplier user, who shows in the users table', { timeout: 150_000 }, async () => {
    const { page } = ctx;
    const adminUrl = inject('adminUrl');
    const signIn = new SignInPage(page);
    await signIn.open(adminUrl);
    await signIn.signIn(SUPPORT, DEMO_PASSWORD);
    const home = new AdminHomePage(page);
    await home.waitFor('support admin home');
    await home.task('Find a supplier').click();
    const suppliers = new AdminSupplierPages(page);
    await suppliers.waitForSearch('find a supplier');
    await suppliers.search('Name', 'Orchard');
    expect(await suppliers.results('suppliers named Orchard')).toEqual([SUPPLIER]);
    const data = new AdminSupplierDataPages(page);
    await data.openSupplier(SUPPLIER);
    await suppliers.openUsers(SUPPLIER);
    await page.getByRole('heading', { level: 2, name: 'Move a user to this supplier' }).waitFor();
    await screenshot(page, 'admin-supplier-users-move-form');

    // Nothing, an address nobody has, and a buyer's: each refused at the field.
    await data.moveUser('');
    expect(await data.errors('move a user, nothing entered')).toEqual(['Enter the email address of the user to move']);
    await data.moveUser('nobody-here@example.com');
    expect(await data.errors('move a user, unknown address')).toEqual(['No account has this email address: check it, or invite them instead']);
    expect(await data.inlineErrors()).toEqual(['No account has this email address: check it, or invite them instead']);
    await expect(page.title()).resolves.toBe(`Error: Users of ${SUPPLIER} – Digital Marketplace admin`);
    await screenshot(page, 'admin-move-user-error');
    await data.moveUser('buyer@example.gov.uk');
    expect(await data.errors('move a user, a buyer')).toEqual(['This account is not a supplier user’s, so it cannot be moved to a supplier']);

    // The supplier user: moved, and listed as an active user.
    await data.moveUser(MOVER);
    const users = new AdminAccountsTable(page);
    expect(await users.flash('users after the move')).toBe(`${MOVER} is now a user of ${SUPPLIER}`);
    expect(await users.row(MOVER)).toEqual(expect.arrayContaining(['Morgan Mover', MOVER, 'Active']));
    await screenshot(page, 'admin-move-user-done');

    // The API: the user works for Orchard Digital now, not for Willow Consulting.
    const api = await signInOverApi(adminUrl, SUPPORT);
    const usersOf = async (name: string) =>
      (
        await api.gql<{ suppliers: { nodes: Array<{ name: string; users: Array<{ email: string; active: boolean }> }> } }>(
          'query ($n: String!) { suppliers(name: $n) { nodes { name users(includeDeactivated: true) { email active } } } }',
          { n: name },
        )
      ).suppliers.nodes.find((s) => s.name === name)!.users;
    expect(await usersOf(SUPPLIER)).toContainEqual({ email: MOVER, active: true });
    expect((await usersOf('Willow Consulting')).map((u) => u.email)).not.toContain(MOVER);
  });
});
