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
    await this.page.waitForFunction(
      (source) => new RegExp(source).test(document.querySelector('[data-testid="search-summary"]')?.textContent?.replace(/\s+/g, ' ') ?? ''),
      pattern.source,
    );
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

  /** Opens a filter group's panel (groups with a chosen value are open already). */
  async openFilterGroup(name: string): Promise<void> {
    const closed = this.page.locator('details:not([open]) > summary', { hasText: name });
    if (await closed.count()) await closed.first().click();
  }

  async heading(): Promise<string> {
    return this.page.getByRole('heading', { level: 1 }).innerText();
  }

  filter(label: string): Locator {
    return this.page.getByRole('checkbox', { name: label, exact: true });
  }

  resultsChangedNotice(): Locator {
    return this.page.getByTestId('results-changed');
  }
}
