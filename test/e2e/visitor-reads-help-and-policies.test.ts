import { describe, expect, inject, it } from 'vitest';
import { ContentPages } from './pages/ContentPages.js';
import { HomePage } from './pages/HomePage.js';
import { screenshot, useBrowserPage } from './support/browser.js';

const browser = useBrowserPage();

/** Footer link → the page's H1, and the file its screenshot is saved as. */
const FOOTER_PAGES: Array<[link: string, heading: string, path: string]> = [
  ['Help', 'Help using the Digital Marketplace', '/help'],
  ['Cookies', 'Cookies', '/cookies'],
  ['Privacy', 'Privacy notice', '/privacy-notice'],
  ['Accessibility statement', 'Accessibility statement for the Digital Marketplace', '/accessibility-statement'],
  ['Terms and conditions', 'Terms and conditions', '/terms-and-conditions'],
];

describe('a visitor reads the help and policy pages', () => {
  it('opens each page from the footer, each with its own heading and title', async () => {
    const home = new HomePage(browser.page);
    const pages = new ContentPages(browser.page);
    await home.open(inject('webUrl'));
    const titles = new Set<string>();
    for (const [link, heading, path] of FOOTER_PAGES) {
      await home.footerLink(link).click();
      await browser.page.waitForURL((u) => u.pathname === path);
      const title = await pages.waitForHeading(heading, `${path} page`);
      expect(title).toBe(`${heading} – Digital Marketplace`);
      titles.add(title);
      await screenshot(browser.page, `visitor-reads${path.replace(/\//g, '-')}`);
    }
    expect(titles.size).toBe(FOOTER_PAGES.length);

    // The accessibility statement is about this service: the standard, how it is tested, what is not accessible yet.
    await home.footerLink('Accessibility statement').click();
    await pages.waitForHeading('Accessibility statement for the Digital Marketplace', 'accessibility statement again');
    const statement = await browser.page.getByRole('main').innerText();
    expect(statement).toMatch(/WCAG\) version 2\.2 AA/);
    expect(statement).toMatch(/axe-core/);
    expect(statement).toMatch(/Non-accessible content/);
    expect(statement).toMatch(/prepared on \d{1,2} \w+ \d{4}/);
  });

  it('finds physical datacentre space from the home page, and help from the phase banner', async () => {
    const home = new HomePage(browser.page);
    const pages = new ContentPages(browser.page);
    await home.open(inject('webUrl'));
    await browser.page.getByRole('link', { name: 'Find physical datacentre space' }).click();
    expect(await pages.waitForHeading('Find physical datacentre space', 'crown hosting page')).toBe('Find physical datacentre space – Digital Marketplace');
    await screenshot(browser.page, 'visitor-reads-crown-hosting');

    await browser.page.getByRole('link', { name: 'give your feedback' }).click();
    await pages.waitForHeading('Help using the Digital Marketplace', 'help page from the phase banner');
    await expect(
      browser.page
        .getByRole('main')
        .getByRole('link', { name: /@digitalmarketplace\.service\.gov\.uk$/ })
        .getAttribute('href'),
    ).resolves.toMatch(/^mailto:/);

    // Reading a page again later shows the same page.
    await browser.page.reload();
    await pages.waitForHeading('Help using the Digital Marketplace', 'help page reloaded');
  });

  it('links the GOV.UK icons and the web app manifest, which the site serves', async () => {
    await new HomePage(browser.page).open(inject('webUrl'));
    const links = await browser.page
      .locator('head link[rel~="icon"], head link[rel="manifest"], head link[rel="apple-touch-icon"]')
      .evaluateAll((els) => els.map((el) => (el as HTMLLinkElement).href));
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const href of links) {
      const res = await fetch(href);
      expect([href, res.status, res.headers.get('content-type')?.startsWith('text/html')]).toEqual([href, 200, false]);
    }
  });
});
