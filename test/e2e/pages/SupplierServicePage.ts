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

  /** A section of the live-edit form, as a summary card ("About your service"). */
  sectionCard(name: string): Locator {
    return this.page.locator('.govuk-summary-card').filter({ has: this.page.locator('.govuk-summary-card__title', { hasText: new RegExp(`^${name}$`) }) });
  }

  /** The names of the live-edit sections shown, and of those with an Edit link. */
  async sections(): Promise<Array<{ name: string; editable: boolean }>> {
    const out = [];
    for (const card of await this.page.locator('.govuk-summary-card').all()) {
      const name = (await card.locator('.govuk-summary-card__title').innerText()).trim();
      out.push({ name, editable: (await card.getByRole('link', { name: /^Edit/ }).count()) === 1 });
    }
    return out;
  }

  editLink(section: string): Locator {
    return this.sectionCard(section).getByRole('link', { name: /^Edit/ });
  }

  /** An answer in a section's card, by its question's name. */
  async answer(section: string, question: string): Promise<string> {
    return (await this.sectionCard(section).locator('.govuk-summary-list__row', { hasText: question }).locator('.govuk-summary-list__value').innerText()).trim();
  }

  /** The row saying the supplier's changes wait for the Crown Commercial Service's review, if they do. */
  reviewRow(): Locator {
    return this.page.locator('.govuk-summary-list__row', { hasText: 'Review of your changes' });
  }

  successBanner(): Locator {
    return this.page.locator('.govuk-notification-banner--success');
  }

  async sectionHeadings(): Promise<string[]> {
    return this.page.locator('main section[id] h2').allInnerTexts();
  }
}
