import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AdminOpportunityBuyersPages } from './pages/AdminBuyersPages.js';
import { AdminHomePage } from './pages/AdminPages.js';
import { SearchPage } from './pages/SearchPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { checkA11y } from './support/axe.js';
import { launchBrowser, screenshot } from './support/browser.js';

const CATEGORY = 'category@crowncommercial.gov.uk';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The id and title of the first digital specialists opportunity in a status, as a person reads them off the public site. */
async function publicOpportunity(page: Page, webUrl: string, status: 'open' | 'closed'): Promise<{ id: string; title: string }> {
  const search = new SearchPage(page);
  await page.goto(`${webUrl}/digital-outcomes-and-specialists/opportunities?lot=digital-specialists&statusOpenClosed=${status}`);
  await search.waitForSummary(/in Digital specialists/);
  const result = page.locator('[data-testid="search-results"] h2 a').first();
  const title = (await result.innerText()).trim();
  await result.click();
  await page.waitForURL(/\/opportunities\/\d+$/);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  return { id: /\/opportunities\/(\d+)$/.exec(page.url())![1]!, title };
}

describe('a category admin finds the buyers of an opportunity (AD14)', () => {
  it(
    'is told what is wrong with a missing, malformed or unknown id, then sees a closed opportunity of the demo buyer with its buyers, and the withdrawal form of a live one',
    { timeout: 180_000 },
    async () => {
      const adminUrl = inject('adminUrl');
      const webUrl = inject('webUrl');
      const context = await browser.newContext();
      try {
        // The ids a buyer would quote: the end of the opportunity's address on the public site.
        const site = await context.newPage();
        const closed = await publicOpportunity(site, webUrl, 'closed');
        const live = await publicOpportunity(site, webUrl, 'open');

        const page = await context.newPage();
        const signIn = new SignInPage(page);
        await signIn.open(adminUrl);
        await signIn.signIn(CATEGORY, DEMO_PASSWORD);
        const home = new AdminHomePage(page);
        await home.waitFor('category admin home page');
        await home.task('Find the buyers of an opportunity').click();
        const buyers = new AdminOpportunityBuyersPages(page);
        await buyers.waitForFind('find the buyers of an opportunity');
        await screenshot(page, 'admin-find-buyers');

        // Nothing, not a number, and an id no opportunity has.
        await page.getByRole('button', { name: 'Find buyers' }).click();
        expect(await buyers.errors('find buyers, nothing given')).toEqual(['Enter an opportunity ID']);
        await buyers.find('the flood one');
        await page.locator('.govuk-error-summary li', { hasText: 'as a number' }).waitFor();
        expect(await buyers.errors('find buyers, not a number')).toEqual(['Enter the opportunity ID as a number, like 10423']);
        await buyers.find('99999999');
        await page.locator('.govuk-error-summary li', { hasText: 'No opportunity' }).waitFor();
        expect(await buyers.errors('find buyers, unknown id')).toEqual(['No opportunity has this ID: check the number at the end of the opportunity’s web address']);
        expect(await buyers.inlineError('Opportunity ID')).toBe('No opportunity has this ID: check the number at the end of the opportunity’s web address');
        await screenshot(page, 'admin-find-buyers-unknown');

        // The closed opportunity: its status and dates, and the demo buyer who owns it; nothing to withdraw.
        await buyers.find(closed.id);
        await buyers.waitForOpportunity(closed.title, 'opportunity and its buyers (closed)');
        const summary = await buyers.summary();
        expect(summary).toMatchObject({ Status: 'Closed', Framework: 'Digital Outcomes and Specialists 5', Lot: 'Digital specialists' });
        expect(summary.Published).toMatch(/^\d{1,2} \w+ \d{4}$/);
        expect(summary['Applications close']).toMatch(/^\d{1,2} \w+ \d{4}$/);
        const rows = await buyers.buyers();
        expect(rows.map((r) => r[1])).toContain('buyer@example.gov.uk');
        expect(rows.find((r) => r[1] === 'buyer@example.gov.uk')![0]).toBe('Bea Buyer');
        await expect(buyers.withdrawButton().count()).resolves.toBe(0);
        await screenshot(page, 'admin-opportunity-buyers');

        // A live one can be withdrawn: the confirmation asks for the reason (refused empty); the admin goes back without withdrawing.
        await page.getByRole('link', { name: 'Find another opportunity' }).click();
        await buyers.waitForFind('find the buyers of another opportunity');
        await buyers.find(live.id);
        await buyers.waitForOpportunity(live.title, 'opportunity and its buyers (live)');
        expect((await buyers.summary()).Status).toBe('Live');
        await buyers.withdrawButton().click();
        await buyers.waitForHeading('Are you sure you want to withdraw this opportunity?', 'withdraw an opportunity');
        await page.getByRole('button', { name: 'Withdraw opportunity' }).click();
        expect(await buyers.errors('withdraw an opportunity, no reason')).toEqual(['Enter why the opportunity is being withdrawn']);
        await screenshot(page, 'admin-withdraw-opportunity-error');
        await page.getByRole('link', { name: 'Back to the opportunity' }).click();
        await buyers.waitForOpportunity(live.title, 'opportunity and its buyers (live, not withdrawn)');

        // An address typed for an opportunity that does not exist is "page not found".
        await page.goto(`${adminUrl}/buyers/opportunities/99999999`);
        await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
        await checkA11y(page, 'unknown opportunity page');

        // The API agrees on the buyers shown, and the live opportunity is still live.
        const api = await signInOverApi(adminUrl, CATEGORY);
        const seen = await api.gql<{ brief: { status: string; users: Array<{ name: string; email: string }> } }>(
          'query ($id: ID!) { brief(id: $id) { status users { name email } } }',
          { id: closed.id },
        );
        expect(seen.brief.status).toBe('CLOSED');
        expect(seen.brief.users.map((u) => [u.name, u.email])).toEqual(rows.map((r) => [r[0], r[1]]));
        const still = await api.gql<{ brief: { status: string } }>('query ($id: ID!) { brief(id: $id) { status } }', { id: live.id });
        expect(still.brief.status).toBe('LIVE');
      } finally {
        await context.close();
      }
    },
  );
});
