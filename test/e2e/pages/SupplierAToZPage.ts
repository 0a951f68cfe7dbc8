import type { Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

/** The G-Cloud supplier A to Z and a supplier's page. */
export class SupplierAToZPage {
  constructor(private readonly page: Page) {}

  /** Waits for "Suppliers starting with X" and its list (or its empty message), then checks the page. */
  async waitForLetter(label: string, state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: `Suppliers starting with ${label}` }).waitFor();
    await this.page.locator('[data-testid="suppliers"], main p:has-text("There are no G-Cloud suppliers")').first().waitFor();
    await checkA11y(this.page, state);
  }

  /** A letter of the A to Z navigation ("S", or "1–9"). */
  letter(label: string): Locator {
    return this.page.getByRole('navigation', { name: 'Suppliers A to Z' }).getByRole('link', { name: `Suppliers starting with ${label}`, exact: true });
  }

  /** The letter shown now (bold, not a link). */
  async currentLetter(): Promise<string> {
    const current = this.page.getByRole('navigation', { name: 'Suppliers A to Z' }).locator('[aria-current="page"]');
    return (await current.innerText()).replace('Suppliers starting with', '').trim();
  }

  async supplierNames(): Promise<string[]> {
    return this.page.locator('[data-testid="suppliers"] h2').allInnerTexts();
  }

  async countText(): Promise<string> {
    return (await this.page.getByTestId('supplier-count').innerText()).trim();
  }

  pagination(): Locator {
    return this.page.getByRole('navigation', { name: /^Pages of suppliers starting with/ });
  }

  async openSupplier(name: string): Promise<void> {
    await this.page.locator('[data-testid="suppliers"] h2').getByRole('link', { name, exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
    await checkA11y(this.page, `supplier page (${name})`);
  }

  /** On a supplier page: the service links under each lot heading. */
  async servicesByLot(): Promise<Record<string, string[]>> {
    const out: Record<string, string[]> = {};
    for (const section of await this.page.locator('main section[aria-labelledby^="lot-"]').all()) {
      out[(await section.locator('h3').innerText()).trim()] = await section.locator('li a').allInnerTexts();
    }
    return out;
  }

  async contactText(): Promise<string> {
    return (await this.page.getByTestId('supplier-contact').innerText()).replace(/\s+/g, ' ').trim();
  }
}
