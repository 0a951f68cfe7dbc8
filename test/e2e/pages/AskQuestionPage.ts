import type { Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

/** S12: a supplier's question to the buyer of an opportunity. */
export class AskQuestionPage {
  constructor(private readonly page: Page) {}

  async waitForForm(title: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: `Ask a question about ‘${title}’` }).waitFor();
    await checkA11y(this.page, 'ask a question form');
  }

  async ask(question: string): Promise<void> {
    await this.page.getByRole('textbox', { name: /Ask a question about/ }).fill(question);
    await this.page.getByRole('button', { name: 'Ask question' }).click();
  }

  /** The error summary's lines, once it shows (checked for accessibility). */
  async errorSummary(): Promise<string[]> {
    const summary = this.page.locator('.govuk-error-summary');
    await summary.waitFor();
    await checkA11y(this.page, 'ask a question form with errors');
    return (await summary.locator('li').allInnerTexts()).map((t) => t.trim());
  }

  async inlineError(): Promise<string> {
    return (await this.page.locator('#question-error').innerText()).replace(/^Error:\s*/, '').trim();
  }

  async wordCount(): Promise<string> {
    return (await this.page.locator('.govuk-character-count__status').innerText()).trim();
  }
}
