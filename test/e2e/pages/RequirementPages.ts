import type { Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';
import { DEMO_PASSWORD } from '../support/api.js';
import { FormPages } from './FormPages.js';
import { HomePage } from './HomePage.js';
import { SignInPage } from './SignInPage.js';

/** A sentence for the content's longer questions (under every word limit). */
const TEXT = 'We need help to move our case management service to the cloud and to support it for two years.';

/** Answers to number fields by id: weightings that add up to 100 within every lot's limits, how many suppliers to evaluate. */
const NUMBERS: Record<string, string> = { technicalWeighting: '60', culturalWeighting: '20', priceWeighting: '20', numberOfSuppliers: '5' };

/** Short answers by field id (a list's items share the list's). */
const LINES: Record<string, string> = {
  organisation: 'Department for Example Services',
  essentialRequirements: 'Experience of moving services to the cloud',
  niceToHaveRequirements: 'Experience of working in government',
  successCriteria: 'The service runs in the cloud by the end of the year',
  culturalFitCriteria: 'Works in the open with our own team',
  contractLength: '6 months',
};

/** A requirement's latest start date in the journeys: well in the future, whenever they run. */
export const START_DATE = { day: '14', month: '9', year: String(new Date().getUTCFullYear() + 1) };

/**
 * B3–B11, a buyer's DOS requirements: the start pages, the task list, section summaries and one
 * question a page, the preview, publishing and its dates, withdraw, delete, copy and "Your
 * requirements". Every wait ends with the accessibility check of the state reached.
 */
export class RequirementPages extends FormPages {
  constructor(page: Page) {
    super(page);
  }

  /** The home page, signed in as `email` (signing in from the home page's link the first time), with its links for buyers. */
  async homeSignedIn(webUrl: string, email: string): Promise<void> {
    const home = new HomePage(this.page);
    await home.open(webUrl);
    const signInLink = this.page.getByRole('link', { name: 'Sign in', exact: true });
    await this.page
      .getByRole('link', { name: /^Sign (in|out)$/ })
      .first()
      .waitFor();
    if (await signInLink.count()) {
      await signInLink.click();
      const signIn = new SignInPage(this.page);
      await signIn.waitForForm();
      await signIn.signIn(email, DEMO_PASSWORD);
      // A buyer lands on their dashboard; the service name in the header leads back home.
      await this.page.waitForURL((u) => u.pathname === '/buyers');
      await this.page.getByRole('heading', { level: 2, name: 'Digital outcomes, specialists and user research participants' }).waitFor();
      await this.page.locator('.govuk-service-navigation, .govuk-header').getByRole('link', { name: 'Digital Marketplace', exact: true }).first().click();
      await home.waitForPage('home page, buyer signed in');
    }
    await this.page.getByTestId('requirement-start-links').waitFor();
  }

  /** The task list of a requirement: its title is the h1 and its seven steps show. */
  async waitForOverview(title: string, state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await this.page.getByTestId('step-7').waitFor();
    await checkA11y(this.page, state);
  }

  /** One of the task list's seven steps (from 1). */
  step(n: number): Locator {
    return this.page.getByTestId(`step-${n}`);
  }

  /** Each task of steps 1–3 (a section, preview, publish) and its status, as the task list shows them. */
  async tasks(): Promise<Array<{ task: string; status: string; linked: boolean }>> {
    const out: Array<{ task: string; status: string; linked: boolean }> = [];
    for (const item of await this.page.locator('.govuk-task-list__item').all()) {
      const name = item.locator('.govuk-task-list__name-and-hint');
      out.push({
        task: (await name.innerText()).trim(),
        status: (await item.locator('.govuk-task-list__status').innerText()).trim(),
        linked: (await name.locator('a').count()) > 0,
      });
    }
    return out;
  }

  task(name: string): Locator {
    return this.page.locator('.govuk-task-list').getByRole('link', { name, exact: true });
  }

  /** A question page: its question is the h1 and it has "Save and continue". */
  async waitForQuestion(state: string): Promise<string> {
    await this.button('Save and continue').waitFor();
    const heading = this.page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    await checkA11y(this.page, state);
    return (await heading.innerText()).trim();
  }

  /** A section's summary: its name is the h1, with "Return to overview". */
  async waitForSection(name: string, state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
    await this.page.locator('.govuk-summary-list').waitFor();
    await this.link('Return to overview').waitFor();
    await checkA11y(this.page, state);
  }

  /** The questions a section summary still offers to answer ("Answer question" links), by name. */
  async unansweredInSection(): Promise<string[]> {
    const rows = this.page.locator('.govuk-summary-list__row').filter({ has: this.page.getByRole('link', { name: /^Answer question/ }) });
    return (await rows.locator('.govuk-summary-list__key').allInnerTexts()).map((t) => t.trim());
  }

  answerLink(question: string): Locator {
    return this.page.getByRole('link', { name: `Answer question ${question}`, exact: true });
  }

  /**
   * Answers every empty field of a question page with an answer that passes: the first of radios
   * and checkboxes, `numbers` by field id (weightings, how many suppliers), the start date, a line
   * for short text and list items, a sentence for text areas.
   */
  async answer(numbers: Record<string, string> = {}): Promise<void> {
    const form = this.page.locator('main form');
    for (const group of await form.locator('.govuk-radios').all()) {
      if (await group.locator('input:checked').count()) continue;
      await group.locator('input[type=radio]').first().check();
    }
    for (const group of await form.locator('.govuk-checkboxes').all()) {
      if (await group.locator('input:checked').count()) continue;
      await group.locator('input[type=checkbox]').first().check();
    }
    for (const input of await form.locator('input.govuk-input').all()) {
      if (!(await input.isVisible()) || (await input.inputValue())) continue;
      const id = (await input.getAttribute('id')) ?? '';
      const part = /-(day|month|year)$/.exec(id)?.[1] as keyof typeof START_DATE | undefined;
      await input.fill(numbers[id] ?? NUMBERS[id] ?? (part ? START_DATE[part] : (LINES[id.replace(/-\d+$/, '')] ?? 'Two rounds a month, from March')));
    }
    for (const area of await form.locator('textarea').all()) {
      if (!(await area.isVisible()) || (await area.inputValue())) continue;
      await area.fill(TEXT);
    }
  }

  /**
   * Answers every question in `required` (the preview's list), section by section from the task
   * list: a one-question section is its question's page; a longer one is its summary, from which
   * each required question is answered on its own page. `onQuestion` may refuse an answer first.
   */
  async answerRequired(title: string, state: string, required: string[], onQuestion?: (heading: string) => Promise<void>): Promise<void> {
    const { page } = this;
    for (let round = 0; round < 12; round++) {
      const todo = (await this.tasks()).find((t) => t.linked && (t.status === 'To do' || t.status === 'In progress') && t.task !== 'Publish your requirements');
      if (!todo) return;
      await this.task(todo.task).click();
      await page.waitForURL(/\/(edit\/[^/]+\/[^/]+|[a-z-]+)$/);
      if (page.url().includes('/edit/')) {
        const heading = await this.waitForQuestion(`${state}: question ${todo.task}`);
        await onQuestion?.(heading);
        await this.answer();
        await this.save();
        await this.waitForOverview(title, `${state}: task list after ${todo.task}`);
        continue;
      }
      await this.waitForSection(todo.task, `${state}: section ${todo.task}`);
      for (const question of (await this.unansweredInSection()).filter((q) => required.includes(q))) {
        await this.answerLink(question).click();
        const heading = await this.waitForQuestion(`${state}: question ${question}`);
        await onQuestion?.(heading);
        await this.answer();
        await this.save();
        await this.waitForSection(todo.task, `${state}: section ${todo.task} after ${question}`);
      }
      const left = (await this.unansweredInSection()).filter((q) => required.includes(q));
      if (left.length) throw new Error(`still unanswered in ${todo.task}: ${left.join(', ')}`);
      await this.link('Return to overview').click();
      await this.waitForOverview(title, `${state}: task list after ${todo.task}`);
    }
    throw new Error('the task list still has sections to do after 12 rounds');
  }

  save(): Promise<void> {
    return this.button('Save and continue').click();
  }

  /** The questions the preview or publish page lists as still to answer. */
  async missingQuestions(): Promise<string[]> {
    const list = this.page.getByTestId('missing-questions');
    await list.waitFor();
    return (await list.locator('li').allInnerTexts()).map((t) => t.trim());
  }

  /** The timetable's rows: what happens, and when. */
  async timetable(): Promise<Array<[string, string]>> {
    const rows = this.page.getByTestId('timetable').locator('.govuk-summary-list__row');
    const out: Array<[string, string]> = [];
    for (const row of await rows.all())
      out.push([(await row.locator('.govuk-summary-list__key').innerText()).trim(), (await row.locator('.govuk-summary-list__value').innerText()).replace(/\s+/g, ' ').trim()]);
    return out;
  }

  /** The rows of one of the dashboard's tables (unpublished, published, closed), cell by cell. */
  async dashboardRows(table: 'unpublished' | 'published' | 'closed'): Promise<string[][]> {
    const rows = this.page.getByTestId(table).locator('tbody tr');
    const out: string[][] = [];
    for (const row of await rows.all()) out.push((await row.locator('td, th').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()));
    return out;
  }

  /** "Your requirements", once its tables have loaded. */
  async waitForDashboard(state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Your requirements' }).waitFor();
    await this.page.getByTestId('closed').waitFor();
    await this.page.locator('[data-testid=unpublished] td', { hasText: '…' }).waitFor({ state: 'detached' });
    await checkA11y(this.page, state);
  }
}
