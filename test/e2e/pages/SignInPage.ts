import type { Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';
import { fillAndSubmitByKeyboard } from '../support/keyboard.js';

/** The sign-in form, the same on both sites. */
export class SignInPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/sign-in`);
    await this.waitForForm();
  }

  /** The form, however it was reached (directly or by a redirect), checked for accessibility. */
  async waitForForm(): Promise<void> {
    await this.page.getByRole('heading', { level: 1 }).waitFor();
    await checkA11y(this.page, 'sign-in form');
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.page.getByLabel('Email address').fill(email);
    await this.page.getByLabel('Password', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  /** The same, with the keyboard only: Tab from wherever the focus is, typing, Enter on the button. */
  async signInByKeyboard(email: string, password: string): Promise<void> {
    await fillAndSubmitByKeyboard(this.page, { 'Email address': email, Password: password }, 'Sign in');
  }

  /** The lines of the GOV.UK error summary, once it shows (checked for accessibility). */
  async errorSummary(): Promise<string[]> {
    const summary = this.page.locator('.govuk-error-summary');
    await summary.waitFor();
    await checkA11y(this.page, 'sign-in form with errors');
    return (await summary.locator('li').allInnerTexts()).map((t) => t.trim());
  }
}
