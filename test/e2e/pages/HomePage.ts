import type { Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

/** The public home page, as a buyer or supplier sees it. */
export class HomePage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/`);
    await this.waitForPage();
  }

  /** Waits for the page (after a navigation or a redirect) and checks it for accessibility. */
  async waitForPage(state = 'home page'): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Digital Marketplace' }).waitFor();
    await this.page.locator('[data-testid^="framework-"]').first().waitFor();
    await checkA11y(this.page, state);
  }

  framework(name: string): Locator {
    return this.page.getByRole('region', { name });
  }

  async lotsOf(name: string): Promise<string[]> {
    return (await this.framework(name).getByRole('listitem').allInnerTexts()).map((t) => t.trim());
  }

  async frameworkNames(): Promise<string[]> {
    return this.page.locator('[data-testid^="framework-"] h3').allInnerTexts();
  }

  openApplicationsBanner(): Locator {
    return this.page.locator('.govuk-notification-banner');
  }

  /** A link in the footer's support links (help, cookies, the A to Z…). */
  footerLink(name: string): Locator {
    return this.page.getByRole('contentinfo').getByRole('link', { name, exact: true });
  }

  /** "Become a supplier", shown to everyone but signed-in suppliers. */
  becomeASupplierLink(): Locator {
    return this.page.getByRole('main').getByRole('link', { name: 'Become a supplier', exact: true });
  }

  /** "Sign up for email alerts" in the "Sell to the public sector" column. */
  mailingListLink(): Locator {
    return this.page.getByRole('main').getByRole('link', { name: 'Sign up for email alerts', exact: true });
  }

  /** The success banner's text once it shows (the page is checked by waitForPage). */
  async successBanner(): Promise<string> {
    const banner = this.page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    return (await banner.innerText()).replace(/\s+/g, ' ').trim();
  }
}
