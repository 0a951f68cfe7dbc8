import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AdminHomePage } from './pages/AdminPages.js';
import { AdminOperationsPages } from './pages/AdminOperationsPages.js';
import { HomePage } from './pages/HomePage.js';
import { MailingListPage } from './pages/MailingListPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { waitForEmail } from './support/outbox.js';

/*
 * The e2e stack has no SMTP server: its emails are kept in the outbox ("Kept"). A visitor signs up
 * for email alerts (an address of this journey's own), then the support admin finds that email at
 * the top of the outbox, newest first, and filters the outbox by delivery state; the API agrees.
 */
const ADMIN = 'admin@crowncommercial.gov.uk';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a support admin checks the email outbox', () => {
  it('reads the emails newest first with their delivery state, and filters them by state', { timeout: 120_000 }, async () => {
    const adminUrl = inject('adminUrl');
    const address = `ops-outbox-${Date.now()}@example.com`;
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      // A visitor's sign-up queues a confirmation email.
      const web = new HomePage(page);
      await web.open(inject('webUrl'));
      await web.mailingListLink().click();
      const mailingList = new MailingListPage(page);
      await mailingList.waitFor('mailing list sign-up page');
      await mailingList.signUp(address);
      const sent = await waitForEmail(address);

      const signIn = new SignInPage(page);
      await signIn.open(adminUrl);
      // Signing in over the API first queues nothing; the demo data's emails (and other journeys') are there.
      const api = await signInOverApi(adminUrl, ADMIN);
      await signIn.signIn(ADMIN, DEMO_PASSWORD);
      const home = new AdminHomePage(page);
      await home.waitFor('support admin home page');
      await home.task('Email outbox').click();
      const ops = new AdminOperationsPages(page);
      await ops.waitForOutbox('email outbox');
      await screenshot(page, 'admin-email-outbox');

      const count = async (status: string | null) =>
        (await api.gql<{ emailOutbox: { totalCount: number } }>('query ($s: EmailStatus) { emailOutbox(status: $s) { totalCount } }', { s: status })).emailOutbox.totalCount;
      const all = await count(null);
      const countText = await page.getByTestId('outbox-count').innerText();
      expect(all).toBeGreaterThan(0);
      {
        expect(countText).toBe(`${all.toLocaleString('en-GB')} ${all === 1 ? 'email' : 'emails'}, newest first.`);
        const rows = await ops.outboxRows();
        expect(rows.length).toBe(Math.min(all, 50));
        expect(rows.every((r) => /^(Queued|Sent|Kept|Failed)/.test(r[3]!))).toBe(true);
      }
      // The newest is the visitor's, delivered to the development outbox ("kept") by the worker.
      for (let i = 0; i < 20 && !(await ops.outboxRows())[0]?.[3]?.startsWith('Kept'); i++) {
        await page.waitForTimeout(500);
        await page.reload();
        await ops.waitForOutbox('email outbox again');
      }
      const [newest] = await ops.outboxRows();
      expect(newest![0]).toBe(address);
      expect(newest![1]).toContain(sent.subject);
      expect(newest![3]).toMatch(/^Kept Not sent: no mail server is set up\. 1 attempt$/);

      await ops.filterOutbox('Kept', 'email outbox: kept emails');
      const kept = await count('KEPT');
      if (kept) expect((await ops.outboxRows()).every((r) => r[3]!.startsWith('Kept'))).toBe(true);
      await ops.filterOutbox('Failed', 'email outbox: failed emails');
      const failed = await count('FAILED');
      expect(await page.getByTestId('outbox-count').innerText()).toBe(failed ? `${failed} failed ${failed === 1 ? 'email' : 'emails'}, newest first.` : 'No failed emails.');
      await screenshot(page, 'admin-email-outbox-failed');
    } finally {
      await context.close();
    }
  });
});
