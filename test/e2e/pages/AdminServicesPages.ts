import type { Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

/**
 * AD1 service ID search, AD5 a supplier's services, AD6 a service (sections, edit, remove, publish,
 * versions) and its transfer to another supplier, on the admin site.
 */
export class AdminServicesPages {
  constructor(private readonly page: Page) {}

  /** The find-a-supplier page's "Service ID" way: resolves once the form was sent (the page moves on, or shows errors). */
  async searchByServiceId(id: string): Promise<void> {
    await this.page.getByRole('radio', { name: 'Service ID', exact: true }).check();
    await this.page.getByRole('searchbox', { name: 'Service ID', exact: true }).fill(id);
    await this.page.getByRole('button', { name: 'Search', exact: true }).click();
  }

  async errors(state: string): Promise<string[]> {
    const summary = this.page.locator('.govuk-error-summary');
    await summary.waitFor();
    await checkA11y(this.page, state);
    return (await summary.locator('li').allInnerTexts()).map((t) => t.trim());
  }

  /** The inline error messages, without their hidden "Error:" prefix. */
  async inlineErrors(): Promise<string[]> {
    return (await this.page.locator('main .govuk-error-message:not(.govuk-character-count__message)').allInnerTexts()).map((t) => t.replace(/^Error:\s*/, '').trim());
  }

  async flash(state: string): Promise<string> {
    const banner = this.page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    await checkA11y(this.page, state);
    return (await banner.locator('.govuk-notification-banner__heading').innerText()).trim();
  }

  // AD5 -------------------------------------------------------------------------------------------

  async openSupplierServices(supplier: string): Promise<void> {
    await this.page.getByRole('link', { name: `Services of ${supplier}` }).click();
    await this.waitForSupplierServices(supplier, `services of ${supplier}`);
  }

  async waitForSupplierServices(supplier: string, state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Services' }).waitFor();
    await this.page.locator('.govuk-caption-l', { hasText: supplier }).waitFor();
    await this.page.getByRole('table').first().waitFor();
    await checkA11y(this.page, state);
  }

  /** The rows of one framework's table (ID, lot, name, status). */
  async serviceRows(frameworkSlug: string): Promise<string[][]> {
    const rows = this.page.getByTestId(`services-${frameworkSlug}`).locator('tbody tr');
    const out: string[][] = [];
    for (const row of await rows.all()) out.push((await row.locator('td, th').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()));
    return out;
  }

  /** Suspends (or unsuspends) a supplier's services on a framework, through the destructive confirmation. */
  async suspendAll(action: 'Suspend services' | 'Unsuspend services', framework: string, heading: RegExp): Promise<void> {
    await this.page.getByRole('button', { name: `${action} on ${framework}` }).click();
    await this.page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await checkA11y(this.page, `${action}: confirmation`);
  }

  // AD6 -------------------------------------------------------------------------------------------

  async waitForService(name: string, state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
    await this.page.getByTestId('service-facts').waitFor();
    await this.page.getByTestId('service-sections').waitFor();
    await checkA11y(this.page, state);
  }

  /** The service facts as "key: value". */
  async facts(): Promise<Record<string, string>> {
    const list = this.page.getByTestId('service-facts');
    const keys = await list.locator('.govuk-summary-list__key').allInnerTexts();
    const values = await list.locator('.govuk-summary-list__value').allInnerTexts();
    return Object.fromEntries(keys.map((k, i) => [k.trim(), values[i]!.replace(/\s+/g, ' ').trim()]));
  }

  caption(): Locator {
    return this.page.locator('main .govuk-caption-l').first();
  }

  section(name: string): Locator {
    return this.page.locator('.govuk-summary-card').filter({ has: this.page.locator('.govuk-summary-card__title', { hasText: name }) });
  }

  /** A row's value in a section card, by its key. */
  async answer(section: string, key: string): Promise<string> {
    const row = this.section(section)
      .locator('.govuk-summary-list__row')
      .filter({ has: this.page.locator('.govuk-summary-list__key', { hasText: key }) });
    return (await row.locator('.govuk-summary-list__value').innerText()).replace(/\s+/g, ' ').trim();
  }

  async editSection(name: string): Promise<void> {
    await this.section(name)
      .getByRole('link', { name: `Edit ${name}` })
      .click();
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
    await checkA11y(this.page, `editing ${name}`);
  }

  textbox(label: string | RegExp): Locator {
    return this.page.locator('main').getByRole('textbox', { name: label });
  }

  async saveAndReturn(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save and return' }).click();
  }

  removedBanner(): Locator {
    return this.page.getByTestId('service-removed');
  }

  /** Opens a confirmation (Remove service, Publish service, Transfer to another supplier) from the service page. */
  async start(action: 'Remove service' | 'Publish service' | 'Transfer to another supplier', heading: string | RegExp): Promise<void> {
    await this.page.getByRole('button', { name: action, exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await checkA11y(this.page, `${action}: confirmation`);
  }

  async giveReason(reason: string): Promise<void> {
    await this.page.getByRole('textbox', { name: /^Why / }).fill(reason);
  }

  async confirm(button: 'Remove service' | 'Publish service' | 'Transfer service' | 'Suspend services' | 'Unsuspend services'): Promise<void> {
    await this.page.getByRole('button', { name: button, exact: true }).click();
  }

  async openVersions(name: string): Promise<string[][]> {
    await this.page.getByRole('link', { name: `Earlier versions of ${name}` }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Earlier versions' }).waitFor();
    const table = this.page.getByTestId('service-versions');
    await table.waitFor();
    await checkA11y(this.page, 'earlier versions of a service');
    const out: string[][] = [];
    for (const row of await table.locator('tbody tr').all()) out.push((await row.locator('td, th').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()));
    return out;
  }

  async openVersion(n: number): Promise<void> {
    await this.page.getByRole('link', { name: `View version ${n}` }).click();
    await this.page.getByRole('heading', { level: 1, name: `Version ${n}` }).waitFor();
    await this.page.getByTestId('version-facts').waitFor();
    await checkA11y(this.page, `version ${n} of a service`);
  }

  // Transfer --------------------------------------------------------------------------------------

  async findNewSupplier(query: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'New supplier’s name or ID' }).fill(query);
    await this.page.getByRole('button', { name: 'Find the supplier' }).click();
  }

  async candidates(state: string): Promise<string[]> {
    const table = this.page.getByTestId('transfer-candidates');
    await table.waitFor();
    await checkA11y(this.page, state);
    return (await table.locator('tbody tr td:first-child').allInnerTexts()).map((t) => t.trim());
  }

  async choose(supplier: string): Promise<void> {
    await this.page.getByRole('link', { name: `Choose ${supplier}` }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Are you sure you want to transfer this service?' }).waitFor();
    await this.page.getByTestId('transfer-summary').waitFor();
    await checkA11y(this.page, 'confirm the transfer');
  }

  async transferSummary(): Promise<Record<string, string>> {
    const list = this.page.getByTestId('transfer-summary');
    const keys = await list.locator('.govuk-summary-list__key').allInnerTexts();
    const values = await list.locator('.govuk-summary-list__value').allInnerTexts();
    return Object.fromEntries(keys.map((k, i) => [k.trim(), values[i]!.replace(/\s+/g, ' ').trim()]));
  }
}
