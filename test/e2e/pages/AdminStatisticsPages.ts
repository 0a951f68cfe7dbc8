import type { Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

const cells = async (row: Locator) => (await row.locator('th, td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
const count = (text: string) => Number(text.replace(/[^\d]/g, ''));

/** AD16: the frameworks with application statistics, and one framework's statistics. */
export class AdminStatisticsPages {
  constructor(private readonly page: Page) {}

  async waitForFrameworks(state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Application statistics' }).waitFor();
    await this.page.getByTestId('statistics-frameworks').waitFor();
    await checkA11y(this.page, state);
  }

  async waitForStatistics(frameworkName: string, state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Application statistics' }).waitFor();
    await this.page.locator('.govuk-caption-l', { hasText: frameworkName }).waitFor();
    await this.page.getByTestId('statistics-summary').waitFor();
    await checkA11y(this.page, state);
  }

  /** The summary's figures by their labels ("Suppliers interested" → 2). */
  async summary(): Promise<Record<string, number>> {
    const rows = this.page.getByTestId('statistics-summary').locator('.govuk-summary-list__row');
    const out: Record<string, number> = {};
    for (const row of await rows.all()) {
      const key = (await row.locator('.govuk-summary-list__key').innerText()).trim();
      out[key] = count(await row.locator('.govuk-summary-list__value .govuk-\\!-font-weight-bold').innerText());
    }
    return out;
  }

  /** The per-lot table's rows: the lot's name, then its counts. */
  async lots(): Promise<Array<[string, ...number[]]>> {
    const rows = await this.page.getByTestId('statistics-lots').locator('tbody tr').all();
    return Promise.all(rows.map(async (r) => cells(r).then(([lot, ...n]) => [lot!, ...n.map(count)] as [string, ...number[]])));
  }

  /** The day-by-day table's rows: the day, then the running totals. */
  async days(): Promise<Array<[string, ...number[]]>> {
    const table = this.page.getByTestId('statistics-days');
    if (!(await table.count())) return [];
    const rows = await table.locator('tbody tr').all();
    return Promise.all(rows.map(async (r) => cells(r).then(([day, ...n]) => [day!, ...n.map(count)] as [string, ...number[]])));
  }

  async refreshedAt(): Promise<string> {
    return (await this.page.getByTestId('refreshed-at').innerText()).trim();
  }

  async refresh(state: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Refresh now' }).click();
    await this.page.locator('.govuk-notification-banner--success').waitFor();
    await checkA11y(this.page, state);
  }
}

/** The audit event browser: the filtered list (with its pages) and one event. */
export class AdminAuditEventPages {
  constructor(private readonly page: Page) {}

  async waitForList(state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Audit events' }).waitFor();
    await this.page.getByTestId('audit-events').waitFor();
    await checkA11y(this.page, state);
  }

  /** "1,234 events" (or "No events found"). */
  async heading(): Promise<string> {
    return (await this.page.locator('#events-heading').innerText()).trim();
  }

  async total(): Promise<number> {
    const text = await this.heading();
    return text.startsWith('No') ? 0 : count(text);
  }

  /** The list's rows: when, event, user, object (the event's link text without its hidden id). */
  async rows(): Promise<string[][]> {
    const rows = await this.page.getByTestId('audit-events').locator('tbody tr').all();
    return Promise.all(rows.map(async (r) => (await cells(r)).map((c) => c.replace(/ \(event \d+\)$/, ''))));
  }

  /** The ids of the events listed, in order. */
  async ids(): Promise<string[]> {
    const links = await this.page.getByTestId('audit-events').locator('tbody tr a').all();
    return Promise.all(links.map(async (a) => (await a.getAttribute('href'))!.split('/').pop()!));
  }

  async filter(fields: { type?: string; objectType?: string; objectId?: string; user?: string; from?: [string, string, string]; to?: [string, string, string] }): Promise<void> {
    const form = this.page.getByRole('search', { name: 'Audit events' });
    if (fields.type !== undefined) await form.getByLabel('Type of event').selectOption({ label: fields.type });
    if (fields.objectType !== undefined) await form.getByLabel('What the event is about').selectOption({ label: fields.objectType });
    if (fields.objectId !== undefined) await form.getByLabel('Its id (optional)').fill(fields.objectId);
    if (fields.user !== undefined) await form.getByLabel('Email address of the user who acted (optional)').fill(fields.user);
    for (const [name, value] of [
      ['from', fields.from],
      ['to', fields.to],
    ] as const) {
      if (!value) continue;
      const group = form.getByRole('group', { name: new RegExp(`^${name === 'from' ? 'From' : 'To'}`) });
      await group.getByLabel('Day').fill(value[0]);
      await group.getByLabel('Month').fill(value[1]);
      await group.getByLabel('Year').fill(value[2]);
    }
    await form.getByRole('button', { name: 'Filter events' }).click();
  }

  async errors(state: string): Promise<string[]> {
    const summary = this.page.locator('.govuk-error-summary');
    await summary.waitFor();
    await checkA11y(this.page, state);
    return (await summary.locator('li').allInnerTexts()).map((t) => t.trim());
  }

  pageLink(name: 'Older events' | 'Newer events'): Locator {
    return this.page.getByRole('navigation', { name: 'Pages of events' }).getByRole('link', { name });
  }

  async open(id: string): Promise<void> {
    await this.page.locator(`a[href="/audit-events/${id}"]`).click();
  }

  async waitForEvent(title: string, state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await this.page.getByTestId('audit-event').waitFor();
    await checkA11y(this.page, state);
  }

  async detail(key: string): Promise<string> {
    const row = this.page
      .getByTestId('audit-event')
      .locator('.govuk-summary-list__row')
      .filter({ has: this.page.locator('.govuk-summary-list__key', { hasText: key }) });
    return (await row.locator('.govuk-summary-list__value').innerText()).trim();
  }
}
