import type { Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

/** AD1–AD4: find a supplier, its details and users, and find a user by email. */
export class AdminSupplierPages {
  constructor(private readonly page: Page) {}

  async waitForSearch(state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Find a supplier' }).waitFor();
    await checkA11y(this.page, state);
  }

  /** Searches one way; resolves when the results (or the error summary) show. */
  async search(by: 'Name' | 'DUNS number' | 'Company registration number', query: string): Promise<void> {
    await this.page.getByRole('radio', { name: by, exact: true }).check();
    await this.page.getByRole('searchbox', { name: by, exact: true }).fill(query);
    await this.page.getByRole('button', { name: 'Search', exact: true }).click();
  }

  async results(state: string): Promise<string[]> {
    const results = this.page.getByTestId('supplier-results');
    await results.waitFor();
    await checkA11y(this.page, state);
    return (await results.locator('tbody tr td:first-child, tbody tr th:first-child').allInnerTexts()).map((t) => t.trim());
  }

  async resultsHeading(): Promise<string> {
    return (await this.page.getByTestId('supplier-results').getByRole('heading', { level: 2 }).innerText()).trim();
  }

  async openSupplier(name: string): Promise<void> {
    await this.page.getByTestId('supplier-results').getByRole('link', { name, exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
    await this.page.getByTestId('supplier-frameworks').or(this.page.getByText('has not applied to any framework')).waitFor();
    await checkA11y(this.page, `supplier ${name}`);
  }

  /** The company details as "key: value" lines. */
  async companyDetails(): Promise<Record<string, string>> {
    const list = this.page.getByTestId('company-details');
    const keys = await list.locator('.govuk-summary-list__key').allInnerTexts();
    const values = await list.locator('.govuk-summary-list__value').allInnerTexts();
    return Object.fromEntries(keys.map((k, i) => [k.trim(), values[i]!.replace(/\s+/g, ' ').trim()]));
  }

  async frameworks(): Promise<string[][]> {
    const rows = this.page.getByTestId('supplier-frameworks').locator('tbody tr');
    const out: string[][] = [];
    for (const row of await rows.all()) out.push((await row.locator('td, th').allInnerTexts()).map((t) => t.trim()));
    return out;
  }

  async openUsers(supplier: string): Promise<void> {
    await this.page.getByRole('link', { name: `Users of ${supplier}` }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await this.page.getByTestId('accounts').or(this.page.getByText('has no users yet')).waitFor();
    await checkA11y(this.page, `users of ${supplier}`);
  }

  async errors(state: string): Promise<string[]> {
    const summary = this.page.locator('.govuk-error-summary');
    await summary.waitFor();
    await checkA11y(this.page, state);
    return (await summary.locator('li').allInnerTexts()).map((t) => t.trim());
  }
}

/** The accounts table of AD3 and AD4, and its action buttons. */
export class AdminAccountsTable {
  constructor(private readonly page: Page) {}

  async row(email: string): Promise<string[]> {
    const row = this.page.getByTestId('accounts').locator('tbody tr').filter({ hasText: email });
    await row.waitFor();
    return (await row.locator('td, th').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  async emails(): Promise<string[]> {
    return (await this.page.getByTestId('accounts').locator('tbody tr td:nth-child(2)').allInnerTexts()).map((t) => t.trim());
  }

  async act(action: 'Unlock' | 'Deactivate' | 'Reactivate', email: string): Promise<void> {
    await this.page.getByRole('button', { name: `${action} ${email}` }).click();
  }

  async flash(state: string): Promise<string> {
    const banner = this.page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    await checkA11y(this.page, state);
    return (await banner.locator('.govuk-notification-banner__heading').innerText()).trim();
  }
}

/** AD4: find a user by email. */
export class FindUserPage {
  constructor(private readonly page: Page) {}

  async waitFor(state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Find a user by email' }).waitFor();
    await checkA11y(this.page, state);
  }

  async search(email: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Email address' }).fill(email);
    await this.page.getByRole('button', { name: 'Search', exact: true }).click();
    await this.page.getByTestId('user-results').or(this.page.locator('.govuk-error-summary')).waitFor();
  }
}
