import type { Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

/**
 * Pages reached by a link or an address that the journeys only read: a service, an opportunity,
 * page not found. Each wait ends with the accessibility check of the state reached.
 */
export class DetailPages {
  constructor(private readonly page: Page) {}

  /** Waits for the level-1 heading, then checks the page. */
  async waitForHeading(name: string, state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
    await checkA11y(this.page, state);
  }

  /** Goes to an address and expects the page-not-found page. */
  async expectNotFound(url: string): Promise<void> {
    await this.page.goto(url);
    await this.waitForHeading('Page not found', `page not found (${new URL(url).pathname})`);
  }
}
