import { describe, expect, inject, it } from 'vitest';
import { HomePage } from './pages/HomePage.js';
import { useBrowserPage } from './support/browser.js';
import { tabTo } from './support/keyboard.js';

const browser = useBrowserPage();

describe('a keyboard user skips to the main content', () => {
  it('reaches the skip link before the header, and following it puts the focus on <main>', async () => {
    const { page } = browser;
    const home = new HomePage(page);
    await home.open(inject('webUrl'));
    // Before any link of the header (a cookie banner, when it shows, comes first).
    await tabTo(page, page.getByRole('link', { name: 'Skip to main content' }), 'the skip link', [{ target: page.getByRole('link', { name: 'GOV.UK' }), name: 'the GOV.UK link' }]);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
    // The next Tab goes on from the start of the page's content, not from the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
  });
});
