import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AdminOpportunityBuyersPages } from './pages/AdminBuyersPages.js';
import { AdminHomePage } from './pages/AdminPages.js';
import { SearchPage } from './pages/SearchPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { checkA11y } from './support/axe.js';
import { launchBrowser, screenshot } from './support/browser.js';

// Seeded for this journey alone (server/seeds/demo-buyer.ts seedWithdrawnBrief, owned by JOURNEY_BUYERS.withdrawn).
const TITLE = 'Parents applying for school transport';
const BUYER = 'withdrawn-buyer@example.gov.uk';
const SUPPORT = 'admin@crowncommercial.gov.uk';
const REASON = 'The council has paused this work while its budget is reviewed.';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a support admin withdraws an opportunity for its buyer (AD14)', () => {
  it('finds the live opportunity by the id the buyer quotes, withdraws it with a reason, and it shows as withdrawn on the public site', { timeout: 180_000 }, async () => {
    const adminUrl = inject('adminUrl');
    const webUrl = inject('webUrl');
    const context = await browser.newContext();
    try {
      // The buyer quotes the end of the opportunity's address, as a person finds it on the public site.
      const site = await context.newPage();
      const search = new SearchPage(site);
      await site.goto(`${webUrl}/digital-outcomes-and-specialists/opportunities?q=${encodeURIComponent(TITLE)}`);
      await search.waitForSummary(/result/);
      await site.getByRole('link', { name: TITLE, exact: true }).click();
      await site.waitForURL(/\/opportunities\/\d+$/);
      await site.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      const id = /\/opportunities\/(\d+)$/.exec(site.url())![1]!;

      const page = await context.newPage();
      const signIn = new SignInPage(page);
      await signIn.open(adminUrl);
      await signIn.signIn(SUPPORT, DEMO_PASSWORD);
      const home = new AdminHomePage(page);
      await home.waitFor('support admin home');
      await home.task('Find the buyers of an opportunity').click();
      const buyers = new AdminOpportunityBuyersPages(page);
      await buyers.waitForFind('find the buyers of an opportunity');
      await buyers.find(id);
      await buyers.waitForOpportunity(TITLE, 'a live opportunity and its buyer');
      expect((await buyers.summary()).Status).toBe('Live');
      expect((await buyers.buyers()).map((r) => r[1])).toEqual([BUYER]);

      await buyers.withdrawButton().click();
      await buyers.waitForHeading('Are you sure you want to withdraw this opportunity?', 'withdraw an opportunity');
      await page.getByLabel('Why is it being withdrawn?').fill(REASON);
      await screenshot(page, 'admin-withdraw-opportunity');
      await page.getByRole('button', { name: 'Withdraw opportunity' }).click();

      await page.locator('.govuk-notification-banner--success', { hasText: `‘${TITLE}’ has been withdrawn` }).waitFor();
      await buyers.waitForOpportunity(TITLE, 'the opportunity, withdrawn');
      const summary = await buyers.summary();
      expect(summary.Status).toBe('Withdrawn');
      expect(summary['Reason for withdrawal']).toBe(REASON);
      await expect(buyers.withdrawButton().count()).resolves.toBe(0);
      await screenshot(page, 'admin-opportunity-withdrawn');

      // Suppliers reading the opportunity are told it was withdrawn.
      await site.reload();
      await site.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      await site
        .getByText(/withdrawn/i)
        .first()
        .waitFor();
      await checkA11y(site, 'public opportunity page, withdrawn');

      const api = await signInOverApi(adminUrl, SUPPORT);
      const seen = await api.gql<{ brief: { status: string; withdrawnReason: string | null } }>('query ($id: ID!) { brief(id: $id) { status withdrawnReason } }', { id });
      expect(seen.brief).toEqual({ status: 'WITHDRAWN', withdrawnReason: REASON });
    } finally {
      await context.close();
    }
  });
});
