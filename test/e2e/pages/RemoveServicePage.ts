import type { Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

/** S10: the confirmation before a supplier removes a live service. */
export class RemoveServicePage {
  constructor(private readonly page: Page) {}

  async waitFor(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Are you sure you want to remove this service?' }).waitFor();
    await checkA11y(this.page, 'remove a service: confirmation');
  }

  async confirm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Yes, remove this service' }).click();
  }

  async cancel(): Promise<void> {
    await this.page.getByRole('link', { name: 'Cancel' }).click();
  }
}
