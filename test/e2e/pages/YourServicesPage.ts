import type { Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

/** S10: "Your services", a table per framework of a supplier's services with their status. */
export class YourServicesPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/suppliers/services`);
    await this.waitFor();
  }

  /** From the supplier dashboard: a live framework's "View services" link. */
  async openFromDashboard(frameworkName: string): Promise<void> {
    await this.page.getByRole('link', { name: `View services on ${frameworkName}` }).click();
    await this.waitFor();
  }

  async waitFor(state = 'your services'): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Your services' }).waitFor();
    await this.page.locator('table').first().waitFor();
    await checkA11y(this.page, state);
  }

  /** A framework's table ("g-cloud-13"). */
  table(frameworkSlug: string): Locator {
    return this.page.getByTestId(`services-${frameworkSlug}`);
  }

  /** The rows of a framework's table: name, lot, status. */
  async rows(frameworkSlug: string): Promise<Array<{ name: string; lot: string; status: string }>> {
    const out = [];
    for (const row of await this.table(frameworkSlug).locator('tbody tr').all()) {
      const [name = '', lot = '', status = ''] = (await row.locator('td').allInnerTexts()).map((t) => t.trim());
      out.push({ name, lot, status });
    }
    return out;
  }

  row(frameworkSlug: string, index: number): Locator {
    return this.table(frameworkSlug).locator('tbody tr').nth(index);
  }

  successBanner(): Locator {
    return this.page.locator('.govuk-notification-banner--success');
  }
}
