import type { Download, Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

/** What the evaluation pages share: the heading, the GOV.UK error summary, the success banner. */
class EvaluationPage {
  constructor(protected readonly page: Page) {}

  /** Waits for the level-1 heading, then checks the page. */
  async waitForHeading(name: string | RegExp, state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
    await checkA11y(this.page, state);
  }

  /** The error summary's lines, once it shows (the page checked with it). */
  async errorSummary(state: string): Promise<string[]> {
    const summary = this.page.locator('.govuk-error-summary');
    await summary.waitFor();
    await checkA11y(this.page, state);
    return (await summary.locator('li').allInnerTexts()).map((t) => t.trim());
  }

  async inlineError(field: string): Promise<string> {
    return (await this.page.locator(`#${field}-error`).innerText()).replace(/^Error:\s*/, '').trim();
  }

  async successBanner(): Promise<string> {
    const banner = this.page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    return (await banner.innerText()).replace(/\s+/g, ' ').trim();
  }
}

/** B9: "Supplier questions" (received and published) and "Publish a question and answer". */
export class SupplierQuestionsPages extends EvaluationPage {
  async waitForList(state: string): Promise<void> {
    await this.waitForHeading('Supplier questions', state);
  }

  async receivedQuestions(): Promise<string[]> {
    return this.page.getByTestId('received-questions').locator('li > p:first-child').allInnerTexts();
  }

  async publishedQuestions(): Promise<string[]> {
    return this.page.getByTestId('published-answers').locator('li > p:first-child').allInnerTexts();
  }

  /** "Answer this question" for the nth question received (from 1). */
  async answerReceived(n: number): Promise<void> {
    await this.page
      .getByTestId('received-questions')
      .locator('li')
      .nth(n - 1)
      .getByRole('link', { name: /Answer this question/ })
      .click();
  }

  async waitForAnswerForm(state: string): Promise<void> {
    await this.waitForHeading('Publish a question and answer', state);
  }

  questionBox(): Locator {
    return this.page.getByRole('textbox', { name: 'Supplier question' });
  }

  answerBox(): Locator {
    return this.page.getByRole('textbox', { name: 'Your answer' });
  }

  async publish(question: string | null, answer: string): Promise<void> {
    if (question !== null) await this.questionBox().fill(question);
    await this.answerBox().fill(answer);
    await this.page.getByRole('button', { name: 'Publish question and answer' }).click();
  }
}

/** B12: the responses (counts, table, downloads) and one supplier's response. */
export class ResponsesPages extends EvaluationPage {
  async counts(): Promise<string[]> {
    return (await this.page.getByTestId('response-counts').locator('li').allInnerTexts()).map((t) => t.trim());
  }

  /** The table's rows: supplier, submitted, nice-to-haves met, status. */
  async rows(): Promise<string[][]> {
    const rows = this.page.getByTestId('responses').locator('tbody tr');
    const out: string[][] = [];
    for (let i = 0, n = await rows.count(); i < n; i++) out.push((await rows.nth(i).locator('td, th').allInnerTexts()).map((t) => t.trim()));
    return out;
  }

  async openResponse(supplier: string): Promise<void> {
    await this.page.getByTestId('responses').getByRole('link', { name: supplier, exact: true }).click();
  }

  /** Clicks a download button and waits for the browser's download. */
  async download(format: 'ODS' | 'CSV'): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: `Download responses (${format})` }).click()]);
    return download;
  }

  /** The answers of a response as its summary lists show them (question → answer). */
  async answers(): Promise<Record<string, string>> {
    const rows = this.page.locator('.govuk-summary-list__row');
    const out: Record<string, string> = {};
    for (let i = 0, n = await rows.count(); i < n; i++) {
      const key = (await rows.nth(i).locator('dt').innerText()).trim();
      out[key] = (await rows.nth(i).locator('dd').first().innerText()).trim();
    }
    return out;
  }
}

/** B13 and B14: the outcome questions (radios), the contract details, and the outcome recorded. */
export class OutcomePages extends EvaluationPage {
  async choose(label: string): Promise<void> {
    await this.page.getByRole('radio', { name: label, exact: true }).check();
  }

  async submit(button: 'Save and continue' | 'Update requirements'): Promise<void> {
    await this.page.getByRole('button', { name: button }).click();
  }

  async chosen(): Promise<string | null> {
    const checked = this.page.locator('input[type="radio"]:checked');
    return (await checked.count()) ? (await this.page.locator(`label[for="${await checked.getAttribute('id')}"]`).innerText()).trim() : null;
  }

  async supplierChoices(): Promise<string[]> {
    return (await this.page.locator('.govuk-radios__label').allInnerTexts()).map((t) => t.trim());
  }

  /** The contract's start date (day, month, year) and value. */
  async fillContract(day: string, month: string, year: string, value: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Day' }).fill(day);
    await this.page.getByRole('textbox', { name: 'Month' }).fill(month);
    await this.page.getByRole('textbox', { name: 'Year' }).fill(year);
    await this.page.locator('input[name="awardedContractValue"]').fill(value);
  }

  async recordedOutcome(): Promise<string> {
    return (await this.page.getByTestId('recorded-outcome').innerText()).replace(/\s+/g, ' ').trim();
  }
}
