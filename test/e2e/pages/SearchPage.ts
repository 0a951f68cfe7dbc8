import type { Locator, Page } from 'playwright-core';

/** The G-Cloud search page and the DOS opportunities page share this shape. */
export class SearchPage {
  constructor(private readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.summary().waitFor();
  }

  summary(): Locator {
    return this.page.getByTestId('search-summary');
  }

  async summaryText(): Promise<string> {
    return (await this.summary().innerText()).replace(/\s+/g, ' ').trim();
  }

  /** Waits until the summary says something matching (results arrive asynchronously). */
  async waitForSummary(pattern: RegExp): Promise<string> {
    await this.page.waitForFunction((source) => new RegExp(source).test(document.querySelector('[data-testid="search-summary"]')?.textContent?.replace(/\s+/g, ' ') ?? ''), pattern.source);
    return this.summaryText();
  }

  async resultTitles(): Promise<string[]> {
    return this.page.locator('[data-testid="search-results"] h2').allInnerTexts();
  }

  async searchFor(words: string): Promise<void> {
    await this.page.getByLabel('Keyword search').fill(words);
    await this.page.getByRole('button', { name: 'Search', exact: true }).click();
  }

  categoryTree(): Locator {
    return this.page.getByTestId('category-tree');
  }

  async openFilterGroup(name: string): Promise<void> {
    await this.page.locator('details summary', { hasText: name }).first().click();
  }

  filter(label: string): Locator {
    return this.page.getByRole('checkbox', { name: label, exact: true });
  }

  resultsChangedNotice(): Locator {
    return this.page.getByTestId('results-changed');
  }
}
