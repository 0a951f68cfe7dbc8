import type { Download, Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

const squash = (t: string) => t.replace(/\s+/g, ' ').trim();

/** What every direct award form shows when refused: the summary's lines and the inline messages, checked. */
async function formErrors(page: Page, state: string): Promise<{ summary: string[]; inline: string[] }> {
  const summary = page.locator('.govuk-error-summary');
  await summary.waitFor();
  await checkA11y(page, state);
  return {
    summary: (await summary.locator('.govuk-error-summary__list li').allInnerTexts()).map(squash),
    inline: (await page.locator('.govuk-error-message').allInnerTexts()).map((t) => squash(t.replace(/^Error:/, ''))),
  };
}

async function successBanner(page: Page): Promise<string> {
  const banner = page.locator('.govuk-notification-banner--success');
  await banner.waitFor();
  return squash(await banner.locator('.govuk-notification-banner__content').innerText());
}

/** §5.3 "Save your search" (into an open project or a new one) and "Save a new search" (name it). */
export class SaveSearchPages {
  constructor(private readonly page: Page) {}

  async waitForChoice(state = 'save your search'): Promise<void> {
    await this.page.waitForURL(/\/buyers\/direct-award\/g-cloud\/save-search\?search_query=/);
    await this.page.getByRole('heading', { level: 1, name: 'Save your search' }).waitFor();
    await this.page.getByTestId('search-summary').waitFor();
    await checkA11y(this.page, state);
  }

  async summary(): Promise<string> {
    return squash(await this.page.getByTestId('search-summary').innerText());
  }

  /** The radios' labels, in order. */
  async choices(): Promise<string[]> {
    return (await this.page.locator('.govuk-radios__item label').allInnerTexts()).map(squash);
  }

  async choose(label?: string): Promise<void> {
    if (label) await this.page.getByRole('radio', { name: label, exact: true }).check();
    await this.page.getByRole('button', { name: 'Save and continue' }).click();
  }

  async waitForName(state = 'save a new search'): Promise<void> {
    await this.page.waitForURL(/\/buyers\/direct-award\/g-cloud\/save-new-search\?search_query=/);
    await this.page.getByRole('heading', { level: 1, name: 'Save a new search' }).waitFor();
    await this.page.getByTestId('search-summary').waitFor();
    await checkA11y(this.page, state);
  }

  async name(name: string): Promise<void> {
    await this.page.getByLabel('Name your search').fill(name);
    await this.page.getByRole('button', { name: 'Save and continue' }).click();
  }

  errors(state: string) {
    return formErrors(this.page, state);
  }
}

/** §5.5 a project's task list. */
export class ProjectPage {
  constructor(private readonly page: Page) {}

  async waitFor(name: string, state: string): Promise<void> {
    await this.page.waitForURL(/\/buyers\/direct-award\/g-cloud\/projects\/\d+$/);
    await this.page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
    await this.step(1).getByTestId('search-summary').waitFor();
    await checkA11y(this.page, state);
  }

  id(): string {
    return /projects\/(\d+)/.exec(this.page.url())![1]!;
  }

  step(n: number): Locator {
    return this.page.getByTestId(`step-${n}`);
  }

  /** Each step's status tag ("" when it has none). */
  async statuses(): Promise<string[]> {
    const out: string[] = [];
    for (let n = 1; n <= 5; n++) {
      const tag = this.step(n).getByTestId('step-status');
      out.push((await tag.count()) ? squash(await tag.innerText()) : '');
    }
    return out;
  }

  successBanner(): Promise<string> {
    return successBanner(this.page);
  }

  async errorSummary(): Promise<string[]> {
    const summary = this.page.locator('.govuk-error-summary');
    await summary.waitFor();
    return (await summary.locator('li').allInnerTexts()).map(squash);
  }
}

/** §5.6 "Before you export your results". */
export class EndSearchPage {
  constructor(private readonly page: Page) {}

  async waitFor(state = 'before you export your results'): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Before you export your results' }).waitFor();
    await checkA11y(this.page, state);
  }

  async consequences(): Promise<string[]> {
    return (await this.page.locator('main ul.govuk-list--bullet li').allInnerTexts()).map(squash);
  }

  async export(confirm: boolean): Promise<void> {
    if (confirm) await this.page.getByRole('checkbox', { name: 'I understand that I cannot edit my search after I export my results' }).check();
    await this.page.getByRole('button', { name: 'Export results and continue' }).click();
  }

  errors(state: string) {
    return formErrors(this.page, state);
  }
}

