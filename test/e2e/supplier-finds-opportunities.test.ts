import { describe, expect, inject, it } from 'vitest';
import { DetailPages } from './pages/DetailPages.js';
import { SearchPage } from './pages/SearchPage.js';
import { screenshot, useBrowserPage } from './support/browser.js';
import { expectFocus } from './support/keyboard.js';

const browser = useBrowserPage();

const url = (path: string) => `${inject('webUrl')}${path}`;

describe('a supplier finds DOS opportunities (Chromium → SPA → API → search index)', () => {
  it('lists open and closed opportunities, live first, with lots, status and location filters', async () => {
    const search = new SearchPage(browser.page);
    await search.open(url('/digital-outcomes-and-specialists/opportunities'));
    expect(await search.waitForSummary(/^\d+ results found in All categories$/)).toMatch(/results found in All categories/);
    const statuses = await browser.page.getByTestId('opportunity-status').allInnerTexts();
    const firstClosed = statuses.findIndex((s) => s.startsWith('Closed'));
    expect(statuses[0]).toMatch(/^Published: .* · Closing: /);
    expect(firstClosed).toBeGreaterThan(0);
    expect(statuses.slice(firstClosed).every((s) => s.startsWith('Closed'))).toBe(true); // live first
    expect(statuses).not.toContain('Withdrawn');

    // By keyboard: the ticked box, then "Clear filters", keep the focus once the new results show.
    await search.toggleFilterByKeyboard('Status', 'open');
    await browser.page.waitForURL(/statusOpenClosed=open/);
    await browser.page.waitForFunction(() => Array.from(document.querySelectorAll('[data-testid="opportunity-status"]')).every((s) => s.textContent?.startsWith('Published')));
    await search.expectFilterFocused('open');
    await search.checkA11y('open opportunities');
    await search.clearFiltersByKeyboard();
    await browser.page.waitForURL((u) => !u.search.includes('statusOpenClosed'));
    await browser.page.waitForFunction(() => Array.from(document.querySelectorAll('[data-testid="opportunity-status"]')).some((s) => s.textContent?.startsWith('Closed')));
    await search.checkA11y('filters cleared');
    await expectFocus(browser.page, search.clearFiltersLink(), 'Clear filters');
    await search.toggleFilterByKeyboard('Status', 'open');
    await browser.page.waitForURL(/statusOpenClosed=open/);

    await browser.page.getByTestId('lot-list').getByRole('link', { name: 'Digital specialists' }).click();
    await browser.page.waitForURL(/lot=digital-specialists/);
    await search.waitForSummary(/in Digital specialists$/);
    await expect(browser.page.locator('details summary', { hasText: 'Specialist role' }).count()).resolves.toBe(1);
    await screenshot(browser.page, 'supplier-finds-opportunities');
  });

  it('opens an opportunity page with its dates and details', async () => {
    const search = new SearchPage(browser.page);
    await search.open(url('/digital-outcomes-and-specialists/opportunities?q=planning'));
    await search.waitForSummary(/containing planning/);
    const title = (await search.resultTitles())[0]!;
    // Each result reads "organisation · location" under its title.
    const organisation = (await browser.page.locator('[data-testid="search-results"] li').first().locator('p').first().innerText()).split(' · ')[0]!;
    await browser.page.locator('[data-testid="search-results"] h2 a').first().click();
    await browser.page.waitForURL(/\/opportunities\/\d+$/);
    const pages = new DetailPages(browser.page);
    await pages.waitForHeading(title, 'opportunity page');
    await expect(browser.page.locator('.govuk-caption-l').innerText()).resolves.toBe(organisation);
    await expect(browser.page.getByText('Closing date for applications').count()).resolves.toBe(1);
    // The requirements in the sections of the display manifest.
    await expect(browser.page.getByRole('heading', { level: 2, name: 'Overview' }).count()).resolves.toBe(1);
    await expect(browser.page.locator('[id="01-overview"] .govuk-summary-list__key').allInnerTexts()).resolves.toContain('Organisation the work is for');
    await pages.expectNotFound(url('/digital-outcomes-and-specialists/opportunities/999999'));
  });
});
