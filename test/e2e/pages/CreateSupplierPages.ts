import type { Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

export interface CompanyDetails {
  companyName: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

/** S1, opening a supplier account: the steps from "Create a supplier account" to "Activate your account". */
export class CreateSupplierPages {
  constructor(private readonly page: Page) {}

  /** Waits for a step's level-1 heading (a label on the one-question pages) and checks the page. */
  async waitForStep(heading: string, state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
    await checkA11y(this.page, state);
  }

  async continue(): Promise<void> {
    await this.page.getByRole('button', { name: 'Continue', exact: true }).click();
  }

  async enterDuns(duns: string): Promise<void> {
    await this.page.getByLabel('Enter your DUNS number', { exact: true }).fill(duns);
    await this.continue();
  }

  async enterCompanyDetails(details: Partial<CompanyDetails>): Promise<void> {
    const labels: Record<keyof CompanyDetails, string> = {
      companyName: 'Company name',
      contactName: 'Contact name',
      contactEmail: 'Contact email address',
      contactPhone: 'Contact phone number',
    };
    for (const [field, value] of Object.entries(details) as Array<[keyof CompanyDetails, string]>) {
      await this.page.getByLabel(labels[field], { exact: true }).fill(value);
    }
    await this.continue();
  }

  async enterLoginEmail(email: string): Promise<void> {
    await this.page.getByLabel('What email address will you sign in with?', { exact: true }).fill(email);
    await this.continue();
  }

  /** The error summary's lines and the inline messages, once they show (checked for accessibility). */
  async errors(state: string): Promise<{ summary: string[]; inline: string[] }> {
    const summary = this.page.locator('.govuk-error-summary');
    await summary.waitFor();
    await checkA11y(this.page, state);
    const clean = (ts: string[]) => ts.map((t) => t.replace(/^Error:\s*/, '').trim());
    return {
      summary: clean(await summary.locator('li').allInnerTexts()),
      inline: clean(await this.page.locator('.govuk-error-message').allInnerTexts()),
    };
  }

  /** "Check your information": each row's key and value. */
  async answers(): Promise<Record<string, string>> {
    const rows: Record<string, string> = {};
    for (const row of await this.page.locator('.govuk-summary-list__row').all()) {
      rows[(await row.locator('dt').innerText()).trim()] = (await row.locator('dd.govuk-summary-list__value').innerText()).trim();
    }
    return rows;
  }

  /** The Change link of a row, by its visually hidden text ("company name"). */
  async change(what: string): Promise<void> {
    await this.page.getByRole('link', { name: `Change ${what}`, exact: true }).click();
  }
}
