import type { Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

/** A2: the G-Cloud start page (how buying by direct award works) that "Find cloud hosting, software and support" leads to. */
export class GCloudStartPage {
  constructor(private readonly page: Page) {}

  async waitForPage(state = 'G-Cloud start page'): Promise<void> {
    await this.page.waitForURL(/\/buyers\/direct-award\/g-cloud\/start$/);
    await this.page.getByRole('heading', { level: 1, name: 'Find cloud hosting, software and support', exact: true }).waitFor();
    await checkA11y(this.page, state);
  }

  /** The titles of the direct award steps, in order. */
  async steps(): Promise<string[]> {
    return (await this.page.getByTestId('direct-award-steps').locator('.govuk-task-list__name-and-hint > div:first-child').allInnerTexts()).map((t) => t.trim());
  }

  savedSearchesLink(): Locator {
    return this.page.getByRole('link', { name: 'See a list of your saved searches', exact: true });
  }

  async startANewSearch(): Promise<void> {
    await this.page.getByRole('button', { name: 'Start a new search' }).click();
  }
}

/** A2: "Choose a category", the G-Cloud lot a search starts in. */
export class ChooseCategoryPage {
  constructor(private readonly page: Page) {}

  async waitForPage(state = 'choose a category'): Promise<void> {
    await this.page.waitForURL(/\/buyers\/direct-award\/g-cloud\/choose-lot$/);
    await this.page.getByRole('radio', { name: 'All categories', exact: true }).waitFor();
    await checkA11y(this.page, state);
  }

  /** The radios' labels, in order ("All categories" last). */
  async categories(): Promise<string[]> {
    return (await this.page.locator('.govuk-radios__item label').allInnerTexts()).map((t) => t.trim());
  }

  /** The hint under a category's radio. */
  hint(category: string): Locator {
    return this.page.locator('.govuk-radios__item', { has: this.page.getByRole('radio', { name: category, exact: true }) }).locator('.govuk-radios__hint');
  }

  /** Picks a category (none when not given) and presses "Search for services". */
  async search(category?: string): Promise<void> {
    if (category) await this.page.getByRole('radio', { name: category, exact: true }).check();
    await this.page.getByRole('button', { name: 'Search for services' }).click();
  }

  /** The lines of the error summary once it shows, and the inline error; checked for accessibility. */
  async errors(state: string): Promise<{ summary: string[]; inline: string }> {
    const summary = this.page.locator('.govuk-error-summary');
    await summary.waitFor();
    await checkA11y(this.page, state);
    return {
      summary: (await summary.locator('.govuk-error-summary__list li').allInnerTexts()).map((t) => t.trim()),
      inline: (await this.page.locator('.govuk-error-message').innerText()).replace(/\s+/g, ' ').trim(),
    };
  }
}

/** From the home page: "Find cloud hosting, software and support", then a search of every category. */
export async function findCloudServices(page: Page): Promise<void> {
  await page.getByRole('link', { name: /Find cloud hosting, software and support/i }).click();
  const start = new GCloudStartPage(page);
  await start.waitForPage();
  await start.startANewSearch();
  const choose = new ChooseCategoryPage(page);
  await choose.waitForPage();
  await choose.search('All categories');
}
