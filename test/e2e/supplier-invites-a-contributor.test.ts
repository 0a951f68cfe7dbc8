import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { SupplierSignupPages, newSupplier } from './pages/SupplierSignupPages.js';
import { screenshot, useBrowserPage } from './support/browser.js';

const browser = useBrowserPage();

/** The contributors table: name and email address of each row. */
const team = (page: Page) =>
  page
    .getByTestId('contributors')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) =>
        Array.from(r.querySelectorAll('td, th'))
          .slice(0, 2)
          .map((c) => (c as HTMLElement).innerText.trim()),
      ),
    );

describe('a supplier invites a contributor (S4)', () => {
  it('invites a colleague, who joins from the emailed link, then removes them and they can no longer sign in', async () => {
    const page = browser.page;
    const webUrl = inject('webUrl');
    const s = newSupplier('Journey Team');
    const colleague = { name: 'Casey Colleague', email: s.loginEmail.replace('first.user@', 'casey@'), password: 'colleague pass phrase' };
    const owner = new SupplierSignupPages(page, webUrl);
    await owner.createSignedInSupplier(s);

    await owner.link('Contributors').click();
    await owner.waitForHeading('Invite or remove contributors', 'contributors, only you');
    expect(await team(page)).toEqual([[`${s.userName} (you)`, s.loginEmail]]);

    // The invitation: missing, malformed, already someone's account, then the colleague.
    await owner.button('Invite a contributor').click();
    await owner.waitForHeading('Invite a contributor', 'invite a contributor');
    await owner.button('Send invitation').click();
    expect(await owner.errors('invite, missing')).toEqual(['Enter an email address']);
    await page.getByLabel('Email address').fill('casey at example');
    await owner.button('Send invitation').click();
    await page.locator('.govuk-error-summary li', { hasText: 'correct format' }).waitFor();
    expect(await owner.errors('invite, malformed')).toEqual(['Enter an email address in the correct format, like name@example.com']);
    await page.getByLabel('Email address').fill('supplier@example.com');
    await owner.button('Send invitation').click();
    await page.locator('.govuk-error-summary li', { hasText: 'already exists' }).waitFor();
    expect(await owner.errors('invite, existing account')).toEqual(['An account already exists with this email address']);
    expect(await owner.inlineError('Email address')).toBe('An account already exists with this email address');
    await screenshot(page, 'supplier-invite-errors');
    await page.getByLabel('Email address').fill(colleague.email);
    await owner.button('Send invitation').click();
    await owner.waitForHeading('Invite or remove contributors', 'contributors, invitation sent');
    expect(await owner.successBanner()).toBe(`Contributor invited: we have sent an invitation to ${colleague.email}`);

    // The colleague, in a browser of their own, creates their account from the emailed link.
    const other = await page.context().browser()!.newContext();
    try {
      const theirPage = await other.newPage();
      const them = new SupplierSignupPages(theirPage, webUrl);
      const link = await them.accountLink(colleague.email, s.company);
      await theirPage.goto(link);
      await them.waitForHeading('Add your name and create a password', 'colleague: create your login');
      await expect(theirPage.locator('.govuk-summary-list__value').innerText()).resolves.toBe(colleague.email);
      await theirPage.getByLabel('Your name').fill(colleague.name);
      await theirPage.getByLabel('Create a password').fill(colleague.password);
      await theirPage.getByLabel('Confirm your password').fill(colleague.password);
      await them.button('Create account').click();
      await them.waitForDashboard(s.company, 'colleague: dashboard of the same supplier');
      await expect(theirPage.getByTestId('signed-in-as').innerText()).resolves.toBe(colleague.name);

      // Both are listed, you first; the colleague sees the same team with themselves first.
      await page.reload();
      await owner.waitForHeading('Invite or remove contributors', 'contributors, both');
      expect(await team(page)).toEqual([
        [`${s.userName} (you)`, s.loginEmail],
        [colleague.name, colleague.email],
      ]);
      // One Remove link, named for screen readers after the colleague (never one for yourself).
      await expect(page.getByRole('link', { name: /^Remove/ }).count()).resolves.toBe(1);
      await expect(page.getByRole('link', { name: `Remove ${colleague.name}`, exact: true }).count()).resolves.toBe(1);
      await screenshot(page, 'supplier-contributors');
      await theirPage.goto(`${webUrl}/suppliers/users`);
      await them.waitForHeading('Invite or remove contributors', 'colleague: contributors');
      expect(await team(theirPage)).toEqual([
        [`${colleague.name} (you)`, colleague.email],
        [s.userName, s.loginEmail],
      ]);
      // Nobody may remove themselves: there is no such page.
      await expect(theirPage.getByRole('link', { name: `Remove ${colleague.name}` }).count()).resolves.toBe(0);

      // Remove, with a confirmation page first (Cancel changes nothing).
      await page.getByRole('link', { name: `Remove ${colleague.name}` }).click();
      await owner.waitForHeading(`Are you sure you want to remove ${colleague.name}?`, 'remove a contributor: confirmation');
      await screenshot(page, 'supplier-remove-contributor');
      await owner.link('Cancel').click();
      await owner.waitForHeading('Invite or remove contributors', 'contributors, cancelled');
      await expect(page.getByTestId('contributors').locator('tbody tr').count()).resolves.toBe(2);
      await page.getByRole('link', { name: `Remove ${colleague.name}` }).click();
      await owner.waitForHeading(`Are you sure you want to remove ${colleague.name}?`, 'remove a contributor: confirmation again');
      await owner.button('Remove contributor').click();
      await owner.waitForHeading('Invite or remove contributors', 'contributors, removed');
      expect(await owner.successBanner()).toBe(`${colleague.name} has been removed as a contributor`);
      expect(await team(page)).toEqual([[`${s.userName} (you)`, s.loginEmail]]);

      // The removed colleague is signed out, and cannot sign in again.
      await theirPage.goto(`${webUrl}/suppliers`);
      await them.waitForHeading('Sign in to the Digital Marketplace', 'colleague: signed out');
      await theirPage.getByLabel('Email address').fill(colleague.email);
      await theirPage.getByLabel('Password', { exact: true }).fill(colleague.password);
      await them.button('Sign in').click();
      expect(await them.errors('colleague: sign-in refused')).toEqual(['Your account has been deactivated. Contact support to reactivate it.']);
      await screenshot(theirPage, 'supplier-removed-contributor-sign-in');
    } finally {
      await other.close();
    }

    // Still so after a reload.
    await page.reload();
    await owner.waitForHeading('Invite or remove contributors', 'contributors reloaded');
    await expect(page.getByTestId('contributors').locator('tbody tr').count()).resolves.toBe(1);
  });
});
