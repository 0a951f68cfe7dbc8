import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AdminAccountsPages, AdminHomePage } from './pages/AdminPages.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { linkIn, waitForEmail } from './support/outbox.js';

const MANAGER = 'admin-manager@crowncommercial.gov.uk';
const NEW_PASSWORD = 'category colleague passphrase';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('an admin-manager invites an admin, changes their role and suspends them (AD15)', () => {
  it('invites with a role (after refusals), the colleague joins, then is renamed, moved to another role and suspended, and is signed out', { timeout: 180_000 }, async () => {
    const adminUrl = inject('adminUrl');
    const email = `colleague.${Date.now()}@crowncommercial.gov.uk`;
    const managerContext = await browser.newContext();
    const colleagueContext = await browser.newContext();
    try {
      // The manager signs in on the admin site and opens the admin accounts from the home page.
      const page = await managerContext.newPage();
      const signIn = new SignInPage(page);
      await signIn.open(adminUrl);
      await signIn.signIn(MANAGER, DEMO_PASSWORD);
      const home = new AdminHomePage(page);
      await home.waitFor('admin-manager home page');
      await home.task('View and edit admin accounts').click();
      const accounts = new AdminAccountsPages(page);
      await accounts.waitForList('admin accounts');
      await screenshot(page, 'admin-accounts');

      // Invite: nothing given, then an address off the approved domains, then a good one.
      await page.getByRole('link', { name: 'Invite an admin' }).click();
      await page.getByRole('heading', { level: 1, name: 'Invite an admin' }).waitFor();
      await page.getByRole('button', { name: 'Send invitation' }).click();
      expect(await accounts.errors('invite an admin, nothing given')).toEqual(['Enter an email address', 'Choose the permissions to give']);
      await expect(page.title()).resolves.toBe('Error: Invite an admin – Digital Marketplace admin');
      await page.getByLabel('Email address').fill('someone@gmail.com');
      await page.getByLabel('Manage services').check();
      await page.getByRole('button', { name: 'Send invitation' }).click();
      // The summary of the first attempt is replaced by the API's answer.
      await page.locator('.govuk-error-summary', { hasText: 'Use an email address ending in @' }).waitFor();
      expect(await accounts.errors('invite an admin, a domain not approved')).toEqual([expect.stringMatching(/^Use an email address ending in @/)]);
      await screenshot(page, 'admin-invite-error');
      const since = new Date();
      await page.getByLabel('Email address').fill(email);
      await page.getByRole('button', { name: 'Send invitation' }).click();
      await accounts.waitForList('admin accounts, invitation sent');
      expect(await accounts.flash()).toBe(`An invitation has been sent to ${email}`);

      // The colleague follows the emailed link on the admin site and lands signed in, with their role's home.
      const invitation = await waitForEmail(email, { since });
      const colleague = await colleagueContext.newPage();
      await colleague.goto(linkIn(invitation, `${adminUrl}/create-account/`));
      await colleague.getByLabel('Your name').fill('Cole League');
      await colleague.getByLabel('Create a password', { exact: true }).fill(NEW_PASSWORD);
      await colleague.getByLabel('Confirm your password', { exact: true }).fill(NEW_PASSWORD);
      await colleague.getByRole('button', { name: 'Create account' }).click();
      const colleagueHome = new AdminHomePage(colleague);
      await colleagueHome.waitFor('new admin home page');
      await expect(colleague.getByText('Manage services', { exact: true }).first().isVisible()).resolves.toBe(true);

      // The manager sees them, then edits: an empty name is refused; renamed, moved to sourcing and suspended.
      await page.reload();
      await accounts.waitForList('admin accounts with the new colleague');
      expect(await accounts.row(email)).toEqual(['Cole League', email, 'Manage services', 'Active', 'Edit Cole League']);
      await accounts.edit('Cole League');
      await page.getByLabel('Name').fill('');
      await page.getByRole('button', { name: 'Save changes' }).click();
      expect(await accounts.errors('edit an admin account, no name')).toEqual(['Enter a name']);
      await page.getByLabel('Name').fill('Cole Sourcing');
      await page.getByLabel('Audit framework applications').check();
      await page.getByLabel('Suspended').check();
      await screenshot(page, 'admin-edit-account');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await accounts.waitForList('admin accounts, colleague suspended');
      expect(await accounts.flash()).toBe(`${email} has been updated`);
      expect(await accounts.row(email)).toEqual(['Cole Sourcing', email, 'Audit framework', 'Suspended', 'Edit Cole Sourcing']);

      // Suspended: their session has ended, and they cannot sign in again.
      await colleague.reload();
      await colleague.waitForURL(/\/sign-in/);
      const colleagueSignIn = new SignInPage(colleague);
      await colleagueSignIn.waitForForm();
      await colleagueSignIn.signIn(email, NEW_PASSWORD);
      expect((await colleagueSignIn.errorSummary()).length).toBeGreaterThan(0);

      // The API agrees.
      const api = await signInOverApi(adminUrl, MANAGER);
      const found = await api.gql<{ users: { nodes: Array<{ name: string; role: string; active: boolean }> } }>(
        'query ($e: String!) { users(email: $e) { nodes { name role active } } }',
        { e: email },
      );
      expect(found.users.nodes).toEqual([{ name: 'Cole Sourcing', role: 'ADMIN_CCS_SOURCING', active: false }]);
    } finally {
      await managerContext.close();
      await colleagueContext.close();
    }
  });
});
