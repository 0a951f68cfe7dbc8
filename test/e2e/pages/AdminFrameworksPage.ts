import type { Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';
import { AdminHomePage } from './AdminPages.js';

/** The admin app's frameworks table. */
export class AdminFrameworksPage {
  constructor(private readonly page: Page) {}

  /** From the admin home page, by its link. */
  async open(baseUrl: string): Promise<void> {
    const home = new AdminHomePage(this.page);
    await home.open(baseUrl);
    await home.task('View frameworks and their status').click();
    await this.page.getByRole('heading', { level: 1, name: 'Frameworks' }).waitFor();
    await this.page.locator('tbody tr').first().waitFor();
    await checkA11y(this.page, 'admin frameworks table');
  }

  async statuses(): Promise<Record<string, string>> {
    const rows = this.page.locator('tbody tr');
    const out: Record<string, string> = {};
    for (let i = 0; i < (await rows.count()); i++) {
      const row = rows.nth(i);
      out[(await row.locator('th').innerText()).trim()] = (await row.locator('.govuk-tag').innerText()).trim();
    }
    return out;
  }
}
