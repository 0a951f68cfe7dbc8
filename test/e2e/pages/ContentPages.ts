import type { Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

/** The public site's pages of guidance and policy, and the cookie banner every public page carries. */
export class ContentPages {
  constructor(private readonly page: Page) {}

  /** Waits for the level-1 heading, checks the page and answers the document title. */
  async waitForHeading(name: string, state: string): Promise<string> {
    await this.page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
    await checkA11y(this.page, state);
    return this.page.title();
  }

  cookieBanner(): Locator {
    return this.page.getByRole('region', { name: 'Cookies on Digital Marketplace' });
  }

  /** The banner's answer buttons: "Accept analytics cookies", "Reject analytics cookies", "Hide this message". */
  bannerButton(name: string): Locator {
    return this.cookieBanner().getByRole('button', { name, exact: true });
  }

  /** The banner's confirmation once the visitor has answered (checked for accessibility). */
  async bannerConfirmation(state: string): Promise<string> {
    const message = this.cookieBanner().getByRole('alert');
    await message.waitFor();
    await checkA11y(this.page, state);
    return (await message.innerText()).replace(/\s+/g, ' ').trim();
  }

  /** The recorded cookie choice, as the browser holds it. */
  async cookiePolicyCookie(): Promise<{ value: unknown; sameSite: string; expires: number } | null> {
    const cookie = (await this.page.context().cookies()).find((c) => c.name === 'dm_cookies_policy');
    return cookie ? { value: JSON.parse(decodeURIComponent(cookie.value)), sameSite: cookie.sameSite, expires: cookie.expires } : null;
  }

  /** On the cookies page: the analytics answer ticked now ("Yes", "No" or null). */
  async analyticsAnswer(): Promise<string | null> {
    for (const answer of ['Yes', 'No']) if (await this.page.getByRole('radio', { name: answer, exact: true }).isChecked()) return answer;
    return null;
  }

  async saveCookieSettings(answer?: 'Yes' | 'No'): Promise<void> {
    if (answer) await this.page.getByRole('radio', { name: answer, exact: true }).check();
    await this.page.getByRole('button', { name: 'Save cookie settings' }).click();
  }

  /** The lines of the GOV.UK error summary once it shows, checked for accessibility. */
  async errorSummary(state: string): Promise<string[]> {
    const summary = this.page.locator('.govuk-error-summary');
    await summary.waitFor();
    await checkA11y(this.page, state);
    return (await summary.locator('li').allInnerTexts()).map((t) => t.trim());
  }

  /** The success banner's text once it shows, checked for accessibility. */
  async successBanner(state: string): Promise<string> {
    const banner = this.page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    await checkA11y(this.page, state);
    return (await banner.innerText()).replace(/\s+/g, ' ').trim();
  }
}
