import type { Download, Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

/** A G-Cloud service's public page. */
export class ServicePage {
  constructor(private readonly page: Page) {}

  async waitFor(name: string, state = 'service page'): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
    await checkA11y(this.page, state);
  }

  documents(): Locator {
    return this.page.getByTestId('service-documents');
  }

  /** Clicks a document's link and waits for the browser's download of it. */
  async download(title: string): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.documents().getByRole('link', { name: title, exact: true }).click()]);
    return download;
  }

  ownServiceNotice(): Locator {
    return this.page.getByTestId('own-service');
  }
}
