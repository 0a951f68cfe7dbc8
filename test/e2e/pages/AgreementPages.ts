import type { Locator } from 'playwright-core';
import { FormPages } from './FormPages.js';

/** The framework agreement pages (S9): the legal-authority question, the sign page and its confirmation. */
export class AgreementPages extends FormPages {
  radio(name: string): Locator {
    return this.page.getByRole('radio', { name, exact: true });
  }

  /** The lots listed on the sign page ("Lot 1: Cloud hosting"). */
  async acceptedLots(): Promise<string[]> {
    return (await this.page.getByTestId('accepted-lots').locator('li').allInnerTexts()).map((t) => t.trim());
  }

  /** The "Legal documents" block of a framework on the dashboard. */
  legalDocuments(frameworkSlug: string): Locator {
    return this.page.getByTestId(`legal-documents-${frameworkSlug}`);
  }
}
