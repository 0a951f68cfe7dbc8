import { describe, expect, inject, it } from 'vitest';
import { SupplierSignupPages, newSupplier } from './pages/SupplierSignupPages.js';
import { screenshot, useBrowserPage } from './support/browser.js';
import { linkIn, waitForEmail } from './support/outbox.js';

const browser = useBrowserPage();

describe('a supplier resets a forgotten password', () => {
  it('asks for a link on the sign-in page, chooses a new password (errors first) and signs in with it', async () => {
    const page = browser.page;
    const webUrl = inject('webUrl');
    const s = newSupplier('Journey Reset');
    const pages = new SupplierSignupPages(page, webUrl);
    await pages.createSignedInSupplier(s);
    await page.getByRole('link', { name: 'Sign out' }).click();
    await page.getByRole('alert').getByText('You have signed out').waitFor();
    await pages.waitForHeading('Sign in to the Digital Marketplace', 'signed out');

    await pages.link('Forgotten your password?').click();
    await pages.waitForHeading('Reset your password', 'reset your password');
    await pages.button('Send reset email').click();
    expect(await pages.errors('reset your password, missing')).toEqual(['Enter your email address']);
    const asked = new Date(Date.now() - 1000);
    await page.getByLabel('Email address').fill(s.loginEmail);
    await pages.button('Send reset email').click();
    await pages.waitForHeading('Check your email', 'check your email');
    await expect(page.getByText(s.loginEmail).count()).resolves.toBe(1);
    await screenshot(page, 'supplier-reset-check-email');

    const mail = await waitForEmail(s.loginEmail, { subject: /^Reset your Digital Marketplace password$/, since: asked });
    await page.goto(linkIn(mail, `${webUrl}/reset-password/`));
    await pages.waitForHeading('Choose a new password', 'choose a new password');
    await page.getByLabel('New password', { exact: true }).fill('a brand new passphrase');
    await page.getByLabel('Confirm new password').fill('a different passphrase');
    await pages.button('Reset password').click();
    expect(await pages.errors('new password, mismatch')).toEqual(['The passwords you entered do not match']);
    await page.getByLabel('New password', { exact: true }).fill('short');
    await page.getByLabel('Confirm new password').fill('short');
    await pages.button('Reset password').click();
    await page.locator('.govuk-error-summary li', { hasText: '10 characters' }).waitFor();
    expect(await pages.errors('new password, too short')).toEqual(['Password must be 10 characters or more']);
    await screenshot(page, 'supplier-reset-errors');
    await page.getByLabel('New password', { exact: true }).fill('a brand new passphrase');
    await page.getByLabel('Confirm new password').fill('a brand new passphrase');
    await pages.button('Reset password').click();

    await pages.waitForHeading('Sign in to the Digital Marketplace', 'sign in after the reset');
    expect(await pages.successBanner()).toBe('Your password has been changed. Sign in with your new password.');
    // The old password no longer works; the new one does.
    await page.getByLabel('Email address').fill(s.loginEmail);
    await page.getByLabel('Password', { exact: true }).fill(s.password);
    await pages.button('Sign in').click();
    expect(await pages.errors('old password refused')).toEqual(['Enter a correct email address and password']);
    await page.getByLabel('Password', { exact: true }).fill('a brand new passphrase');
    await pages.button('Sign in').click();
    await pages.waitForDashboard(s.company, 'dashboard, signed in with the new password');

    // The link worked once only.
    await page.goto(linkIn(mail, `${webUrl}/reset-password/`));
    await pages.waitForHeading('Choose a new password', 'the used link');
    await page.getByLabel('New password', { exact: true }).fill('yet another passphrase');
    await page.getByLabel('Confirm new password').fill('yet another passphrase');
    await pages.button('Reset password').click();
    await pages.waitForHeading('This link has expired or has already been used', 'used link refused');
  });
});
