import type { Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';
import { tabTo } from '../support/keyboard.js';

/** The supplier declaration (S6): the overview of its sections, the reuse question, and each section's page. */
export class DeclarationPages {
  constructor(private readonly page: Page) {}

  async waitForOverview(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Your declaration overview' }).waitFor();
    await this.page.locator('.govuk-summary-card').first().waitFor();
  }

  /** The overview's sections: each card's title and its rows (question, answer). */
  async sections(): Promise<Array<{ title: string; rows: Array<[string, string]> }>> {
    const cards = this.page.locator('.govuk-summary-card');
    const out = [];
    for (let i = 0; i < (await cards.count()); i++) {
      const card = cards.nth(i);
      const rows = card.locator('.govuk-summary-list__row');
      const read: Array<[string, string]> = [];
      for (let j = 0; j < (await rows.count()); j++)
        read.push([
          (await rows.nth(j).locator('dt').innerText()).replace(/\s+/g, ' ').trim(),
          (await rows.nth(j).locator('.govuk-summary-list__value').innerText()).replace(/\s+/g, ' ').trim(),
        ]);
      out.push({ title: (await card.locator('.govuk-summary-card__title').innerText()).replace(/\s+/g, ' ').trim(), rows: read });
    }
    return out;
  }

  /** The section's page, from its card's "Edit". */
  async editSection(title: string): Promise<void> {
    await this.page
      .locator('.govuk-summary-card', { has: this.page.locator('.govuk-summary-card__title', { hasText: title }) })
      .getByRole('link', { name: /^Edit/ })
      .click();
    await this.waitForSection(title);
  }

  async waitForSection(title: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
  }

  sectionTitle(): Promise<string> {
    return this.page.getByRole('heading', { level: 1 }).innerText();
  }

  saveButton(): Locator {
    return this.page.getByRole('button', { name: 'Save and continue' });
  }

  async save(): Promise<void> {
    await this.saveButton().click();
  }

  /** The lines of the error summary, once it shows. */
  async errorSummary(): Promise<string[]> {
    const summary = this.page.locator('.govuk-error-summary');
    await summary.waitFor();
    return (await summary.locator('li').allInnerTexts()).map((t) => t.trim());
  }

  /** Inline error messages on the page, without GOV.UK's hidden "Error:" prefix. */
  async inlineErrors(): Promise<string[]> {
    return (await this.page.locator('.govuk-error-message').allInnerTexts()).map((t) => t.replace(/^Error:\s*/, '').trim());
  }

  /**
   * Answers what the page leaves unanswered, as a supplier who can say yes to everything would:
   * "Yes" (or the first choice) for each group of radios, the first box of checkboxes, text where
   * text is asked. Questions already answered (saved or offered from an earlier declaration) stay.
   */
  async answerTheRest(text: Record<string, string>): Promise<void> {
    const groups = this.page.locator('form .govuk-radios');
    for (let i = 0; i < (await groups.count()); i++) {
      const group = groups.nth(i);
      if (!(await group.isVisible())) continue;
      const radios = group.locator(':scope > .govuk-radios__item > input');
      if ((await radios.count()) && !(await group.locator(':scope > .govuk-radios__item > input:checked').count())) await radios.first().check();
    }
    const boxes = this.page.locator('form .govuk-checkboxes');
    for (let i = 0; i < (await boxes.count()); i++) {
      const group = boxes.nth(i);
      if (!(await group.locator('input:checked').count())) await group.locator('input').first().check();
    }
    for (const [label, value] of Object.entries(text)) {
      const field = this.page.getByLabel(label, { exact: false });
      if (!(await field.inputValue())) await field.fill(value);
    }
  }

  /**
   * With the keyboard only: Tab to each group's first choice (a group of radios takes one Tab stop)
   * and select it with Space, then Enter on "Save and continue".
   */
  async answerYesByKeyboard(groups: RegExp[]): Promise<void> {
    const later = [{ target: this.saveButton(), name: 'Save and continue' }];
    for (const name of groups) {
      const yes = this.page.getByRole('group', { name }).getByRole('radio', { name: 'Yes' });
      await tabTo(this.page, yes, `Yes for ${name.source.slice(0, 40)}`, later);
      await this.page.keyboard.press('Space');
      if (!(await yes.isChecked())) throw new Error(`Space did not choose Yes for "${name}"`);
    }
    await tabTo(this.page, this.saveButton(), 'Save and continue');
    await this.page.keyboard.press('Enter');
  }

  async makeDeclaration(): Promise<void> {
    await this.page.getByRole('button', { name: 'Make declaration' }).click();
  }

  checkA11y(state: string): Promise<void> {
    return checkA11y(this.page, state);
  }
}
