import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AdminHomePage } from './pages/AdminPages.js';
import { AdminFrameworkStatusPages } from './pages/AdminFrameworkPages.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { launchBrowser, screenshot } from './support/browser.js';

/**
 * G-Cloud 4 (expired, no demo services, read by no other journey) is moved to standstill and set back
 * to expired; G-Cloud 14's change is refused, so it stays open for the journeys that apply to it.
 */
const MANAGER = 'framework-manager@crowncommercial.gov.uk';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a framework manager changes a framework’s status (AD17)', () => {
  it('moves G-Cloud 4 to standstill and back; a change the lifecycle refuses shows why', { timeout: 180_000 }, async () => {
    const adminUrl = inject('adminUrl');
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const signIn = new SignInPage(page);
      await signIn.open(adminUrl);
      await signIn.signIn(MANAGER, DEMO_PASSWORD);
      const home = new AdminHomePage(page);
      await home.waitFor('framework manager home');
      await home.task('Change a framework’s status').click();
      const status = new AdminFrameworkStatusPages(page);
      await status.waitForList('frameworks to change the status of');
      expect(await status.status('G-Cloud 4')).toBe('Expired');
      await screenshot(page, 'admin-framework-status-list');

      await status.change('G-Cloud 4');
      await screenshot(page, 'admin-framework-status-form');
      // Choosing the status it has already is no change.
      await status.choose('Expired');
      expect(await status.errors('framework status unchanged')).toEqual(['G-Cloud 4 is already expired: select a different status']);
      await expect(page.title()).resolves.toBe('Error: Change the status of G-Cloud 4 – Digital Marketplace admin');
      await status.choose('Standstill');
      expect(await status.flash()).toBe('G-Cloud 4 is now standstill');
      await status.waitForList('framework status changed');
      expect(await status.status('G-Cloud 4')).toBe('Standstill');
      await screenshot(page, 'admin-framework-status-changed');

      // G-Cloud 14 has clarification questions open: the API refuses to make it live, and says why.
      await status.change('G-Cloud 14');
      await status.choose('Live');
      expect(await status.errors('framework status change refused')).toEqual(['Clarification questions can only be open while a framework is coming, open or pending, not live']);
      await screenshot(page, 'admin-framework-status-refused');
      await page.getByRole('link', { name: 'Back to frameworks' }).click();
      await status.waitForList('frameworks after the refusal');
      expect(await status.status('G-Cloud 14')).toBe('Open');

      // G-Cloud 4 back to expired.
      await status.change('G-Cloud 4');
      await status.choose('Expired');
      expect(await status.flash()).toBe('G-Cloud 4 is now expired');
      await status.waitForList('framework status set back');

      const api = await signInOverApi(adminUrl, MANAGER);
      const found = await api.gql<{ g4: { status: string }; g14: { status: string; clarificationQuestionsOpen: boolean } }>(
        '{ g4: framework(slug: "g-cloud-4") { status } g14: framework(slug: "g-cloud-14") { status clarificationQuestionsOpen } }',
      );
      expect(found).toEqual({ g4: { status: 'EXPIRED' }, g14: { status: 'OPEN', clarificationQuestionsOpen: true } });
    } finally {
      await context.close();
    }
  });
});
