import type { Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

/** AD11: the frameworks with agreements, a framework's agreements, one agreement and the confirmation of an action. */
export class AdminAgreementPages {
  constructor(private readonly page: Page) {}

  async waitForFrameworks(state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Supplier framework agreements' }).waitFor();
    await this.page.getByTestId('agreement-frameworks').waitFor();
    await checkA11y(this.page, state);
  }

  /** A framework's list, once its count is there (the table, when there is one, comes with it). */
  async waitForList(framework: string, state: string): Promise<void> {
    await this.page.locator('.govuk-caption-l', { hasText: framework }).waitFor();
    await this.page.getByRole('heading', { level: 1, name: 'Supplier framework agreements' }).waitFor();
    await this.page.getByTestId('agreements-count').waitFor();
    await checkA11y(this.page, state);
  }

  async count(): Promise<string> {
    return (await this.page.getByTestId('agreements-count').innerText()).trim();
  }

  /** The list's rows, as [supplier, signed on, status]. */
  async rows(): Promise<string[][]> {
    const rows = this.page.getByTestId('agreements').locator('tbody tr');
    const out: string[][] = [];
    for (const row of await rows.all()) out.push((await row.locator('td, th').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()));
    return out;
  }

  /** The status the list shows for a supplier's agreement. */
  async statusOf(supplier: string): Promise<string> {
    const row = this.page
      .getByTestId('agreements')
      .locator('tbody tr')
      .filter({ has: this.page.getByRole('link', { name: supplier, exact: true }) });
    return (await row.locator('td').nth(2).innerText()).trim();
  }

  async filter(label: string): Promise<void> {
    await this.page.getByTestId('agreements-filter').getByLabel(label, { exact: true }).check();
    await this.page.getByRole('button', { name: 'Apply filter' }).click();
  }

  async open(supplier: string): Promise<void> {
    await this.page.getByTestId('agreements').getByRole('link', { name: supplier, exact: true }).click();
  }

  async waitForAgreement(supplier: string, state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: supplier, exact: true }).waitFor();
    await this.page.getByTestId('agreement-details').waitFor();
    await checkA11y(this.page, state);
  }

  /** A summary row's value on the agreement page. */
  async detail(key: string): Promise<string> {
    const row = this.page.locator('.govuk-summary-list__row').filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${key}$`) }) });
    return (await row.locator('dd').first().innerText()).replace(/\s+/g, ' ').trim();
  }

  /** The action buttons the agreement page offers. */
  async actions(): Promise<string[]> {
    const group = this.page.getByTestId('agreement-actions');
    if (!(await group.count())) return [];
    return (await group.getByRole('button').allInnerTexts()).map((t) => t.trim());
  }

  action(name: string): Locator {
    return this.page.getByTestId('agreement-actions').getByRole('button', { name, exact: true });
  }

  async waitForConfirm(title: string, state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await checkA11y(this.page, state);
  }

  async confirm(name: string): Promise<void> {
    await this.page.locator('main form').getByRole('button', { name, exact: true }).click();
  }

  async flash(): Promise<string> {
    const banner = this.page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    return (await banner.locator('.govuk-notification-banner__heading').innerText()).trim();
  }

  breadcrumb(text: string): Locator {
    return this.page.locator('.govuk-breadcrumbs').getByRole('link', { name: text, exact: true });
  }
}
