import { describe, expect, inject, it } from 'vitest';
import { BuyerDashboardPage, CreateBuyerAccountPages, newBuyer } from './pages/BuyerAccountPages.js';
import { HomePage } from './pages/HomePage.js';
import { signInOverApi } from './support/api.js';
import { screenshot, useBrowserPage } from './support/browser.js';
import { fillAndSubmitByKeyboard } from './support/keyboard.js';
import { waitForEmail } from './support/outbox.js';

const browser = useBrowserPage();
const webUrl = () => inject('webUrl');
const NOT_PUBLIC_SECTOR = 'Enter an email address from a public sector organisation. If your organisation is not recognised, contact support.';

describe('a buyer creates an account (A9) and uses its account settings (B15)', () => {
  it('is told why a non-government address is refused, then creates the account from the emailed link and lands on the dashboard', async () => {
    const page = browser.page;
    const b = newBuyer('Journey Signup');
    const create = new CreateBuyerAccountPages(page, webUrl());
    const dashboard = new BuyerDashboardPage(page, webUrl());

    // Home → sign in → "create a buyer account".
    await new HomePage(page).open(webUrl());
    await page.getByRole('link', { name: 'Sign in' }).click();
    await create.waitForHeading('Sign in to the Digital Marketplace', 'sign-in page');
    await create.link('create a buyer account').click();
    await create.waitForHeading('Create a buyer account', 'create a buyer account');
    await screenshot(page, 'buyer-create-account');

    // Nothing entered, then a personal address: the summary and the field say why, and the page says what to do.
    await create.button('Create account').click();
    expect(await create.errors('create a buyer account, email missing')).toEqual(['Enter your email address']);
    await create.requestAccount('jo.bloggs@example.com');
    await page.locator('.govuk-error-summary li', { hasText: 'public sector' }).waitFor();
    expect(await create.errors('create a buyer account, not a public sector address')).toEqual([NOT_PUBLIC_SECTOR]);
    expect(await create.inlineError('Your work email address')).toBe(NOT_PUBLIC_SECTOR);
    await expect(page.locator('.govuk-error-summary__body > p').innerText()).resolves.toBe(
      'Buyer accounts are only for people who work for a public sector organisation. Use your work email address.',
    );
    const explanation = create.notRecognised();
    await expect(explanation.getByRole('heading', { level: 2 }).innerText()).resolves.toBe('If your email address was not accepted');
    await expect(explanation.innerText()).resolves.toContain('example.com is not on the list.');
    await expect(explanation.getByRole('link', { name: 'support@digitalmarketplace.service.gov.uk' }).getAttribute('href')).resolves.toBe(
      'mailto:support@digitalmarketplace.service.gov.uk',
    );
    await screenshot(page, 'buyer-create-account-not-public-sector');

    // A work address, by keyboard from the focused error summary.
    const asked = new Date(Date.now() - 1000);
    await fillAndSubmitByKeyboard(page, { 'Your work email address': b.email }, 'Create account');
    await create.waitForHeading('Check your email', 'check your email');
    await expect(page.getByText(b.email).count()).resolves.toBe(1);
    await screenshot(page, 'buyer-create-account-check-email');

    // The emailed link: name and password (errors first), then signed in on the buyer dashboard.
    const link = await create.accountLink(b.email, asked);
    await page.goto(link);
    await create.waitForHeading('Create your buyer account', 'create your buyer account');
    await expect(page.locator('.govuk-summary-list__value').innerText()).resolves.toBe(b.email);
    await create.button('Create account').click();
    expect(await create.errors('create your buyer account, missing')).toEqual(['Enter your name', 'Enter a password', 'Confirm your password']);
    await create.fillAccount(b, 'not the same passphrase');
    await page.locator('.govuk-error-summary li', { hasText: 'do not match' }).waitFor();
    expect(await create.errors('create your buyer account, mismatch')).toEqual(['The passwords you entered do not match']);
    await screenshot(page, 'buyer-create-your-account-errors');
    await create.fillAccount(b);

    await dashboard.waitForDashboard(b.name, 'buyer dashboard of the new buyer');
    await expect(dashboard.signedInEmail()).resolves.toBe(b.email);
    await expect(page.getByTestId('signed-in-as').innerText()).resolves.toBe(b.name);
    await expect(dashboard.requirements().getByText('You don’t have any requirements.').count()).resolves.toBe(1);
    await expect(dashboard.savedSearches().getByText('You don’t have any saved searches.').count()).resolves.toBe(1);
    await expect(dashboard.requirements().getByRole('link', { name: 'Find an individual specialist' }).getAttribute('href')).resolves.toBe(
      '/buyers/frameworks/digital-outcomes-and-specialists-5/requirements/digital-specialists',
    );
    await expect(dashboard.savedSearches().getByRole('link', { name: 'Find cloud hosting, software and support' }).getAttribute('href')).resolves.toBe('/g-cloud');
    await screenshot(page, 'buyer-dashboard-new');
  });

  it('changes the password, cookie settings and user research choice from the dashboard, each leading back to it', async () => {
    const page = browser.page;
    const dashboard = new BuyerDashboardPage(page, webUrl());
    const email = await dashboard.signedInEmail();
    const name = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    const newPassword = 'a changed buyer passphrase';

    // "Your account" in the header is the dashboard.
    await page.getByRole('navigation').getByRole('link', { name: 'Your account' }).click();
    await dashboard.waitForDashboard(name, 'buyer dashboard from "Your account"');

    // Change the password: back link and the confirmation both lead to the dashboard.
    await dashboard.accountSettings().getByRole('link', { name: 'Change your password' }).click();
    await dashboard.waitForHeading('Change your password', 'change your password');
    await expect(dashboard.link('Back to your account').getAttribute('href')).resolves.toBe('/buyers');
    await dashboard.button('Change password').click();
    expect(await dashboard.errors('change your password, missing')).toEqual(['Enter your current password', 'Enter a password', 'Confirm your password']);
    const changedAt = new Date(Date.now() - 1000);
    await page.getByLabel('Current password').fill('a long buyer passphrase');
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('Confirm new password').fill(newPassword);
    await dashboard.button('Change password').click();
    await dashboard.waitForDashboard(name, 'buyer dashboard, password changed');
    expect(await dashboard.successBanner()).toBe('Your password has been changed');
    await waitForEmail(email, { subject: /^Your Digital Marketplace password has been changed$/, since: changedAt });

    // Cookie settings: saved, then back to the dashboard.
    await dashboard.accountSettings().getByRole('link', { name: 'Change your cookie settings' }).click();
    await dashboard.waitForHeading('Cookies', 'cookies page from the dashboard');
    await page.getByRole('group', { name: 'Do you want to accept analytics cookies?' }).getByLabel('No').check();
    await dashboard.button('Save cookie settings').click();
    expect(await dashboard.successBanner()).toMatch(/You’ve set your cookie preferences\./);
    await dashboard.waitForHeading('Cookies', 'cookies page, saved');
    await screenshot(page, 'buyer-cookie-settings-saved');
    await dashboard.link('Go back to the page you were looking at').click();
    await dashboard.waitForDashboard(name, 'buyer dashboard after cookie settings');

    // The user research mailing list: join, then the dashboard offers to leave.
    await dashboard.accountSettings().getByRole('link', { name: 'Join the user research mailing list' }).click();
    await dashboard.waitForHeading('User research mailing list', 'user research mailing list');
    await expect(dashboard.link('Back to your account').getAttribute('href')).resolves.toBe('/buyers');
    await page.getByLabel('Send me emails inviting me to take part in user research').check();
    await dashboard.button('Save').click();
    await dashboard.waitForDashboard(name, 'buyer dashboard, joined user research');
    expect(await dashboard.successBanner()).toBe('You have joined the user research mailing list');
    await dashboard.accountSettings().getByRole('link', { name: 'Unsubscribe from the user research mailing list' }).waitFor();
    await screenshot(page, 'buyer-dashboard-settings-changed');

    // Signed out, the new password signs in, straight to the dashboard.
    await page.getByRole('navigation').getByRole('link', { name: 'Sign out' }).click();
    await page.getByRole('alert').getByText('You have signed out').waitFor();
    await dashboard.waitForHeading('Sign in to the Digital Marketplace', 'signed out');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(newPassword);
    await dashboard.button('Sign in').click();
    await dashboard.waitForDashboard(name, 'buyer dashboard, signed in again');

    // The API agrees: a buyer account with the name given, on the user research list, with nothing bought yet.
    const api = await signInOverApi(webUrl(), email, newPassword);
    const { viewer, myBriefs, myDirectAwardProjects } = await api.gql<{
      viewer: { email: string; name: string; role: string; userResearchOptedIn: boolean };
      myBriefs: unknown[];
      myDirectAwardProjects: unknown[];
    }>('{ viewer { email name role userResearchOptedIn } myBriefs { id } myDirectAwardProjects { id } }');
    expect(viewer).toEqual({ email, name, role: 'BUYER', userResearchOptedIn: true });
    expect(myBriefs).toEqual([]);
    expect(myDirectAwardProjects).toEqual([]);
  });
});
