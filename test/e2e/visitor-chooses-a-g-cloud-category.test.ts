import { describe, expect, inject, it } from 'vitest';
import { ChooseCategoryPage, GCloudStartPage } from './pages/GCloudEntryPages.js';
import { HomePage } from './pages/HomePage.js';
import { SearchPage } from './pages/SearchPage.js';
import { signInOverApi } from './support/api.js';
import { checkA11y } from './support/axe.js';
import { screenshot, useBrowserPage } from './support/browser.js';

const browser = useBrowserPage();
const webUrl = () => inject('webUrl');

describe('a visitor chooses a G-Cloud category (A2)', () => {
  it('reads how direct award works, must pick a category, searches one lot, then goes back and searches them all', async () => {
    const page = browser.page;
    const home = new HomePage(page);
    await home.open(webUrl());
    await page.getByRole('link', { name: 'Find cloud hosting, software and support', exact: true }).click();

    const start = new GCloudStartPage(page);
    await start.waitForPage();
    expect(await start.steps()).toEqual(['Save a search', 'Export your results', 'Start assessing services', 'Award a contract', 'Submit a Customer Benefits Record']);
    await expect(page.getByRole('main').innerText()).resolves.toMatch(/requirements[\s\S]*spend approval/);
    expect(await start.savedSearchesLink().getAttribute('href')).toBe('/buyers/direct-award/g-cloud');
    await screenshot(page, 'visitor-g-cloud-start');
    await start.startANewSearch();

    const choose = new ChooseCategoryPage(page);
    await choose.waitForPage();
    const categories = await choose.categories();
    expect(categories).toEqual(['Cloud hosting', 'Cloud software', 'Cloud support', 'All categories']);
    expect(await choose.hint('Cloud software').innerText()).toMatch(/over the internet/);
    expect((await page.locator('.govuk-radios__divider').innerText()).trim()).toBe('or');

    await choose.search();
    const errors = await choose.errors('choose a category: nothing chosen');
    expect(errors.summary).toEqual(['Select a category']);
    expect(errors.inline).toMatch(/Select a category$/);
    expect(await page.title()).toMatch(/^Error: Choose a category/);
    await screenshot(page, 'visitor-choose-category-error');

    await choose.search('Cloud software');
    await page.waitForURL(/\/g-cloud\/search\?lot=cloud-software$/);
    const search = new SearchPage(page);
    expect(await search.waitForSummary(/results? found in Cloud software$/)).toMatch(/^\d+ results? found in Cloud software$/);
    await screenshot(page, 'visitor-g-cloud-search-one-lot');

    await page.goBack();
    await choose.waitForPage('choose a category again');
    await choose.search('All categories');
    await page.waitForURL((u) => u.pathname === '/g-cloud/search' && u.search === '');
    expect(await search.waitForSummary(/results? found in All categories$/)).toMatch(/^\d+ results? found in All categories$/);

    // Back past the start page goes home: /g-cloud did not stay in the history.
    await page.goBack();
    await choose.waitForPage('choose a category on the way back');
    await page.goBack();
    await start.waitForPage('start page on the way back');
    await page.goBack();
    await home.waitForPage('home page on the way back');

    // The categories offered are the lots of the latest live G-Cloud framework.
    const api = await signInOverApi(webUrl(), 'buyer@example.gov.uk');
    const { frameworks } = await api.gql<{ frameworks: Array<{ slug: string; lots: Array<{ name: string }> }> }>(
      '{ frameworks(family: G_CLOUD, status: [LIVE]) { slug lots { name } } }',
    );
    expect([...frameworks[0]!.lots.map((l) => l.name), 'All categories']).toEqual(categories);
  });

  it('says the category page is not found for another framework family', async () => {
    // Only G-Cloud has a direct award start: the DOS equivalent does not exist.
    await browser.page.goto(`${webUrl()}/buyers/direct-award/digital-outcomes-and-specialists/choose-lot`);
    await browser.page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await checkA11y(browser.page, 'another family’s choose-lot page');
  });
});
