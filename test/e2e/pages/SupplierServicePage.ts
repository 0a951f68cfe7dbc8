import type { Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

/** S10: one of a supplier's services, as the supplier sees it in their account. */
export class SupplierServicePage {
  constructor(private readonly page: Page) {}

  async waitFor(name: string, state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
    await checkA11y(this.page, state);
  }

  /** The documents' link texts ("Pricing document") with their addresses. */
  async documents(): Promise<Array<{ title: string; href: string }>> {
    const links = await this.page.getByTestId('service-documents').getByRole('link').all();
    return Promise.all(links.map(async (l) => ({ title: (await l.innerText()).trim(), href: (await l.getAttribute('href')) ?? '' })));
  }

  async status(): Promise<string> {
    return (await this.page.locator('.govuk-summary-list__row', { hasText: 'Status' }).locator('.govuk-tag').innerText()).trim();
  }

  removeButton(): Locator {
    return this.page.getByRole('button', { name: 'Remove this service' });
  }

  unavailableBanner(): Locator {
    return this.page.getByTestId('service-unavailable');
  }

  async sectionHeadings(): Promise<string[]> {
    return this.page.locator('main section[id] h2').allInnerTexts();
  }
}
