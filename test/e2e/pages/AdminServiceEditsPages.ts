import type { Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

/** AD7: the queue of services with supplier edits to review, one service's changes, and the AD6 read-only service page. */
export class AdminServiceEditsPages {
  constructor(private readonly page: Page) {}

  async waitForQueue(state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Review service changes' }).waitFor();
    await this.page.locator('[data-testid="service-edits"], [data-testid="no-service-edits"]').first().waitFor();
    await checkA11y(this.page, state);
  }

  /** The queue's row of a service (by its id), or nothing. */
  queueRow(serviceId: string): Locator {
    return this.page.getByTestId('service-edits').locator('tbody tr').filter({ hasText: serviceId });
  }

  async waitForChanges(serviceName: string, state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: serviceName }).waitFor();
    await this.page.locator('[data-testid="service-changes"], [data-testid="answer-diff"]').first().waitFor();
    await checkA11y(this.page, state);
  }

  /** The diff table of one changed answer, by the question's caption. */
  diff(question: string | RegExp): Locator {
    return this.page.getByRole('table', { name: question });
  }

  async narrative(): Promise<string> {
    return (await this.page.getByTestId('edit-narrative').innerText()).trim();
  }

  async waitForService(serviceName: string, state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: serviceName }).waitFor();
    await this.page.getByTestId('service-facts').waitFor();
    await checkA11y(this.page, state);
  }

  async flash(): Promise<string> {
    const banner = this.page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    return (await banner.locator('.govuk-notification-banner__heading').innerText()).trim();
  }
}
