import type { Download, Locator, Page } from 'playwright-core';
import { checkA11y } from '../support/axe.js';

async function flashOf(page: Page): Promise<string> {
  const banner = page.locator('.govuk-notification-banner--success');
  await banner.waitFor();
  return (await banner.locator('.govuk-notification-banner__heading').innerText()).trim();
}

async function errorsOf(page: Page, state: string): Promise<string[]> {
  const summary = page.locator('.govuk-error-summary');
  await summary.waitFor();
  await checkA11y(page, state);
  return (await summary.locator('li').allInnerTexts()).map((t) => t.trim());
}

/** AD12: the frameworks with communications, one framework's communications, the delete confirmation. */
export class AdminCommunicationsPages {
  constructor(private readonly page: Page) {}

  async waitForFrameworks(state = 'communications: choose a framework'): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Framework communications' }).waitFor();
    await this.page.getByTestId('communication-frameworks').waitFor();
    await checkA11y(this.page, state);
  }

  async chooseFramework(name: string): Promise<void> {
    await this.page.getByRole('link', { name: `Manage ${name} communications`, exact: true }).click();
    await this.waitFor(name, `manage ${name} communications`);
  }

  async waitFor(frameworkName: string, state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: `Manage ${frameworkName} communications` }).waitFor();
    await this.page.getByTestId('communication-list').waitFor();
    await checkA11y(this.page, state);
  }

  list(kind: 'communications' | 'clarification answers'): Locator {
    return this.page.getByTestId(kind === 'communications' ? 'communication-list' : 'clarificationAnswers-list');
  }

  /** A list's rows: file (with kind and size), uploaded, status. */
  async rows(kind: 'communications' | 'clarification answers'): Promise<string[][]> {
    const out: string[][] = [];
    for (const row of await this.list(kind).locator('tbody tr').all()) out.push((await row.locator('td').allInnerTexts()).slice(0, 3).map((t) => t.replace(/\s+/g, ' ').trim()));
    return out;
  }

  row(kind: 'communications' | 'clarification answers', fileName: string): Locator {
    return this.list(kind).locator('tbody tr').filter({ hasText: fileName });
  }

  /** Waits (the page asks again every few seconds) until the file's scan has ended; its status tag then. */
  async waitForScan(kind: 'communications' | 'clarification answers', fileName: string): Promise<string> {
    const tag = this.row(kind, fileName).locator('.govuk-tag');
    await tag.filter({ hasNotText: 'Waiting for virus scan' }).waitFor({ timeout: 60_000 });
    return (await tag.innerText()).trim();
  }

  async upload(kind: 'communications' | 'clarification answers', file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const form = this.page.getByTestId(kind === 'communications' ? 'communication-upload' : 'clarificationAnswers-upload');
    await form.locator('input[type=file]').setInputFiles(file);
    await form.locator('button[type=submit]').click();
  }

  async download(kind: 'communications' | 'clarification answers', fileName: string): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.list(kind).getByRole('link', { name: fileName, exact: true }).click()]);
    return download;
  }

  async delete(kind: 'communications' | 'clarification answers', fileName: string): Promise<void> {
    await this.row(kind, fileName)
      .getByRole('link', { name: `Delete ${fileName}` })
      .click();
    await this.page.getByRole('heading', { level: 1, name: `Are you sure you want to delete ${fileName}?` }).waitFor();
    await checkA11y(this.page, `delete ${fileName}: confirmation`);
  }

  async confirmDelete(): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete file' }).click();
  }

  flash = () => flashOf(this.page);
  errors = (state: string) => errorsOf(this.page, state);
}

/** AD17: the frameworks to change the status of, and one framework's status form. */
export class AdminFrameworkStatusPages {
  constructor(private readonly page: Page) {}

  async waitForList(state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Change a framework’s status' }).waitFor();
    await this.page.locator('tbody tr').first().waitFor();
    await checkA11y(this.page, state);
  }

  /** The status tag of a framework in the list. */
  async status(frameworkName: string): Promise<string> {
    return (
      await this.page
        .locator('tbody tr')
        .filter({ has: this.page.getByRole('rowheader', { name: frameworkName, exact: true }) })
        .locator('.govuk-tag')
        .innerText()
    ).trim();
  }

  async change(frameworkName: string): Promise<void> {
    await this.page.getByRole('link', { name: `Change status of ${frameworkName}`, exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Change the framework’s status' }).waitFor();
    await checkA11y(this.page, `change the status of ${frameworkName}`);
  }

  async choose(status: string): Promise<void> {
    await this.page.getByRole('radio', { name: status, exact: true }).check();
    await this.page.getByRole('button', { name: 'Change status' }).click();
  }

  flash = () => flashOf(this.page);
  errors = (state: string) => errorsOf(this.page, state);
}

/** AD13: the report pages, each a list of downloads. */
export class AdminReportsPages {
  constructor(private readonly page: Page) {}

  async waitFor(title: string, state: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await checkA11y(this.page, state);
  }

  /** Clicks a download button and waits for the browser's download of the file it made. */
  async download(button: string, state: string): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: button, exact: true }).click()]);
    await this.page.getByTestId('download-status').filter({ hasText: 'Your download has started' }).waitFor();
    await checkA11y(this.page, state);
    return download;
  }

  async clickDownload(button: string): Promise<void> {
    await this.page.getByRole('button', { name: button, exact: true }).click();
  }

  errors = (state: string) => errorsOf(this.page, state);
}
