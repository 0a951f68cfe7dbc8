import type { Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

/** The admin home page: the signed-in role's tasks, grouped. */
export class AdminHomePage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/`);
    await this.waitFor();
  }

  async waitFor(state = 'admin home page'): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Admin' }).waitFor();
    await this.page.getByTestId('admin-tasks').waitFor();
    await checkA11y(this.page, state);
  }

  /** Every task link the page offers, in order. */
  async tasks(): Promise<string[]> {
    return (await this.page.getByTestId('admin-tasks').getByRole('link').allInnerTexts()).map((t) => t.trim());
  }

  task(title: string): Locator {
    return this.page.getByTestId('admin-tasks').getByRole('link', { name: title, exact: true });
  }
}

/** AD15: the admin accounts list, and the invite and edit forms. */
export class AdminAccountsPages {
  constructor(private readonly page: Page) {}

  async waitForList(state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Manage admin accounts' }).waitFor();
    await this.page.getByTestId('admin-accounts').waitFor();
    await checkA11y(this.page, state);
  }

  /** The row of an account, as its cells' texts. */
  async row(email: string): Promise<string[]> {
    const row = this.page.getByTestId('admin-accounts').locator('tbody tr').filter({ hasText: email });
    await row.waitFor();
    return (await row.locator('td, th').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  async edit(name: string): Promise<void> {
    await this.page.getByRole('link', { name: `Edit ${name}` }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Edit an admin account' }).waitFor();
    await checkA11y(this.page, 'edit an admin account');
  }

  async flash(): Promise<string> {
    const banner = this.page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    return (await banner.locator('.govuk-notification-banner__heading').innerText()).trim();
  }

  async errors(state: string): Promise<string[]> {
    const summary = this.page.locator('.govuk-error-summary');
    await summary.waitFor();
    await checkA11y(this.page, state);
    return (await summary.locator('li').allInnerTexts()).map((t) => t.trim());
  }
}

/** What an admin sees on a task their role may not do. */
export async function waitForNotAllowed(page: Page, state: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'You are not allowed to do this' }).waitFor();
  await checkA11y(page, state);
}
