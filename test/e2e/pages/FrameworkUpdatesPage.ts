import type { Download, Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

/** S8: "<framework> updates": communications, clarification answers and the clarification question form. */
export class FrameworkUpdatesPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string, frameworkSlug: string): Promise<void> {
    await this.page.goto(`${baseUrl}/suppliers/frameworks/${frameworkSlug}/updates`);
  }

  async waitFor(frameworkName: string, state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: `${frameworkName} updates` }).waitFor();
    await checkA11y(this.page, state);
  }

  communications(): Locator {
    return this.page.getByTestId('communications');
  }

  clarificationAnswers(): Locator {
    return this.page.getByTestId('clarification-answers');
  }

  /** Each published file's row: file (with kind and size) and date. */
  async rows(section: Locator): Promise<string[][]> {
    const out: string[][] = [];
    for (const row of await section.locator('tbody tr').all()) out.push((await row.locator('td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()));
    return out;
  }

  async download(section: Locator, fileName: string): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), section.getByRole('link', { name: fileName, exact: true }).click()]);
    return download;
  }

  async ask(question: string): Promise<void> {
    await this.page.getByLabel('Your question').fill(question);
    await this.page.getByRole('button', { name: 'Ask a question' }).click();
  }

  async errorSummary(state: string): Promise<string[]> {
    const summary = this.page.locator('.govuk-error-summary');
    await summary.waitFor();
    await checkA11y(this.page, state);
    return (await summary.locator('li').allInnerTexts()).map((t) => t.trim());
  }

  successBanner(): Locator {
    return this.page.locator('.govuk-notification-banner--success');
  }
}
