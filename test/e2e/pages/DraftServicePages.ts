import type { Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';
import { FormPages } from './FormPages.js';

/** A small, real PDF (one page saying `text`), with a correct cross-reference table. */
export function smallPdf(text: string): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Answers a journey gives a draft service's questions it does not name itself: sensible ones for each kind of field. */
const TEXT = 'We plan the work with the buyer, agree milestones and report progress every week.';

/**
 * S7, an application's services: the list, the service type, a lot's services, the draft summary
 * and its sections edited page by page, removal and copies.
 */
export class DraftServicePages extends FormPages {
  constructor(page: Page) {
    super(page);
  }

  /** The rows of a table (by its data-testid) as text, cell by cell. */
  async table(testId: string): Promise<string[][]> {
    const table = this.page.getByTestId(testId);
    if (!(await table.count())) return [];
    const rows = table.locator('tbody tr');
    const out: string[][] = [];
    for (let i = 0; i < (await rows.count()); i++) out.push((await rows.nth(i).locator('td, th').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()));
    return out;
  }

  /** The draft summary's section cards: title, and each row's key and value. */
  async sections(): Promise<Array<{ title: string; rows: Array<[string, string]> }>> {
    const cards = this.page.locator('.govuk-summary-card');
    const out: Array<{ title: string; rows: Array<[string, string]> }> = [];
    for (let i = 0; i < (await cards.count()); i++) {
      const card = cards.nth(i);
      const rows = card.locator('.govuk-summary-list__row');
      const list: Array<[string, string]> = [];
      for (let j = 0; j < (await rows.count()); j++)
        list.push([
          (await rows.nth(j).locator('.govuk-summary-list__key').innerText()).trim(),
          (await rows.nth(j).locator('.govuk-summary-list__value').innerText()).replace(/\s+/g, ' ').trim(),
        ]);
      out.push({ title: (await card.locator('.govuk-summary-card__title').innerText()).trim(), rows: list });
    }
    return out;
  }

  /** A section card's "Edit" link. */
  editLink(section: string): Locator {
    return this.page
      .locator('.govuk-summary-card')
      .filter({ has: this.page.locator('.govuk-summary-card__title', { hasText: section }) })
      .getByRole('link', { name: /^Edit/ });
  }

  /** Whether the page is a draft summary (its "Service type" card shows). */
  async waitForSummary(name: string, state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
    await this.page.getByRole('heading', { level: 2, name: 'Service type' }).waitFor();
    await checkA11y(this.page, state);
  }

  /**
   * Answers every field on the page that has no answer yet, by kind (the first choice of radios and
   * checkboxes, a figure for prices, a link for addresses, a sentence for text), again after each
   * round for follow-up questions revealed. File fields are left to `upload`.
   */
  async answerEverything(): Promise<void> {
    const form = this.page.locator('main form');
    for (let round = 0; round < 4; round++) {
      let changed = false;
      for (const group of await form.locator('.govuk-radios').all()) {
        if (!(await group.isVisible()) || (await group.locator('input:checked').count())) continue;
        await group.locator('input[type=radio]').first().check();
        changed = true;
      }
      for (const group of await form.locator('.govuk-checkboxes').all()) {
        if (!(await group.isVisible()) || (await group.locator('input:checked').count())) continue;
        await group.locator('input[type=checkbox]').first().check();
        changed = true;
      }
      for (const select of await form.locator('select').all()) {
        if (!(await select.isVisible()) || (await select.inputValue())) continue;
        const value = await select.locator('option').evaluateAll((os) => (os as HTMLOptionElement[]).map((o) => o.value).find((v) => v) ?? '');
        await select.selectOption(value);
        changed = true;
      }
      for (const input of await form.locator('input.govuk-input').all()) {
        if (!(await input.isVisible()) || (await input.inputValue())) continue;
        const id = (await input.getAttribute('id')) ?? '';
        const numeric = /price|Min|Max/i.test(id) || ['numeric', 'decimal'].includes((await input.getAttribute('inputmode')) ?? '');
        await input.fill(numeric ? (/Max/.test(id) ? '200' : '100') : /link|url/i.test(id) ? 'https://example.com/trial' : 'Weekly progress reports');
        changed = true;
      }
      for (const area of await form.locator('textarea').all()) {
        if (!(await area.isVisible()) || (await area.inputValue())) continue;
        await area.fill(TEXT);
        changed = true;
      }
      if (!changed) return;
    }
  }

  /** Chooses a file for the upload field labelled `label`, then waits for the scan's verdict. */
  async upload(label: string | RegExp, name: string, bytes: Buffer): Promise<string> {
    const input = this.page.getByLabel(label);
    await input.setInputFiles({ name, mimeType: 'application/pdf', buffer: bytes });
    const id = await input.getAttribute('id');
    const status = this.page.locator(`[id="${id}-status"]`);
    await status.filter({ hasText: /Checked|Refused/ }).waitFor({ timeout: 60_000 });
    return (await status.innerText()).trim();
  }

  save(): Promise<void> {
    return this.button('Save and continue').click();
  }
}

/**
 * The company details every application needs (dm-journeys S3), answered and confirmed: each
 * required page once, with answers that pass.
 */
export async function confirmCompanyDetails(pages: FormPages, company: string): Promise<void> {
  const { page } = pages;
  await pages.followRow('Registered company name');
  await pages.waitForHeading('What is your registered company name?', 'registered company name');
  await page.getByLabel('What is your registered company name?').fill(company);
  await pages.button('Save and return').click();
  await pages.waitForHeading('Your company details', 'company details, name saved');
  await pages.followRow('Registered address');
  await pages.waitForHeading('What is your registered office address?', 'registered address');
  await page.getByLabel('Building and street').fill('10 Example Road');
  await page.getByLabel('Town or city').fill('Leeds');
  await page.getByLabel('Postcode').fill('LS1 4AB');
  await page.getByLabel('Country').selectOption({ label: 'United Kingdom' });
  await pages.button('Save and return').click();
  await pages.waitForHeading('Your company details', 'company details, address saved');
  await pages.followRow('Registration number');
  await pages.waitForHeading('Are you registered with Companies House?', 'registration number');
  await page.getByLabel('Yes').check();
  await page.getByLabel('Companies House number').fill('AB654321');
  await pages.button('Save and return').click();
  await pages.waitForHeading('Your company details', 'company details, number saved');
  await pages.followRow('Trading status');
  await pages.waitForHeading('What is your trading status?', 'trading status');
  await page.getByLabel('Limited company (LTD)').check();
  await pages.button('Save and return').click();
  await pages.waitForHeading('Your company details', 'company details, trading status saved');
  await pages.followRow('Company size');
  await pages.waitForHeading('What size is your company?', 'company size');
  await page.getByLabel('Small').check();
  await pages.button('Save and return').click();
  await pages.waitForHeading('Your company details', 'company details, all answered');
  await pages.button('Confirm your company details').click();
  await page.locator('.govuk-notification-banner--success', { hasText: 'You have confirmed your company details' }).waitFor();
  await page.getByRole('button', { name: 'Confirm your company details' }).waitFor({ state: 'detached' });
}
