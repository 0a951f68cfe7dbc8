import type { Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

/** The admin app's frameworks table. */
export class AdminFrameworksPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/`);
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
