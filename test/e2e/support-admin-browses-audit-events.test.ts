import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AdminHomePage } from './pages/AdminPages.js';
import { AdminAuditEventPages } from './pages/AdminStatisticsPages.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { launchBrowser, screenshot } from './support/browser.js';

/*
 * The events this journey looks for are its own sign-in (a "User signed in" event by the support
 * admin, today) and the seeded G-Cloud 13 services' imports (hundreds of "Import service" events, so
 * more than one page). It changes no data; the API's own sign-in at the end adds one event, newer
 * than any the page showed.
 */
const SUPPORT = 'admin@crowncommercial.gov.uk';
const ukToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a support admin browses the audit events', () => {
  it('filters by type, user and date, pages through, opens an event; the API lists the same events', { timeout: 180_000 }, async () => {
    const adminUrl = inject('adminUrl');
    const today = ukToday();
    const [year, month, day] = today.split('-') as [string, string, string];
    const context = await browser.newContext();
    let shownIds: string[];
    let openedId: string;
    try {
      const page = await context.newPage();
      const signIn = new SignInPage(page);
      await signIn.open(adminUrl);
      await signIn.signIn(SUPPORT, DEMO_PASSWORD);
      const home = new AdminHomePage(page);
      await home.waitFor('support admin home page');
      await home.task('Browse audit events').click();

      // Every event, newest first: the newest is this sign-in.
      const pages = new AdminAuditEventPages(page);
      await pages.waitForList('every audit event');
      await screenshot(page, 'admin-audit-events');
      expect(await pages.total(), await pages.heading()).toBeGreaterThan(20);
      expect((await pages.rows()).length).toBe(20);

      // By type: the seeded imports fill several pages; older and back to newer.
      await pages.filter({ type: 'Import service' });
      await page.waitForURL((u) => u.searchParams.get('type') === 'IMPORT_SERVICE');
      await pages.waitForList('import service events');
      expect(await pages.total()).toBeGreaterThan(20);
      const first = await pages.ids();
      expect((await pages.rows()).every(([, event]) => event === 'Import service')).toBe(true);
      await pages.pageLink('Older events').click();
      await page.waitForURL((u) => u.searchParams.has('pages'));
      await pages.waitForList('import service events, page 2');
      const second = await pages.ids();
      expect(Number(second[0])).toBeLessThan(Number(first.at(-1)));
      await expect(page.getByText(/Page 2 of \d+\./).count()).resolves.toBe(1);
      await screenshot(page, 'admin-audit-events-page-2');
      await pages.pageLink('Newer events').click();
      await page.waitForURL((u) => !u.searchParams.has('pages'));
      await pages.waitForList('import service events, page 1 again');
      expect(await pages.ids()).toEqual(first);

      // A range that ends before it starts, and an address that is not one: said plainly.
      await pages.filter({ type: 'User signed in', user: 'admin at crowncommercial', from: ['2', '1', '2025'], to: ['1', '1', '2025'] });
      expect(await pages.errors('filter errors')).toEqual([
        'Enter an email address in the correct format, like name@example.com',
        'The end date must be the same as or after the start date',
      ]);
      await screenshot(page, 'admin-audit-events-errors');

      // This admin's sign-ins today: the newest is the one that started this journey.
      await pages.filter({ type: 'User signed in', user: SUPPORT, from: [day, month, year], to: [day, month, year] });
      await page.waitForURL((u) => u.searchParams.get('user') === SUPPORT && u.searchParams.get('from') === today && u.searchParams.get('to') === today);
      await pages.waitForList('sign-ins of the support admin today');
      const rows = await pages.rows();
      expect(rows.length).toBeGreaterThanOrEqual(1);
      for (const [, event, user] of rows) expect([event, user]).toEqual(['User signed in', SUPPORT]);
      expect(await page.getByText(`Events of type ‘User signed in’, by ${SUPPORT}, on `).count()).toBe(1);
      shownIds = await pages.ids();
      await screenshot(page, 'admin-audit-events-filtered');

      // The newest opens with its details, and the way back keeps the filters.
      openedId = shownIds[0]!;
      await pages.open(openedId);
      await pages.waitForEvent('User signed in', 'one audit event');
      expect(await pages.detail('User')).toBe(SUPPORT);
      expect(await pages.detail('About')).toMatch(/^User \d+$/);
      await screenshot(page, 'admin-audit-event');
      await page.getByRole('link', { name: 'Back to the audit events' }).click();
      await pages.waitForList('sign-ins of the support admin today, again');
      expect(new URL(page.url()).searchParams.get('user')).toBe(SUPPORT);
      expect(await pages.ids()).toEqual(shownIds);
    } finally {
      await context.close();
    }

    // The API lists the same events for the same filters (its own sign-in, newer, besides).
    const api = await signInOverApi(adminUrl, SUPPORT);
    const listed = await api.gql<{ auditEvents: { nodes: Array<{ id: string; type: string; actorEmail: string }> } }>(
      'query ($e: String!, $d: String!) { auditEvents(type: USER_SIGNED_IN, actorEmail: $e, from: $d, to: $d, first: 50) { nodes { id type actorEmail } } }',
      { e: SUPPORT, d: today },
    );
    const ids = listed.auditEvents.nodes.map((n) => n.id).filter((id) => Number(id) <= Number(openedId));
    expect(ids).toEqual(shownIds);
    const opened = await api.gql<{ auditEvent: { type: string; actorEmail: string; objectType: string } }>(
      'query ($id: ID!) { auditEvent(id: $id) { type actorEmail objectType } }',
      { id: openedId },
    );
    expect(opened.auditEvent).toEqual({ type: 'USER_SIGNED_IN', actorEmail: SUPPORT, objectType: 'User' });
  });
});
