import type { Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

/** A DOS opportunity's public page, with what a supplier or a visitor may do from it. */
export class OpportunityPage {
  constructor(private readonly page: Page) {}

  /** Waits for the page of an opportunity (by its title) and checks it. */
  async waitFor(title: string, state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await checkA11y(this.page, state);
  }

  async title(): Promise<string> {
    return (await this.page.getByRole('heading', { level: 1 }).innerText()).trim();
  }

  /** The "Ask a question" line under the questions and answers (a link to sign in for visitors). */
  askAQuestion(): Locator {
    return this.page.getByTestId('ask-a-question');
  }

  /** The section at the end: apply, continue or view an application. */
  applySection(): Locator {
    return this.page.getByTestId('apply');
  }

  /** The questions suppliers asked, with the buyer's answers, as published. */
  async publishedQuestions(): Promise<string[]> {
    return this.page.getByTestId('published-questions').locator('dt').allInnerTexts();
  }

  successBanner(): Locator {
    return this.page.locator('.govuk-notification-banner--success');
  }
}
