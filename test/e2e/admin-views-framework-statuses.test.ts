import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AdminFrameworksPage } from './pages/AdminFrameworksPage.js';
import { launchBrowser, screenshot } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('an admin views framework statuses on the admin origin', () => {
  it('serves the admin app on its own port, listing every framework with its status', async () => {
    const adminUrl = inject('adminUrl');
    expect(new URL(adminUrl).port).not.toBe(new URL(inject('webUrl')).port);
    const page = await browser.newPage();
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
    expect(await page.title()).toBe('Digital Marketplace admin');
  });
});
