import { describe, expect, inject, it } from 'vitest';
import { ContentPages } from './pages/ContentPages.js';
import { HomePage } from './pages/HomePage.js';
import { screenshot, useBrowserPage } from './support/browser.js';

const browser = useBrowserPage();
const YEAR_SECONDS = 365 * 24 * 3600;

describe('a visitor sets their cookie preferences', () => {
  it('accepts analytics cookies from the banner, then changes their mind on the cookies page', async () => {
    const home = new HomePage(browser.page);
    const pages = new ContentPages(browser.page);
    await browser.page.context().clearCookies();
    await home.open(inject('webUrl'));
    await pages.cookieBanner().waitFor();
    await screenshot(browser.page, 'visitor-sees-cookie-banner');

    await pages.bannerButton('Accept analytics cookies').click();
    expect(await pages.bannerConfirmation('cookie banner: accepted')).toBe('You’ve accepted analytics cookies. You can change your cookie settings at any time. Hide this message');
    // The confirmation takes the focus, so that screen readers read it.
    await expect(browser.page.evaluate(() => document.activeElement?.hasAttribute('data-cookie-confirmation'))).resolves.toBe(true);
    await screenshot(browser.page, 'visitor-accepts-analytics-cookies');
    const accepted = await pages.cookiePolicyCookie();
    expect(accepted).toMatchObject({ value: { essential: true, analytics: true }, sameSite: 'Lax' });
    expect(accepted!.expires - Date.now() / 1000).toBeGreaterThan(YEAR_SECONDS - 3600);

    // The next page has no banner, nor does the same page loaded again.
    await home.footerLink('Help').click();
    await pages.waitForHeading('Help using the Digital Marketplace', 'help page after accepting cookies');
    expect(await pages.cookieBanner().count()).toBe(0);
    await browser.page.reload();
    await pages.waitForHeading('Help using the Digital Marketplace', 'help page reloaded');
    expect(await pages.cookieBanner().count()).toBe(0);

    // The cookies page shows the choice made in the banner, and changes it.
    await home.footerLink('Cookies').click();
    await pages.waitForHeading('Cookies', 'cookies page after accepting');
    expect(await pages.analyticsAnswer()).toBe('Yes');
    await expect(browser.page.getByRole('main').innerText()).resolves.toMatch(/does not set any analytics cookies/);
    await pages.saveCookieSettings('No');
    expect(await pages.successBanner('cookie settings saved: rejected')).toMatch(/You’ve set your cookie preferences\./);
    await screenshot(browser.page, 'visitor-saves-cookie-settings');
    expect((await pages.cookiePolicyCookie())?.value).toEqual({ essential: true, analytics: false });

    await browser.page.reload();
    await pages.waitForHeading('Cookies', 'cookies page reloaded');
    expect(await pages.analyticsAnswer()).toBe('No');
    await home.open(inject('webUrl'));
    expect(await pages.cookieBanner().count()).toBe(0);
  });

  it('asks for an answer on the cookies page before saving, when none was given yet', async () => {
    const pages = new ContentPages(browser.page);
    await browser.page.context().clearCookies();
    await browser.page.goto(`${inject('webUrl')}/cookies`);
    await pages.waitForHeading('Cookies', 'cookies page, no choice yet');
    // The cookies page asks the question itself: no banner on it.
    expect(await pages.cookieBanner().count()).toBe(0);
    expect(await pages.analyticsAnswer()).toBeNull();

    await pages.saveCookieSettings();
    expect(await pages.errorSummary('cookie settings with an error')).toEqual(['Select yes if you want to accept analytics cookies']);
    await expect(browser.page.locator('#analytics-error').innerText()).resolves.toMatch(/Select yes if you want to accept analytics cookies/);
    await expect(browser.page.title()).resolves.toBe('Error: Cookies – Digital Marketplace');
    await screenshot(browser.page, 'visitor-saves-cookie-settings-without-an-answer');
    expect(await pages.cookiePolicyCookie()).toBeNull();

    await pages.saveCookieSettings('Yes');
    expect(await pages.successBanner('cookie settings saved: accepted')).toMatch(/You’ve set your cookie preferences\./);
    await expect(browser.page.title()).resolves.toBe('Cookies – Digital Marketplace');
    expect((await pages.cookiePolicyCookie())?.value).toEqual({ essential: true, analytics: true });
  });

  it('rejects analytics cookies from the banner and hides the message', async () => {
    const home = new HomePage(browser.page);
    const pages = new ContentPages(browser.page);
    await browser.page.context().clearCookies();
    await home.open(inject('webUrl'));
    await pages.bannerButton('Reject analytics cookies').click();
    expect(await pages.bannerConfirmation('cookie banner: rejected')).toMatch(/^You’ve rejected analytics cookies\./);
    await screenshot(browser.page, 'visitor-rejects-analytics-cookies');
    await pages.bannerButton('Hide this message').click();
    await pages.cookieBanner().waitFor({ state: 'detached' });
    await home.waitForPage('home page, cookie message hidden');
    expect((await pages.cookiePolicyCookie())?.value).toEqual({ essential: true, analytics: false });

    await browser.page.reload();
    await home.waitForPage('home page reloaded after rejecting');
    expect(await pages.cookieBanner().count()).toBe(0);
  });
});
