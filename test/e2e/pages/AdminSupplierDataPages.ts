import type { Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

/**
 * The pages that change or read a supplier's data from its supplier page: the name and company
 * details edits (AD2, AD9), moving a user to it (AD3), its draft services (AD8) and its
 * declarations (AD10).
 */
export class AdminSupplierDataPages {
  constructor(private readonly page: Page) {}

  /** A supplier from the search results: its page, with its company details (any framework table is another page object's). */
  async openSupplier(name: string): Promise<void> {
    await this.page.getByTestId('supplier-results').getByRole('link', { name, exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
    await this.page.getByTestId('company-details').waitFor();
    await checkA11y(this.page, `supplier ${name}`);
  }

  /** The supplier page's "Change" (or "About changing") link of a company detail. */
  changeLink(detail: string): Locator {
    return this.page.getByTestId('company-details').getByRole('link', { name: new RegExp(`^(Change|About changing) ${detail}$`) });
  }

  /** Follows a detail's Change link; resolves on the edit page (its h1 or the legend that is its heading). */
  async change(detail: string, heading: string): Promise<void> {
    await this.changeLink(detail).click();
    await this.page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await checkA11y(this.page, `edit ${detail}`);
  }

  async fill(label: string | RegExp, value: string): Promise<void> {
    await this.page.getByLabel(label, { exact: typeof label === 'string' }).fill(value);
  }

  async choose(label: string): Promise<void> {
    await this.page.getByRole('radio', { name: label, exact: true }).check();
  }

  async selectCountry(name: string): Promise<void> {
    await this.page.getByLabel('Country', { exact: true }).selectOption({ label: name });
  }

  async press(button: string): Promise<void> {
    await this.page.getByRole('button', { name: button, exact: true }).click();
  }

  /** The error summary's lines, once it shows (checked with axe as the state named). */
  async errors(state: string): Promise<string[]> {
    const summary = this.page.locator('.govuk-error-summary');
    await summary.waitFor();
    await checkA11y(this.page, state);
    return (await summary.locator('li').allInnerTexts()).map((t) => t.trim());
  }

  async inlineErrors(): Promise<string[]> {
    return (await this.page.locator('.govuk-error-message').allInnerTexts()).map((t) => t.replace(/^Error:\s*/, '').trim());
  }

  /** The success banner's heading, once it shows (checked with axe as the state named). */
  async flash(state: string): Promise<string> {
    const banner = this.page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    await checkA11y(this.page, state);
    return (await banner.locator('.govuk-notification-banner__heading').innerText()).trim();
  }

  /** A link of the supplier page's list ("Users of …", "Draft services of …"). */
  async openFromSupplier(link: string, heading: string, state: string): Promise<void> {
    await this.page.getByRole('link', { name: link, exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await checkA11y(this.page, state);
  }

  // AD3: move a user

  async moveUser(email: string): Promise<void> {
    await this.page.getByLabel('Email address of the user to move').fill(email);
    await this.press('Move user');
  }

  // AD8: draft services

  /** A framework's drafts table as rows of cell texts (waits for it to load). */
  async drafts(frameworkSlug: string): Promise<string[][]> {
    const section = this.page.getByTestId(`drafts-${frameworkSlug}`);
    await section.waitFor();
    const rows = section.locator('tbody tr');
    const out: string[][] = [];
    for (const row of await rows.all()) out.push((await row.locator('td, th').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()));
    return out;
  }

  async draftHeadings(): Promise<string[]> {
    return (await this.page.locator('[data-testid^="drafts-"] h2').allInnerTexts()).map((t) => t.trim());
  }

  // AD10: declarations

  async openDeclaration(framework: string): Promise<void> {
    await this.page
      .getByTestId('supplier-frameworks')
      .getByRole('link', { name: `View declaration for ${framework}` })
      .click();
    await this.waitForDeclaration(framework);
  }

  async waitForDeclaration(framework: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: `${framework} declaration` }).waitFor();
    await this.page.locator('.govuk-summary-card').first().waitFor();
  }

  /** The declaration's sections: each card's title and its rows (question, answer). */
  async declarationSections(): Promise<Array<{ title: string; rows: Array<[string, string]> }>> {
    const cards = this.page.locator('.govuk-summary-card');
    const out = [];
    for (const card of await cards.all()) {
      const read: Array<[string, string]> = [];
      for (const row of await card.locator('.govuk-summary-list__row').all())
        read.push([(await row.locator('dt').innerText()).replace(/\s+/g, ' ').trim(), (await row.locator('.govuk-summary-list__value').innerText()).replace(/\s+/g, ' ').trim()]);
      out.push({ title: (await card.locator('.govuk-summary-card__title').innerText()).replace(/\s+/g, ' ').trim(), rows: read });
    }
    return out;
  }

  /** A section's "Correct" action; resolves on its page. */
  async correctSection(title: string): Promise<void> {
    await this.page
      .locator('.govuk-summary-card', { has: this.page.locator('.govuk-summary-card__title', { hasText: title }) })
      .getByRole('link', { name: /^Correct/ })
      .click();
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
  }
}
