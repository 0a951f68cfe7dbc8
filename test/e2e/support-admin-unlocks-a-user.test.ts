import { describe, expect, inject, it } from 'vitest';
import { AdminHomePage } from './pages/AdminPages.js';
import { AdminAccountsTable, FindUserPage } from './pages/AdminSupplierPages.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { screenshot, useBrowserPage } from './support/browser.js';

// Seeded for this journey alone (server/seeds/demo.ts JOURNEY_BUYERS.lockedOut): nobody else signs in as it.
const LOCKED = 'locked-buyer@example.gov.uk';
const SUPPORT = 'admin@crowncommercial.gov.uk';

/** One sign-in attempt over the buyer site's API; true when it let the user in. */
async function trySignIn(webUrl: string, password: string): Promise<boolean> {
  const res = await fetch(`${webUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query: 'mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }', variables: { e: LOCKED, p: password } }),
  });
  const json = (await res.json()) as { data?: { signIn?: { id: string } } | null; errors?: unknown[] };
  return Boolean(json.data?.signIn?.id) && !json.errors?.length;
}

const ctx = useBrowserPage();

describe('a support admin unlocks a locked-out buyer (AD4)', () => {
  it('finds the buyer by email, sees them locked, unlocks them, and the buyer signs in again', { timeout: 120_000 }, async () => {
    const { page } = ctx;
    const adminUrl = inject('adminUrl');
    const webUrl = inject('webUrl');

    // The buyer gets their password wrong until the account locks; then even the right one is refused.
    for (let i = 0; i < 6; i += 1) expect(await trySignIn(webUrl, `not my password ${i}`)).toBe(false);
    expect(await trySignIn(webUrl, DEMO_PASSWORD)).toBe(false);

    const signIn = new SignInPage(page);
    await signIn.open(adminUrl);
    await signIn.signIn(SUPPORT, DEMO_PASSWORD);
    const home = new AdminHomePage(page);
    await home.waitFor('support admin home');
    await home.task('Find a user by email').click();
    const find = new FindUserPage(page);
    await find.waitFor('find a user by email');

    // Nothing entered: refused.
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.locator('.govuk-error-summary').getByText('Enter an email address, or part of one').waitFor();
    await find.waitFor('find a user, nothing entered');

    await find.search(LOCKED);
    const accounts = new AdminAccountsTable(page);
    const row = await accounts.row(LOCKED);
    expect(row.slice(0, 3)).toEqual(['Lee Locked', LOCKED, 'Buyer']);
    expect(row).toContain('Active Locked');
    expect(row.at(-1)).toBe(`Unlock ${LOCKED} Deactivate ${LOCKED}`);
    await find.waitFor('a locked buyer found');
    await screenshot(page, 'admin-find-user-locked');

    await accounts.act('Unlock', LOCKED);
    expect(await accounts.flash('buyer unlocked')).toBe(`${LOCKED} has been unlocked`);
    const after = await accounts.row(LOCKED);
    expect(after).toContain('Active');
    expect(after.at(-1)).toBe(`Deactivate ${LOCKED}`);
    await screenshot(page, 'admin-find-user-unlocked');

    // The buyer signs in with their password again, and the API says they are not locked.
    const buyer = await signInOverApi(webUrl, LOCKED);
    await expect(buyer.gql<{ viewer: { email: string } }>('{ viewer { email } }')).resolves.toEqual({ viewer: { email: LOCKED } });
    const api = await signInOverApi(adminUrl, SUPPORT);
    const found = await api.gql<{ users: { nodes: Array<{ email: string; locked: boolean; active: boolean }> } }>(
      'query ($e: String!) { users(email: $e) { nodes { email locked active } } }',
      {
        e: LOCKED,
      },
    );
    expect(found.users.nodes).toEqual([{ email: LOCKED, locked: false, active: true }]);
  });
});
