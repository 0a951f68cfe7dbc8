import type { Locator } from 'playwright-core';
import { checkA11y } from '../support/axe.js';
import { FormPages } from './FormPages.js';

/** AD14: find the buyers of an opportunity, the opportunity with its buyers, withdraw and un-award. */
export class AdminOpportunityBuyersPages extends FormPages {
  async waitForFind(state: string): Promise<void> {
    await this.waitForHeading('Find the buyers of an opportunity', state);
  }

  async find(id: string): Promise<void> {
    await this.page.getByLabel('Opportunity ID').fill(id);
    await this.page.getByRole('button', { name: 'Find buyers' }).click();
  }

  async waitForOpportunity(title: string, state: string): Promise<void> {
    await this.page.getByTestId('buyers').waitFor();
    await this.waitForHeading(title, state);
  }

  /** The opportunity's summary, key → value. */
  async summary(): Promise<Record<string, string>> {
    const rows = this.page.getByTestId('opportunity').locator('.govuk-summary-list__row');
    const out: Record<string, string> = {};
    for (const row of await rows.all()) out[(await row.locator('dt').innerText()).trim()] = (await row.locator('dd').first().innerText()).trim();
    return out;
  }

  /** The buyers table's rows, as their cells' texts. */
  async buyers(): Promise<string[][]> {
    const rows = await this.page.getByTestId('buyers').locator('tbody tr').all();
    return Promise.all(rows.map(async (r) => (await r.locator('td, th').allInnerTexts()).map((t) => t.trim())));
  }

  withdrawButton(): Locator {
    return this.page.getByRole('button', { name: 'Withdraw opportunity' });
  }
}

/** AD14: the buyer email domains list with its add form, and the removal confirmation. */
export class AdminBuyerEmailDomainsPages extends FormPages {
  async waitForList(state: string): Promise<void> {
    await this.page.getByTestId('buyer-email-domains').waitFor();
    await this.waitForHeading('Buyer email domains', state);
  }

  async add(domain: string): Promise<void> {
    await this.page.getByLabel('Add a buyer email domain').fill(domain);
    await this.page.getByRole('button', { name: 'Add domain' }).click();
  }

  async domains(): Promise<string[]> {
    return (await this.page.getByTestId('buyer-email-domains').locator('tbody tr td:first-child').allInnerTexts()).map((t) => t.trim());
  }

  async flash(): Promise<string> {
    const banner = this.page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    await checkA11y(this.page, 'buyer email domains, with a confirmation');
    return (await banner.locator('.govuk-notification-banner__heading').innerText()).trim();
  }

  /** Opens the removal confirmation of a domain. */
  async openRemove(domain: string): Promise<void> {
    await this.page.getByRole('link', { name: `Remove ${domain}`, exact: true }).click();
    await this.waitForHeading(`Are you sure you want to remove ${domain}?`, 'remove a buyer email domain');
  }
}
