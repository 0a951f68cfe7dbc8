import { describe, expect, inject, it } from 'vitest';
import { SupplierSignupPages, newSupplier } from './pages/SupplierSignupPages.js';
import { screenshot, useBrowserPage } from './support/browser.js';
import { fillAndSubmitByKeyboard } from './support/keyboard.js';
import { waitForEmail } from './support/outbox.js';

const browser = useBrowserPage();

describe('a supplier changes their password and account settings (S14)', () => {
  it('changes the password from their account (errors first, by keyboard), then signs in with the new one', async () => {
    const page = browser.page;
    const webUrl = inject('webUrl');
    const s = newSupplier('Journey Password');
    const pages = new SupplierSignupPages(page, webUrl);
    await pages.createSignedInSupplier(s);

    await pages.link('Your account').first().click();
    await pages.waitForHeading('Your account', 'your account');
    expect(await pages.row('Email address')).toEqual({ value: s.loginEmail, action: '' });
    expect(await pages.row('Account type')).toEqual({ value: 'Supplier', action: '' });
    await expect(pages.link('Your company details').getAttribute('href')).resolves.toBe('/suppliers/details');
    await expect(pages.link('Contributors').getAttribute('href')).resolves.toBe('/suppliers/users');
    await screenshot(page, 'supplier-your-account');

    await pages.link('Change your password').click();
    await pages.waitForHeading('Change your password', 'change your password');
    await pages.button('Change password').click();
    expect(await pages.errors('change password, missing')).toEqual(['Enter your current password', 'Enter a password', 'Confirm your password']);
    await page.getByLabel('Current password').fill('not my password at all');
    await page.getByLabel('New password', { exact: true }).fill('my changed passphrase');
    await page.getByLabel('Confirm new password').fill('my changed passphrase');
    await pages.button('Change password').click();
    await page.locator('.govuk-error-summary li', { hasText: /current password/i }).waitFor();
    const wrong = await pages.errors('change password, wrong current password');
    expect(wrong).toHaveLength(1);
    expect(wrong[0]).toMatch(/current password/i);
    await page.getByLabel('Confirm new password').fill('something else');
    await pages.button('Change password').click();
    await page.locator('.govuk-error-summary li', { hasText: 'do not match' }).waitFor();
    expect(await pages.errors('change password, mismatch')).toEqual(['The passwords you entered do not match']);
    await screenshot(page, 'supplier-change-password-errors');

    // Keyboard only, from the focused error summary.
    const changedAt = new Date(Date.now() - 1000);
    await fillAndSubmitByKeyboard(
      page,
      { 'Current password': s.password, 'New password': 'my changed passphrase', 'Confirm new password': 'my changed passphrase' },
      'Change password',
    );
    await pages.waitForHeading('Your account', 'your account, password changed');
    expect(await pages.successBanner()).toBe('Your password has been changed');
    await waitForEmail(s.loginEmail, { subject: /^Your Digital Marketplace password has been changed$/, since: changedAt });

    // The user research mailing list: join, then the account page offers to leave.
    await pages.link('Join the user research mailing list').click();
    await pages.waitForHeading('User research mailing list', 'user research mailing list');
    await screenshot(page, 'supplier-user-research');
    await page.getByLabel('Send me emails inviting me to take part in user research').check();
    await pages.button('Save').click();
    await pages.waitForHeading('Your account', 'your account, joined user research');
    expect(await pages.successBanner()).toBe('You have joined the user research mailing list');
    await pages.link('Unsubscribe from the user research mailing list').waitFor();

    // Sign out; the old password is refused, the new one signs in.
    await page.getByRole('navigation').getByRole('link', { name: 'Sign out' }).click();
    await page.getByRole('alert').getByText('You have signed out').waitFor();
    await pages.waitForHeading('Sign in to the Digital Marketplace', 'signed out');
    await page.getByLabel('Email address').fill(s.loginEmail);
    await page.getByLabel('Password', { exact: true }).fill(s.password);
    await pages.button('Sign in').click();
    expect(await pages.errors('old password refused')).toEqual(['Enter a correct email address and password']);
    await page.getByLabel('Password', { exact: true }).fill('my changed passphrase');
    await pages.button('Sign in').click();
    await pages.waitForDashboard(s.company, 'dashboard, signed in with the new password');

    // Still on the mailing list after signing in again.
    await page.goto(`${webUrl}/account`);
    await pages.waitForHeading('Your account', 'your account, signed in again');
    await pages.link('Unsubscribe from the user research mailing list').waitFor();
  });
});
