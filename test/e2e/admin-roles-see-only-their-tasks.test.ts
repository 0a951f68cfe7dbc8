import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AdminHomePage, waitForNotAllowed } from './pages/AdminPages.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD } from './support/api.js';
import { launchBrowser, screenshot } from './support/browser.js';

/**
 * The permission matrix (dm-journeys §3), for every admin task on the home page, written out here on its
 * own so that the app's task catalogue is checked against it rather than against itself.
 */
const TASKS = {
  'View and edit admin accounts': { path: '/admin-users', roles: ['admin-manager'] },
  'View frameworks and their status': { path: '/frameworks', roles: ['admin', 'admin-manager', 'framework-manager', 'sourcing', 'data-controller', 'category'] },
  'Review service changes': { path: '/service-edits', roles: ['category'] },
  // AD14 buyers
  'Find the buyers of an opportunity': { path: '/buyers', roles: ['admin', 'category'] },
  'Manage buyer email domains': { path: '/buyer-email-domains', roles: ['admin', 'category'] },
  'View supplier framework agreements': { path: '/agreements', roles: ['framework-manager', 'sourcing', 'data-controller', 'category'] },
  // AD1–AD3 suppliers, AD4 users
  'Find a supplier': { path: '/suppliers', roles: ['admin', 'framework-manager', 'sourcing', 'data-controller', 'category'] },
  'Find a user by email': { path: '/users', roles: ['admin', 'data-controller', 'category'] },
  // AD16 application statistics; the audit event browser (operations)
  'View application statistics': { path: '/statistics', roles: ['framework-manager', 'sourcing'] },
  'Browse audit events': { path: '/audit-events', roles: ['admin', 'framework-manager', 'sourcing', 'data-controller', 'category'] },
  // AD12 communications, AD17 framework status, AD13 reports
  'Manage framework communications': { path: '/communications', roles: ['framework-manager'] },
  'Change a framework’s status': { path: '/frameworks/status', roles: ['framework-manager'] },
  'Contact suppliers: download supplier lists': { path: '/reports/supplier-lists', roles: ['framework-manager', 'data-controller', 'category'] },
  'Download buyer and user research lists': { path: '/reports/users', roles: ['framework-manager'] },
  'Download outcomes and opportunity data': { path: '/reports/outcomes', roles: ['framework-manager', 'sourcing', 'category'] },
  // AD1 service ID search, AD6 services
  'Find a service by its ID': { path: '/services', roles: ['admin', 'framework-manager', 'category'] },
  // Operations: search indices, background jobs, the email outbox
  'Search indices': { path: '/operations/search-indices', roles: ['admin', 'framework-manager'] },
  'Background jobs': { path: '/operations/jobs', roles: ['admin', 'framework-manager'] },
  'Email outbox': { path: '/operations/emails', roles: ['admin', 'framework-manager'] },
} as const;
const ROLES = ['admin', 'admin-manager', 'framework-manager', 'sourcing', 'data-controller', 'category'] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('each admin role sees only the tasks the permission matrix gives it', () => {
  it.each(ROLES)('%s: the home page lists its tasks, each opens, and a forbidden task typed in is "not allowed"', async (role) => {
    const adminUrl = inject('adminUrl');
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const signIn = new SignInPage(page);
      await signIn.open(adminUrl);
      await signIn.signIn(`${role}@crowncommercial.gov.uk`, DEMO_PASSWORD);
      const home = new AdminHomePage(page);
      await home.waitFor(`admin home page (${role})`);
      const allowed = Object.entries(TASKS).filter(([, t]) => (t.roles as readonly string[]).includes(role));
      // The matrix is about which tasks, not their order on the page: the home groups them as it likes.
      expect([...(await home.tasks())].sort()).toEqual(allowed.map(([title]) => title).sort());
      if (role === 'admin-manager') await screenshot(page, 'admin-home-admin-manager');
      // Sourcing (who countersigns) sees how many approved agreements wait for a countersignature.
      if (role === 'sourcing') {
        const agreements = page
          .getByTestId('admin-tasks')
          .locator('li')
          .filter({ has: page.getByRole('link', { name: 'View supplier framework agreements', exact: true }) });
        await expect(agreements.getByTestId('task-count').innerText()).resolves.toMatch(/^(No agreements|1 agreement|\d+ agreements) to countersign$/);
      }

      for (const [title, t] of allowed) {
        await home.task(title).click();
        await page.waitForURL((u) => u.pathname === t.path);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await expect(page.getByRole('heading', { level: 1, name: 'You are not allowed to do this' }).count()).resolves.toBe(0);
        await page.goBack();
        await home.waitFor(`admin home page again (${role})`);
      }
      for (const [, t] of Object.entries(TASKS).filter(([, t]) => !(t.roles as readonly string[]).includes(role))) {
        await page.goto(`${adminUrl}${t.path}`);
        await waitForNotAllowed(page, `${t.path} not allowed (${role})`);
        if (role === 'category') await screenshot(page, 'admin-not-allowed');
      }
    } finally {
      await context.close();
    }
  });
});
