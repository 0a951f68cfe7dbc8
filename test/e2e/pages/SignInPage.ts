import type { Page } from 'playwright-core';

/** The sign-in form, the same on both sites. */
export class SignInPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/sign-in`);
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.page.getByLabel('Email address').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  /** The lines of the GOV.UK error summary, once it shows. */
  async errorSummary(): Promise<string[]> {
    const summary = this.page.locator('.govuk-error-summary');
    await summary.waitFor();
    return (await summary.locator('li').allInnerTexts()).map((t) => t.trim());
  }
}
