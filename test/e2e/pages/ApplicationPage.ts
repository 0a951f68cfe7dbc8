import type { Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

/** A supplier's application to a framework (S5): the start page, then the task list. */
export class ApplicationPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string, framework: string): Promise<void> {
    await this.page.goto(`${baseUrl}/suppliers/frameworks/${framework}`);
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  /** On the supplier dashboard: "Apply" to an open framework, which registers interest and opens the task list. */
  async applyFromDashboard(framework: string): Promise<void> {
    await this.page
      .getByRole('region', { name: `${framework} is open for applications` })
      .getByRole('button', { name: 'Apply' })
      .click();
    await this.page.getByRole('heading', { name: 'Application progress' }).waitFor();
  }

  /** On the supplier dashboard: "Continue your application" to the open framework. */
  async continueFromDashboard(): Promise<void> {
    await this.page.getByRole('button', { name: 'Continue your application' }).click();
    await this.page.getByRole('heading', { name: 'Application progress' }).waitFor();
  }

  heading(): Promise<string> {
    return this.page.getByRole('heading', { level: 1 }).innerText();
  }

  /** "Start your application" on the start page, which registers interest; the task list follows. */
  async apply(): Promise<void> {
    await this.page.getByRole('button', { name: 'Start your application' }).click();
    await this.page.getByRole('heading', { name: 'Application progress' }).waitFor();
  }

  /** Each task's name and status, as the task list reads. */
  async tasks(): Promise<Array<[string, string]>> {
    await this.page.locator('.govuk-task-list').waitFor();
    const items = this.page.locator('.govuk-task-list__item');
    const out: Array<[string, string]> = [];
    for (let i = 0; i < (await items.count()); i++) {
      const item = items.nth(i);
      out.push([(await item.locator('.govuk-task-list__name-and-hint > :first-child').innerText()).trim(), (await item.locator('.govuk-task-list__status').innerText()).trim()]);
    }
    return out;
  }

  /** The confirmation of what the user just did (the success banner that takes the focus), once it shows. */
  async banner(): Promise<string> {
    const banner = this.page.locator('.govuk-notification-banner--success[role="alert"]');
    await banner.waitFor();
    return (await banner.innerText()).replace(/\s+/g, ' ').trim();
  }

  /** The banner saying the application is complete (it will be submitted at the deadline). */
  async completeBanner(): Promise<string> {
    const banner = this.page.getByRole('region', { name: 'Your application' });
    await banner.waitFor();
    return (await banner.innerText()).replace(/\s+/g, ' ').trim();
  }

  async openTask(name: string): Promise<void> {
    await this.page.getByRole('link', { name }).click();
  }

  /** Once applications have closed: the page's opening paragraphs (the result so far). */
  async outcome(): Promise<string[]> {
    const lede = this.page.getByTestId('application-outcome');
    await lede.waitFor();
    return (await lede.locator('p').allInnerTexts()).map((t) => t.trim());
  }

  /** The action to sign and return the framework's agreement, if the page offers it. */
  signAction(): Locator {
    return this.page.getByRole('button', { name: /^Sign and return your / });
  }

  checkA11y(state: string): Promise<void> {
    return checkA11y(this.page, state);
  }
}
