import { describe, expect, inject, it } from 'vitest';
import { DetailPages } from './pages/DetailPages.js';
import { HomePage } from './pages/HomePage.js';
import { screenshot, useBrowserPage } from './support/browser.js';

const browser = useBrowserPage();

describe('a visitor views the live frameworks (Chromium → SPA → API → Postgres)', () => {
  it('shows G-Cloud 13 and DOS 5 with their lots, from the seeded database', async () => {
    const home = new HomePage(browser.page);
    await home.open(inject('webUrl'));
    await screenshot(browser.page, 'visitor-views-live-frameworks');
    expect(await home.frameworkNames()).toEqual(['G-Cloud 13', 'Digital Outcomes and Specialists 5']);
    expect(await home.lotsOf('G-Cloud 13')).toEqual(['Cloud hosting', 'Cloud software', 'Cloud support']);
    expect(await home.lotsOf('Digital Outcomes and Specialists 5')).toEqual([
      'Digital outcomes — buyers can publish requirements',
      'Digital specialists — buyers can publish requirements',
      'User research participants — buyers can publish requirements',
      'User research studios',
    ]);
  });

  it('tells suppliers which framework is open for applications', async () => {
    const home = new HomePage(browser.page);
    await home.open(inject('webUrl'));
    await expect(home.openApplicationsBanner().innerText()).resolves.toMatch(/G-Cloud 14 is open for applications until \d{1,2} \w+ \d{4}\./);
  });

  it('shows a page-not-found page for an unknown address', async () => {
    await new DetailPages(browser.page).expectNotFound(`${inject('webUrl')}/no-such-page`);
    await expect(browser.page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Page not found');
  });

  it('has a skip link and one main landmark', async () => {
    const home = new HomePage(browser.page);
    await home.open(inject('webUrl'));
    await expect(browser.page.getByRole('link', { name: 'Skip to main content' }).getAttribute('href')).resolves.toBe('#main-content');
    expect(await browser.page.getByRole('main').count()).toBe(1);
    expect(await browser.page.locator('html').getAttribute('lang')).toBe('en');
  });
});
