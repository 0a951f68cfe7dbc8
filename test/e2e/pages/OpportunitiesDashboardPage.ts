import type { Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

/** S13: "Your <framework> opportunities", the applications a supplier has started and made. */
export class OpportunitiesDashboardPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string, frameworkSlug: string): Promise<void> {
    await this.page.goto(`${baseUrl}/suppliers/opportunities/frameworks/${frameworkSlug}`);
  }

  async waitFor(frameworkName: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: `Your ${frameworkName} opportunities` }).waitFor();
    await checkA11y(this.page, `${frameworkName} opportunities dashboard`);
  }

  started(): Locator {
    return this.page.getByTestId('applications-started');
  }

  made(): Locator {
    return this.page.getByTestId('applications-made');
  }

  /** Each started application's row as text: title, closing date, what can be done. */
  async startedRows(): Promise<string[][]> {
    return rows(this.started());
  }

  async madeRows(): Promise<string[][]> {
    return rows(this.made());
  }
}

async function rows(table: Locator): Promise<string[][]> {
  if (!(await table.count())) return [];
  const out: string[][] = [];
  for (const row of await table.locator('tbody tr').all()) out.push((await row.locator('th, td').allInnerTexts()).map((t) => t.trim()));
  return out;
}