/** §5.7 "Download your results". */
export class ResultsPage {
  constructor(private readonly page: Page) {}

  async waitFor(state = 'download your results'): Promise<void> {
    await this.page.waitForURL(/\/projects\/\d+\/results$/);
    await this.page.getByRole('heading', { level: 1, name: 'Download your results' }).waitFor();
    await this.page.getByTestId('frozen-results').waitFor();
    await checkA11y(this.page, state);
  }

  successBanner(): Promise<string> {
    return successBanner(this.page);
  }

  /** The frozen services: name, supplier, price. */
  async services(): Promise<Array<{ name: string; supplier: string; price: string }>> {
    const rows = this.page.getByTestId('frozen-results').locator('tbody tr');
    const out = [];
    for (const row of await rows.all()) {
      const cells = (await row.locator('td, th').allInnerTexts()).map(squash);
      out.push({ name: cells[0]!, supplier: cells[1]!, price: cells[2]! });
    }
    return out;
  }

  /** Clicks a download link and waits for the browser's download. */
  async download(format: 'CSV' | 'ODS'): Promise<Download> {
    const name = format === 'CSV' ? 'Download search results as comma-separated values (CSV)' : 'Download search results as a spreadsheet (ODS)';
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('link', { name }).click()]);
    return download;
  }
}

/** §5.8 the outcome pages. */
export class OutcomePages {
  constructor(private readonly page: Page) {}

  async waitForDidYouAward(name: string, state = 'did you award a contract'): Promise<void> {
    await this.page.getByRole('group', { name: `Did you award a contract for ‘${name}’?` }).waitFor();
    await checkA11y(this.page, state);
  }

  async answer(label: string | null, button = 'Save and continue'): Promise<void> {
    if (label) await this.page.getByRole('radio', { name: label, exact: true }).check();
    await this.page.getByRole('button', { name: button }).click();
  }

  async waitForWhichService(state = 'which service won the contract'): Promise<void> {
    await this.page.getByRole('group', { name: 'Which service won the contract?' }).waitFor();
    await checkA11y(this.page, state);
  }

  async serviceChoices(): Promise<string[]> {
    return (await this.page.locator('.govuk-radios__item label').allInnerTexts()).map(squash);
  }

  async waitForContract(state = 'tell us about your contract'): Promise<void> {
    await this.page.waitForURL(/\/outcomes\/\d+\/tell-us-about-contract$/);
    await this.page.getByRole('heading', { level: 1, name: 'Tell us about your contract' }).waitFor();
    await checkA11y(this.page, state);
  }

  /** Types the contract details (any part may be left empty) and submits. */
  async contract(details: { start: [string, string, string]; end: [string, string, string]; value: string; organisation: string }): Promise<void> {
    for (const [group, parts] of [
      ['Start date', details.start],
      ['End date', details.end],
    ] as const) {
      const fieldset = this.page.getByRole('group', { name: group });
      await fieldset.getByLabel('Day').fill(parts[0]);
      await fieldset.getByLabel('Month').fill(parts[1]);
      await fieldset.getByLabel('Year').fill(parts[2]);
    }
    await this.page.getByLabel('Value').fill(details.value);
    await this.page.getByLabel('Organisation buying the service').fill(details.organisation);
    await this.page.getByRole('button', { name: 'Submit' }).click();
  }

  /** The ids of the inputs marked as in error. */
  async inputsInError(): Promise<string[]> {
    return this.page.locator('input.govuk-input--error').evaluateAll((els) => els.map((e) => e.id));
  }

  errors(state: string) {
    return formErrors(this.page, state);
  }
}

/** §5.4 "Your saved searches". */
export class SavedSearchesPage {
  constructor(private readonly page: Page) {}

  async waitFor(state = 'your saved searches'): Promise<void> {
    await this.page.waitForURL(/\/buyers\/direct-award\/g-cloud$/);
    await this.page.getByRole('heading', { level: 1, name: 'Your saved searches' }).waitFor();
    await checkA11y(this.page, state);
  }

  /** The rows of a table ("searching-projects" or "exported-projects") as cell texts. */
  async rows(table: 'searching-projects' | 'exported-projects'): Promise<string[][]> {
    const rows = this.page.getByTestId(table).locator('tbody tr');
    const out = [];
    for (const row of await rows.all()) out.push((await row.locator('td, th').allInnerTexts()).map(squash));
    return out;
  }
}
