import type { Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

/**
 * What every GOV.UK page of the journeys has: a level-1 heading, an error summary once a form is
 * refused, a success banner after saving, summary lists. Each wait ends with the accessibility
 * check of the state reached.
 */
export class FormPages {
  constructor(readonly page: Page) {}

  /** Waits for the page whose level-1 heading is `name`, then checks it. */
  async waitForHeading(name: string | RegExp, state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
    await checkA11y(this.page, state);
  }

  /** The lines of the error summary once it shows, after checking that it has the focus and the title says "Error:". */
  async errors(state: string): Promise<string[]> {
    const summary = this.page.locator('.govuk-error-summary');
    await summary.waitFor();
    await this.page.waitForFunction(() => document.activeElement?.classList.contains('govuk-error-summary') && document.title.startsWith('Error: '));
    await checkA11y(this.page, state);
    return (await summary.locator('li').allInnerTexts()).map((t) => t.trim());
  }

  /** The inline error of the field labelled `label`. */
  async inlineError(label: string): Promise<string> {
    const id = await this.page.getByLabel(label, { exact: true }).getAttribute('id');
    return (await this.page.locator(`[id="${id}-error"]`).innerText()).replace(/^Error:\s*/, '').trim();
  }

  /** The text of the success banner once it shows. */
  async successBanner(): Promise<string> {
    const banner = this.page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    return (await banner.locator('.govuk-notification-banner__content').innerText()).trim();
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  link(name: string | RegExp): Locator {
    return this.page.getByRole('link', { name, exact: typeof name === 'string' });
  }

  /** A summary list row by its key: its value and its action link's visible text. */
  async row(key: string): Promise<{ value: string; action: string }> {
    const row = this.page.locator('.govuk-summary-list__row').filter({ has: this.page.locator('.govuk-summary-list__key', { hasText: new RegExp(`^${key}$`) }) });
    const value = (await row.locator('.govuk-summary-list__value').innerText()).trim();
    const action = (await row.locator('.govuk-summary-list__actions a').count())
      ? (await row.locator('.govuk-summary-list__actions a').evaluate((a) => a.firstChild?.textContent ?? '')).trim()
      : '';
    return { value, action };
  }

  /** Follows a summary list row's action link. */
  async followRow(key: string): Promise<void> {
    const row = this.page.locator('.govuk-summary-list__row').filter({ has: this.page.locator('.govuk-summary-list__key', { hasText: new RegExp(`^${key}$`) }) });
    await row.locator('.govuk-summary-list__actions a').click();
  }
}
