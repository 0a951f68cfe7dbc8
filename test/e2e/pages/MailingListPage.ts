import type { Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

/** A12: "Sign up for Digital Marketplace email alerts". */
export class MailingListPage {
  constructor(private readonly page: Page) {}

  static readonly HEADING = 'Sign up for Digital Marketplace email alerts';

  /** Waits for the page and checks it for accessibility. */
  async waitFor(state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: MailingListPage.HEADING, exact: true }).waitFor();
    await checkA11y(this.page, state);
  }

  emailField(): Locator {
    return this.page.getByLabel('Email address', { exact: true });
  }

  async signUp(email: string): Promise<void> {
    await this.emailField().fill(email);
    await this.page.getByRole('button', { name: 'Sign up', exact: true }).click();
  }

  /** The error summary's lines once it shows (checked for accessibility). */
  async errorSummary(state: string): Promise<string[]> {
    const summary = this.page.locator('.govuk-error-summary');
    await summary.waitFor();
    await checkA11y(this.page, state);
    return (await summary.locator('li').allInnerTexts()).map((t) => t.trim());
  }

  /** The inline error under the field ("Error: …" read by screen readers, without that prefix here). */
  async inlineError(): Promise<string> {
    return (await this.page.locator('#email-error').innerText()).replace(/^Error:\s*/, '').trim();
  }

  /** Waits until the summary shows `message` (a second refusal replaces the first one's text). */
  async waitForError(message: string): Promise<void> {
    await this.page.locator('.govuk-error-summary').getByText(message, { exact: true }).waitFor();
  }
}
