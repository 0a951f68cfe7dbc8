import type { Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';
import { expectFocus, tabTo } from '../support/keyboard.js';

/** The G-Cloud search page and the DOS opportunities page share this shape. */
export class SearchPage {
  constructor(private readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.summary().waitFor();
    await this.checkA11y();
  }

  summary(): Locator {
    return this.page.getByTestId('search-summary');
  }

  async summaryText(): Promise<string> {
    return (await this.summary().innerText()).replace(/\s+/g, ' ').trim();
  }

  /** Checks the page as it is now, named by its summary. */
  async checkA11y(what = 'search results'): Promise<void> {
    await checkA11y(this.page, `${what}: ${await this.summaryText()}`);
  }

  /** Waits until the summary says something matching (results arrive asynchronously), then checks the page. */
  async waitForSummary(pattern: RegExp): Promise<string> {
    await this.page.waitForFunction(
      (source) => new RegExp(source).test(document.querySelector('[data-testid="search-summary"]')?.textContent?.replace(/\s+/g, ' ') ?? ''),
      pattern.source,
    );
    await this.checkA11y();
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

  private filterGroup(name: string): Locator {
    return this.page.locator('details > summary', { hasText: name });
  }

  /** Opens a filter group's panel (groups with a chosen value are open already), and checks the page. */
  async openFilterGroup(name: string): Promise<void> {
    const closed = this.page.locator('details:not([open]) > summary', { hasText: name });
    if (await closed.count()) await closed.first().click();
    await this.checkA11y(`filters "${name}" open`);
  }

  /**
   * Keyboard only: Tab to the filter group, Space to open it if it is closed, Tab to the checkbox and
   * Space to tick or untick it; the focus must then stay on the checkbox (see `expectFilterFocused`).
   */
  async toggleFilterByKeyboard(group: string, label: string): Promise<void> {
    if (!(await this.page.locator('details[open] > summary', { hasText: group }).count())) {
      await tabTo(this.page, this.filterGroup(group).first(), `${group} filters`);
      await this.page.keyboard.press('Space');
    }
    await tabTo(this.page, this.filter(label), label);
    await this.page.keyboard.press('Space');
  }

  /** Fails unless the checkbox is still document.activeElement (call once the new results show). */
  async expectFilterFocused(label: string): Promise<void> {
    await expectFocus(this.page, this.filter(label), `the "${label}" checkbox`);
  }

  clearFiltersLink(): Locator {
    return this.page.getByRole('link', { name: 'Clear filters', exact: true });
  }

  /** Keyboard only: Tab to "Clear filters" and press Enter. */
  async clearFiltersByKeyboard(): Promise<void> {
    await tabTo(this.page, this.clearFiltersLink(), 'Clear filters');
    await this.page.keyboard.press('Enter');
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

  /** Waits for the "results have changed" notice, and checks the page with it showing. */
  async waitForResultsChangedNotice(): Promise<void> {
    await this.resultsChangedNotice().waitFor({ timeout: 20_000 });
    await this.checkA11y('results changed notice');
  }
}
