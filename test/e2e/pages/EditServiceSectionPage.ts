import type { Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

/** S10: one section of a live service's live-edit form ("About your service"), as its supplier edits it. */
export class EditServiceSectionPage {
  constructor(private readonly page: Page) {}

  /** The page, by its h1 (a single question's text, or the section's name), checked for accessibility. */
  async waitFor(heading: string | RegExp, state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await checkA11y(this.page, state);
  }

  /** The page's one text box (a single-question section asks in its h1). */
  textbox(): Locator {
    return this.page.locator('main').getByRole('textbox');
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save and return' }).click();
  }

  errorSummary(): Locator {
    return this.page.locator('.govuk-error-summary');
  }

  async summaryErrors(): Promise<string[]> {
    return (await this.errorSummary().locator('.govuk-error-summary__list a').allInnerTexts()).map((t) => t.trim());
  }

  /** The inline error messages (not a character count's), without their hidden "Error:" prefix. */
  async inlineErrors(): Promise<string[]> {
    return (await this.page.locator('main .govuk-error-message:not(.govuk-character-count__message)').allInnerTexts()).map((t) => t.replace(/^Error:\s*/, '').trim());
  }

  /** What a word count under the field says ("You have 5 words too many"). */
  async countMessage(): Promise<string> {
    return (await this.page.locator('main .govuk-character-count__status').innerText()).trim();
  }

  async cancel(): Promise<void> {
    await this.page.getByRole('link', { name: 'Cancel' }).click();
  }
}
