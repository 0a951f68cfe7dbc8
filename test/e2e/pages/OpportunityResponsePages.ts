import type { Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';
import { FormPages } from './FormPages.js';

/**
 * S11, a supplier's application for a DOS opportunity: "Before you start", one question a page,
 * "Check and submit your answers", the confirmation, the application as submitted, and the page that
 * says why a supplier cannot apply. Every wait ends with the accessibility check of the state reached.
 */
export class OpportunityResponsePages extends FormPages {
  constructor(page: Page) {
    super(page);
  }

  /** "Before you start", with the opportunity's title as the caption. */
  async waitForStart(title: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Before you start' }).waitFor();
    await this.page.locator('.govuk-caption-l', { hasText: title }).waitFor();
    await checkA11y(this.page, 'application start page');
  }

  /** "You can't apply for this opportunity" and the reason, by its slug. */
  async ineligibleReason(): Promise<{ slug: string | null; text: string }> {
    await this.page.getByRole('heading', { level: 1, name: 'You can’t apply for this opportunity' }).waitFor();
    await checkA11y(this.page, 'supplier who cannot apply');
    const reason = this.page.getByTestId('ineligible');
    return { slug: await reason.getAttribute('data-reason'), text: (await reason.innerText()).trim() };
  }

  /** A question's page: the question is the h1, the opportunity the caption. */
  async waitForQuestion(question: string | RegExp, state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: question }).waitFor({ timeout: 10_000 });
    await checkA11y(this.page, state);
  }

  async fillDate(date: { day: string; month: string; year: string }): Promise<void> {
    await this.page.getByLabel('Day', { exact: true }).fill(date.day);
    await this.page.getByLabel('Month', { exact: true }).fill(date.month);
    await this.page.getByLabel('Year', { exact: true }).fill(date.year);
  }

  /** A yes/no question, found by its legend when a page asks several. */
  async choose(answer: 'Yes' | 'No', question?: string): Promise<void> {
    const scope: Page | Locator = question ? this.page.getByRole('group', { name: question, exact: true }) : this.page;
    await scope.getByLabel(answer, { exact: true }).check();
  }

  async fill(label: string, text: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).fill(text);
  }

  /** The labels of the page's text areas (one for each requirement of the opportunity). */
  async textareaLabels(): Promise<string[]> {
    const ids = await this.page.locator('textarea').evaluateAll((areas) => areas.map((a) => a.id));
    const labels: string[] = [];
    for (const id of ids) labels.push((await this.page.locator(`label[for="${id}"]`).innerText()).trim());
    return labels;
  }

  /** The legends of the page's yes/no questions (one for each nice-to-have requirement). */
  async yesNoQuestions(): Promise<string[]> {
    return (await this.page.locator('.govuk-radios').evaluateAll((radios) => radios.map((r) => r.closest('fieldset')?.querySelector('legend')?.textContent ?? ''))).map((t) =>
      t.trim(),
    );
  }

  async saveAndContinue(): Promise<void> {
    await this.button('Save and continue').click();
  }

  /** "Check and submit your answers" (a draft) or "Your application for ‘…’" (submitted). */
  async waitForAnswers(heading: string | RegExp, state: string): Promise<void> {
    await this.waitForHeading(heading, state);
    await this.page.locator('.govuk-summary-list').first().waitFor();
  }

  /** Each row of the answers as text: the question, the answer, the action. */
  async answerRows(): Promise<Array<{ key: string; value: string; action: string }>> {
    const rows: Array<{ key: string; value: string; action: string }> = [];
    for (const row of await this.page.locator('.govuk-summary-list > .govuk-summary-list__row').all()) {
      const key = (await row.locator('.govuk-summary-list__key').first().innerText()).trim();
      const value = (await row.locator('.govuk-summary-list__value').first().innerText()).replace(/\s+/g, ' ').trim();
      const links = row.locator(':scope > .govuk-summary-list__actions a');
      const action = (await links.count()) ? (await links.first().evaluate((a) => a.firstChild?.textContent ?? '')).trim() : '';
      rows.push({ key, value, action });
    }
    return rows;
  }

  /** The confirmation after submitting: the GOV.UK panel's title and text. */
  async confirmation(): Promise<{ title: string; text: string }> {
    const panel = this.page.locator('.govuk-panel--confirmation');
    await panel.waitFor();
    await checkA11y(this.page, 'application submitted');
    return { title: (await panel.locator('.govuk-panel__title').innerText()).trim(), text: (await panel.locator('.govuk-panel__body').innerText()).trim() };
  }
}
