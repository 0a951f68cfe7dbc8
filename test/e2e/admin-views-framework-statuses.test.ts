import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AdminFrameworksPage } from './pages/AdminFrameworksPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { launchBrowser, screenshot } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('an admin views framework statuses on the admin origin', () => {
  it('sends a visitor who is not signed in to the admin sign-in page', async () => {
    const page = await browser.newPage();
    await page.goto(`${inject('adminUrl')}/`);
    await page.waitForURL(/\/sign-in\?next=%2F$/);
    await new SignInPage(page).waitForForm();
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Sign in to the Digital Marketplace admin');
  });

  it('serves the admin app on its own port, listing every framework with its status', async () => {
    const adminUrl = inject('adminUrl');
    expect(new URL(adminUrl).port).not.toBe(new URL(inject('webUrl')).port);
    const page = await browser.newPage();
    const signIn = new SignInPage(page);
    await signIn.open(adminUrl);
    await signIn.signIn('framework-manager@crowncommercial.gov.uk', 'marketplace demo password');
    await expect(page.getByTestId('signed-in-as').innerText()).resolves.toBe('Fran Framework (Manage framework applications)');
    expect((await page.context().cookies()).map((c) => c.name)).toEqual(['dm_admin_session']);
    const admin = new AdminFrameworksPage(page);
    await admin.open(adminUrl);
    await screenshot(page, 'admin-views-framework-statuses');
    const statuses = await admin.statuses();
    expect(Object.keys(statuses)).toHaveLength(16);
    expect(statuses).toMatchObject({
      'G-Cloud 13': 'Live',
      'Digital Outcomes and Specialists 5': 'Live',
      'G-Cloud 14': 'Open',
      'G-Cloud 12': 'Expired',
      'Digital Outcomes and Specialists 4': 'Expired',
    });
    expect(await page.title()).toBe('Frameworks – Digital Marketplace admin');
  });
});
