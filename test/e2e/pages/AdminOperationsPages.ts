import type { Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

/** Operations: search indices (with a rebuild's progress and the rollback confirmation), background jobs and their confirmations, the email outbox. */
export class AdminOperationsPages {
  constructor(private readonly page: Page) {}

  async flash(): Promise<string> {
    const banner = this.page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    return (await banner.locator('.govuk-notification-banner__heading').innerText()).trim();
  }

  // Search indices

  async waitForIndices(state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Search indices' }).waitFor();
    await this.page.locator('[data-testid^="index-"]').first().waitFor();
    await checkA11y(this.page, state);
  }

  /** The aliases listed, in order. */
  async aliases(): Promise<string[]> {
    return (await this.page.locator('[data-testid^="index-"] h2').allInnerTexts()).map((t) => t.trim());
  }

  index(alias: string): Locator {
    return this.page.getByTestId(`index-${alias}`);
  }

  /** The summary of one alias: key → value. */
  async indexSummary(alias: string): Promise<Record<string, string>> {
    const rows = this.index(alias).locator('.govuk-summary-list__row');
    const out: Record<string, string> = {};
    for (let i = 0; i < (await rows.count()); i++) {
      const key = (await rows.nth(i).locator('.govuk-summary-list__key').innerText()).trim();
      out[key] = (await rows.nth(i).locator('.govuk-summary-list__value').innerText()).trim();
    }
    return out;
  }

  async rebuild(alias: string): Promise<void> {
    await this.index(alias).getByRole('button', { name: 'Rebuild' }).click();
  }

  /** What the alias's live progress region says now. */
  async progress(alias: string): Promise<string> {
    return (await this.index(alias).getByTestId('rebuild-progress').innerText()).trim();
  }

  /** Waits for the outcome banner of a rebuild and returns its text. */
  async rebuildOutcome(state: string): Promise<string> {
    const banner = this.page.getByTestId('rebuild-outcome');
    await banner.waitFor({ timeout: 60_000 });
    await checkA11y(this.page, state);
    return (await banner.innerText()).trim();
  }

  async rollBack(alias: string, state: string): Promise<void> {
    await this.index(alias)
      .getByRole('link', { name: `Roll back ${alias} to the previous index` })
      .click();
    await this.page.getByRole('heading', { level: 1, name: `Roll back ${alias}?` }).waitFor();
    await checkA11y(this.page, state);
  }

  async confirmRollBack(): Promise<void> {
    await this.page.getByRole('button', { name: 'Roll back' }).click();
  }

  // Background jobs

  async waitForJobs(state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Background jobs' }).waitFor();
    await this.page.getByTestId('job-queues').waitFor();
    await checkA11y(this.page, state);
  }

  /** A failed job's row (by its id), as its cells' texts; waits for it (the page polls). */
  async failedJob(id: string): Promise<string[]> {
    const row = this.page.getByTestId('failed-jobs').locator('tbody tr').filter({ hasText: id });
    await row.waitFor({ timeout: 30_000 });
    return (await row.locator('td, th').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  async failedJobIds(): Promise<string[]> {
    if (!(await this.page.getByTestId('failed-jobs').count())) return [];
    return (await this.page.getByTestId('failed-jobs').locator('tbody tr td:nth-child(2) .govuk-\\!-font-family-monospace').allInnerTexts()).map((t) => t.trim());
  }

  /** The queue table's row of one queue: waiting, retrying, running, stalled, failed. */
  async queueCounts(queue: string): Promise<string[]> {
    const row = this.page
      .getByTestId('job-queues')
      .locator('tbody tr')
      .filter({ has: this.page.getByRole('rowheader', { name: queue, exact: true }) });
    return (await row.locator('td').allInnerTexts()).map((t) => t.trim());
  }

  /** Opens a job's Retry or Discard confirmation from the failed jobs table. */
  async openAction(id: string, action: 'Retry' | 'Discard', state: string): Promise<void> {
    await this.page
      .getByTestId('failed-jobs')
      .getByRole('link', { name: `${action} job ${id}` })
      .click();
    await this.page.getByRole('heading', { level: 1, name: `${action} this job?` }).waitFor();
    await checkA11y(this.page, state);
  }

  async confirmationSummary(): Promise<Record<string, string>> {
    const rows = this.page.locator('.govuk-summary-list__row');
    const out: Record<string, string> = {};
    for (let i = 0; i < (await rows.count()); i++) {
      out[(await rows.nth(i).locator('.govuk-summary-list__key').innerText()).trim()] = (await rows.nth(i).locator('.govuk-summary-list__value').innerText()).trim();
    }
    return out;
  }

  async confirm(action: 'Retry' | 'Discard'): Promise<void> {
    await this.page.getByRole('button', { name: `${action} job` }).click();
  }

  // Email outbox

  async waitForOutbox(state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Email outbox' }).waitFor();
    await this.page.getByTestId('outbox-count').waitFor();
    await checkA11y(this.page, state);
  }

  async filterOutbox(label: string, state: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Filter by delivery state' }).getByRole('link', { name: label, exact: true }).click();
    await this.page.getByRole('navigation', { name: 'Filter by delivery state' }).getByText(label, { exact: true }).and(this.page.locator('[aria-current="page"]')).waitFor();
    await this.waitForOutbox(state);
  }

  async outboxRows(): Promise<string[][]> {
    const rows = this.page.getByTestId('outbox').locator('tbody tr');
    const out: string[][] = [];
    for (let i = 0; i < (await rows.count()); i++) out.push((await rows.nth(i).locator('td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()));
    return out;
  }
}
