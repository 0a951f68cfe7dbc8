import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BuyerDashboardPage } from './pages/BuyerAccountPages.js';
import { SignInPage } from './pages/SignInPage.js';
import { launchBrowser, screenshot } from './support/browser.js';

const DEMO_PASSWORD = 'marketplace demo password';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a buyer signs in and out on the public site', () => {
  it('shows GOV.UK errors for missing and wrong details, then signs in with the demo account and out again', async () => {
    const page = await browser.newPage();
    const signIn = new SignInPage(page);
    await signIn.open(inject('webUrl'));

    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await signIn.errorSummary()).toEqual(['Enter your email address', 'Enter your password']);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).toBe(true);

    await signIn.signIn('buyer@example.gov.uk', 'not the right password');
    await page.locator('.govuk-error-summary').getByText('Enter a correct email address and password').waitFor();
    expect(await signIn.errorSummary()).toEqual(['Enter a correct email address and password']);
    await screenshot(page, 'buyer-sign-in-error');

    // Keyboard only, from the focused error summary: Tab to each field in order, type, Enter on the button.
    await signIn.signInByKeyboard('buyer@example.gov.uk', DEMO_PASSWORD);
    // A buyer starts at their dashboard.
    const dashboard = new BuyerDashboardPage(page, inject('webUrl'));
    await dashboard.waitForDashboard('Bea Buyer', 'buyer dashboard, signed in');
    await expect(page.getByTestId('signed-in-as').innerText()).resolves.toBe('Bea Buyer');
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'dm_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    await page.getByRole('link', { name: 'Sign out' }).click();
    // Signing out ends on the sign-in page, which says so.
    await page.getByRole('alert').getByText('You have signed out').waitFor();
    await signIn.waitForForm();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    expect((await page.context().cookies()).find((c) => c.name === 'dm_session')).toBeUndefined();

    // /sign-out typed into the address bar signs out too.
    await signIn.signIn('buyer@example.gov.uk', DEMO_PASSWORD);
    await dashboard.waitForDashboard('Bea Buyer', 'buyer dashboard, signed in again');
    await page.goto(`${inject('webUrl')}/sign-out`);
    await page.getByRole('alert').getByText('You have signed out').waitFor();
    expect((await page.context().cookies()).find((c) => c.name === 'dm_session')).toBeUndefined();
  });

  it('keeps admins off the public site', async () => {
    const page = await browser.newPage();
    const signIn = new SignInPage(page);
    await signIn.open(inject('webUrl'));
    // The right password on the wrong site reads exactly as a wrong password (the owner is emailed where to sign in).
    await signIn.signIn('admin@crowncommercial.gov.uk', DEMO_PASSWORD);
    expect(await signIn.errorSummary()).toEqual(['Enter a correct email address and password']);
  });
});
