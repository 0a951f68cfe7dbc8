import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AdminHomePage } from './pages/AdminPages.js';
import { AdminStatisticsPages } from './pages/AdminStatisticsPages.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { launchBrowser, screenshot } from './support/browser.js';

/*
 * The open G-Cloud 14 has seeded applications (server/seeds/demo.ts seedG14Application: the demo
 * supplier's and Bright Research Studio's, each with a started declaration and a submitted and a
 * started service on each of the three lots); other journeys add to them, so the journey checks the
 * page against itself and the API rather than against fixed numbers. It changes no data.
 */
const MANAGER = 'framework-manager@crowncommercial.gov.uk';
const SUMMARY_LABELS = ['Suppliers interested', 'Declarations started', 'Declarations complete', 'Services started', 'Services submitted', 'Complete applications'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a framework manager reads the application statistics of a framework (AD16)', () => {
  it('opens G-Cloud 14 from the home page, refreshes the figures, and reads them by lot and day; the API has the same', { timeout: 180_000 }, async () => {
    const adminUrl = inject('adminUrl');
    const context = await browser.newContext();
    let shown: Record<string, number>;
    try {
      const page = await context.newPage();
      const signIn = new SignInPage(page);
      await signIn.open(adminUrl);
      await signIn.signIn(MANAGER, DEMO_PASSWORD);
      const home = new AdminHomePage(page);
      await home.waitFor('framework manager home page');
      await home.task('View application statistics').click();

      const pages = new AdminStatisticsPages(page);
      await pages.waitForFrameworks('frameworks with application statistics');
      const listed = await page.getByTestId('statistics-frameworks').getByRole('link').allInnerTexts();
      expect(listed[0]).toBe('G-Cloud 14 application statistics');
      expect(listed).toContain('G-Cloud 13 application statistics');
      expect(listed).not.toContain('G-Cloud 12 application statistics');
      await screenshot(page, 'admin-statistics-frameworks');

      await page.getByRole('link', { name: 'G-Cloud 14 application statistics' }).click();
      await page.waitForURL((u) => u.pathname === '/statistics/g-cloud-14');
      await pages.waitForStatistics('G-Cloud 14', 'G-Cloud 14 statistics');
      expect(Object.keys(await pages.summary())).toEqual(SUMMARY_LABELS);
      expect(await pages.refreshedAt()).toMatch(/^Counted at .+ on \d{1,2} \w+ \d{4}\. The figures are counted again every 15 minutes\.$/);

      // Counted again on demand: the success banner, and the time of this count (the API's, below).
      await pages.refresh('statistics just refreshed');
      expect(await page.locator('.govuk-notification-banner--success').innerText()).toMatch(/The statistics were counted again just now/);
      shown = await pages.summary();
      // The two seeded applications at least: started declarations, a submitted and a started service on each lot.
      expect(shown['Suppliers interested']).toBeGreaterThanOrEqual(2);
      expect(shown['Declarations started']).toBeGreaterThanOrEqual(2);
      expect(shown['Services started']).toBeGreaterThanOrEqual(12);
      expect(shown['Services submitted']).toBeGreaterThanOrEqual(6);
      expect(shown['Services started']).toBeGreaterThanOrEqual(shown['Services submitted']!);

      const lots = await pages.lots();
      expect(lots.map(([lot]) => lot)).toEqual(['Cloud hosting', 'Cloud software', 'Cloud support']);
      for (const [, started, submitted, suppliers] of lots) {
        expect(started).toBeGreaterThanOrEqual(4);
        expect(submitted).toBeGreaterThanOrEqual(2);
        expect(suppliers).toBeGreaterThanOrEqual(2);
      }
      expect(lots.reduce((sum, [, started]) => sum + started!, 0)).toBe(shown['Services started']);
      expect(lots.reduce((sum, [, , submitted]) => sum + submitted!, 0)).toBe(shown['Services submitted']);

      // Day by day: running totals, never falling, ending at today's figures.
      const days = await pages.days();
      expect(days.length).toBeGreaterThanOrEqual(1);
      for (let i = 1; i < days.length; i++) for (let c = 1; c <= 5; c++) expect(days[i]![c]).toBeGreaterThanOrEqual(days[i - 1]![c] as number);
      expect(days.at(-1)!.slice(1)).toEqual(SUMMARY_LABELS.slice(0, 5).map((l) => shown[l]));
      await screenshot(page, 'admin-statistics-g-cloud-14');
    } finally {
      await context.close();
    }

    // The API counts the same, as of the same refresh.
    const api = await signInOverApi(adminUrl, MANAGER);
    const { applicationStatistics: stats } = await api.gql<{
      applicationStatistics: { refreshedAt: string; totals: Record<string, number>; lots: Array<{ lotName: string; servicesStarted: number }>; days: Array<{ day: string }> };
    }>(
      '{ applicationStatistics(frameworkSlug: "g-cloud-14") { refreshedAt totals { interestedSuppliers declarationsStarted declarationsComplete servicesStarted servicesSubmitted completeApplications } lots { lotName servicesStarted } days { day } } }',
    );
    expect(Date.now() - new Date(stats.refreshedAt).getTime()).toBeLessThan(120_000);
    expect([
      stats.totals.interestedSuppliers,
      stats.totals.declarationsStarted,
      stats.totals.declarationsComplete,
      stats.totals.servicesStarted,
      stats.totals.servicesSubmitted,
      stats.totals.completeApplications,
    ]).toEqual(SUMMARY_LABELS.map((l) => shown[l]));
    expect(stats.lots.map((l) => l.lotName)).toEqual(['Cloud hosting', 'Cloud software', 'Cloud support']);
  });
});
