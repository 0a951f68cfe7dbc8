import { readFileSync } from 'node:fs';
import type { Browser, Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AdminHomePage } from './pages/AdminPages.js';
import { AdminReportsPages } from './pages/AdminFrameworkPages.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { parseCsv } from './support/spreadsheets.js';

/** Reads only: each report is made from the demo data when it is downloaded. */
const MANAGER = 'framework-manager@crowncommercial.gov.uk';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const csvOf = async (download: Download) => parseCsv(readFileSync(await download.path(), 'utf8'));
const column = (rows: string[][], heading: string) => rows.slice(1).map((r) => r[rows[0]!.indexOf(heading)]!);

describe('a framework manager downloads the reports (AD13)', () => {
  it('downloads supplier lists, buyer and user research lists, and outcomes, each a CSV the API also gives', { timeout: 240_000 }, async () => {
    const adminUrl = inject('adminUrl');
    const context = await browser.newContext({ acceptDownloads: true });
    try {
      const page = await context.newPage();
      const signIn = new SignInPage(page);
      await signIn.open(adminUrl);
      await signIn.signIn(MANAGER, DEMO_PASSWORD);
      const home = new AdminHomePage(page);
      await home.waitFor('framework manager home');
      const reports = new AdminReportsPages(page);

      // Supplier lists for G-Cloud 13: the demo suppliers declared and are on it.
      await home.task('Contact suppliers: download supplier lists').click();
      await reports.waitFor('Contact suppliers', 'contact suppliers: frameworks');
      await screenshot(page, 'admin-reports-supplier-list-frameworks');
      await page.getByRole('link', { name: 'Download supplier lists for G-Cloud 13', exact: true }).click();
      await reports.waitFor('Download supplier lists for G-Cloud 13', 'G-Cloud 13 supplier lists');
      const official = await reports.download('Download official details', 'official details downloaded');
      expect(official.suggestedFilename()).toMatch(/^official-details-g-cloud-13-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.csv$/);
      const details = await csvOf(official);
      expect(details[0]).toEqual([
        'Supplier ID',
        'Trading name',
        'Registered name',
        'DUNS number',
        'Companies House number',
        'Other registration number',
        'Primary contact name',
        'Primary contact email',
        'Contract notice contact name',
        'Contract notice contact email',
        'Application result',
      ]);
      expect(column(details, 'Trading name')).toContain('Demo Cloud Services');
      expect(new Set(column(details, 'Application result'))).toEqual(new Set(['On framework']));
      await screenshot(page, 'admin-reports-supplier-lists');
      const accounts = await csvOf(await reports.download('Download supplier accounts', 'supplier accounts downloaded'));
      expect(accounts[0]).toEqual(['Supplier ID', 'Trading name', 'User name', 'Email address', 'Declaration status', 'Application result', 'Last signed in']);
      expect(column(accounts, 'Email address')).toContain('supplier@example.com');

      // Buyers and user research participants.
      await page.getByRole('link', { name: 'Admin home' }).click();
      await home.waitFor('home again');
      await home.task('Download buyer and user research lists').click();
      await reports.waitFor('Download buyer and user research lists', 'buyer and user research lists');
      const allBuyers = await reports.download('Download all buyers', 'all buyers downloaded');
      expect(allBuyers.suggestedFilename()).toMatch(/^all-buyers-on-.+\.csv$/);
      const buyers = await csvOf(allBuyers);
      expect(buyers[0]).toEqual(['Name', 'Email address', 'Phone number', 'Account created', 'Active', 'User research']);
      expect(column(buyers, 'Email address')).toContain('buyer@example.gov.uk');
      const researchBuyers = await csvOf(await reports.download('Download user research buyers', 'user research buyers downloaded'));
      expect(researchBuyers[0]).toEqual(buyers[0]);
      expect(researchBuyers.slice(1).every((r) => r[4] === 'Yes' && r[5] === 'Yes')).toBe(true);
      expect(researchBuyers.length).toBeLessThanOrEqual(buyers.length);
      // No framework chosen: the field says so.
      await reports.clickDownload('Download user research suppliers');
      expect(await reports.errors('user research suppliers with no framework')).toEqual(['Choose a framework']);
      await screenshot(page, 'admin-reports-user-lists-error');
      await page.getByLabel('Suppliers interested in').selectOption({ label: 'G-Cloud 13' });
      const participants = await reports.download('Download user research suppliers', 'user research suppliers downloaded');
      expect(participants.suggestedFilename()).toMatch(/^user-research-suppliers-on-g-cloud-13-.+\.csv$/);
      expect((await csvOf(participants))[0]).toEqual(['Email address', 'User name', 'Supplier ID', 'Trading name']);
      await expect(page.getByRole('option', { name: 'G-Cloud 12' }).count()).resolves.toBe(0);

      // Outcomes: awarded direct-award projects and DOS opportunities.
      await page.getByRole('link', { name: 'Admin home' }).click();
      await home.waitFor('home once more');
      await home.task('Download outcomes and opportunity data').click();
      await reports.waitFor('Download outcomes and opportunity data', 'outcomes');
      const outcomes = await csvOf(await reports.download('Download direct award outcomes', 'direct award outcomes downloaded'));
      expect(outcomes[0]).toEqual([
        'ID',
        'Name',
        'Submitted at',
        'Result',
        'Award service ID',
        'Award service name',
        'Award supplier ID',
        'Award supplier name',
        'Award value',
        'Awarding organisation name',
        'Award start date',
        'Award end date',
        'User ID',
        'User name',
        'User email',
      ]);
      // The demo buyer's awarded project is there; cancelled and unfinished ones are not.
      expect(outcomes.length).toBeGreaterThan(1);
      expect(new Set(column(outcomes, 'Result'))).toEqual(new Set(['awarded']));
      const opportunities = await csvOf(await reports.download('Download opportunity data', 'DOS opportunity data downloaded'));
      expect(opportunities[0]!.slice(0, 9)).toEqual(['ID', 'Opportunity', 'Framework', 'Lot', 'Organisation', 'Location', 'Published', 'Closing date', 'Status']);
      expect(opportunities.length).toBeGreaterThan(1);
      expect(new Set(column(opportunities, 'Framework'))).toEqual(new Set(['Digital Outcomes and Specialists 5']));
      await screenshot(page, 'admin-reports-outcomes');

      // The API gives the same files.
      const api = await signInOverApi(adminUrl, MANAGER);
      const viaApi = await api.gql<{ b: { base64: string }; o: { base64: string } }>('{ b: buyersReport { base64 } o: dosOpportunitiesReport { base64 } }');
      expect(parseCsv(Buffer.from(viaApi.b.base64, 'base64').toString('utf8'))).toEqual(buyers);
      expect(parseCsv(Buffer.from(viaApi.o.base64, 'base64').toString('utf8')).map((r) => r[0])).toEqual(opportunities.map((r) => r[0]));
    } finally {
      await context.close();
    }
  });
});
