import { describe, expect, inject, it } from 'vitest';
import { AdminHomePage } from './pages/AdminPages.js';
import { AdminAccountsTable, AdminSupplierPages } from './pages/AdminSupplierPages.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { screenshot, useBrowserPage } from './support/browser.js';

// Seeded for this journey alone (server/seeds/demo.ts JOURNEY_USERS.leaver): nobody else signs in as it.
const LEAVER = 'leaver@example.com';
const SUPPLIER = 'Wessex Cloud Hosting';
const SUPPORT = 'admin@crowncommercial.gov.uk';

/** One sign-in attempt over the public site's API; true when it let the user in. */
async function canSignIn(webUrl: string): Promise<boolean> {
  const res = await fetch(`${webUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query: 'mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }', variables: { e: LEAVER, p: DEMO_PASSWORD } }),
  });
  const json = (await res.json()) as { data?: { signIn?: { id: string } } | null; errors?: unknown[] };
  return Boolean(json.data?.signIn?.id) && !json.errors?.length;
}

const ctx = useBrowserPage();

describe('a support admin deactivates a supplier user who has left, then reactivates them (AD3)', () => {
  it('finds the supplier, deactivates the user (who can no longer sign in), and reactivates them', { timeout: 120_000 }, async () => {
    const { page } = ctx;
    const adminUrl = inject('adminUrl');
    const webUrl = inject('webUrl');
    expect(await canSignIn(webUrl)).toBe(true);

    const signIn = new SignInPage(page);
    await signIn.open(adminUrl);
    await signIn.signIn(SUPPORT, DEMO_PASSWORD);
    const home = new AdminHomePage(page);
    await home.waitFor('support admin home');
    await home.task('Find a supplier').click();
    const suppliers = new AdminSupplierPages(page);
    await suppliers.waitForSearch('find a supplier');
    await suppliers.search('Name', 'wessex');
    expect(await suppliers.results('suppliers named like wessex')).toEqual([SUPPLIER]);
    await suppliers.openSupplier(SUPPLIER);
    await suppliers.openUsers(SUPPLIER);

    const accounts = new AdminAccountsTable(page);
    const before = await accounts.row(LEAVER);
    expect(before.slice(0, 2)).toEqual(['Lou Leaver', LEAVER]);
    expect(before).toContain('Active');
    expect(before.at(-1)).toBe(`Deactivate ${LEAVER}`);

    await accounts.act('Deactivate', LEAVER);
    expect(await accounts.flash('supplier user deactivated')).toBe(`${LEAVER} has been deactivated`);
    const deactivated = await accounts.row(LEAVER);
    expect(deactivated).toContain('Deactivated');
    expect(deactivated.at(-1)).toBe(`Reactivate ${LEAVER}`);
    await screenshot(page, 'admin-supplier-user-deactivated');

    // A deactivated account cannot sign in, even with the right password.
    expect(await canSignIn(webUrl)).toBe(false);
    const api = await signInOverApi(adminUrl, SUPPORT);
    const state = () =>
      api.gql<{ users: { nodes: Array<{ email: string; active: boolean }> } }>('query ($e: String!) { users(email: $e) { nodes { email active } } }', { e: LEAVER });
    await expect(state()).resolves.toEqual({ users: { nodes: [{ email: LEAVER, active: false }] } });

    // They come back: the admin reactivates them and they sign in again.
    await accounts.act('Reactivate', LEAVER);
    expect(await accounts.flash('supplier user reactivated')).toBe(`${LEAVER} has been reactivated`);
    expect((await accounts.row(LEAVER)).at(-1)).toBe(`Deactivate ${LEAVER}`);
    await expect(state()).resolves.toEqual({ users: { nodes: [{ email: LEAVER, active: true }] } });
    expect(await canSignIn(webUrl)).toBe(true);
  });
});
