import { describe, expect, inject, it } from 'vitest';
import { BuyerDashboardPage } from './pages/BuyerAccountPages.js';
import { DetailPages } from './pages/DetailPages.js';
import { HomePage } from './pages/HomePage.js';
import { OpportunityPage } from './pages/OpportunityPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { checkA11y } from './support/axe.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { screenshot, useBrowserPage } from './support/browser.js';

const browser = useBrowserPage();
const webUrl = () => inject('webUrl');
const BUYER = { email: 'buyer@example.gov.uk', name: 'Bea Buyer' };
const REQUIREMENT = /^\/buyers\/frameworks\/digital-outcomes-and-specialists-5\/requirements\/(digital-outcomes|digital-specialists|user-research-participants)\/\d+/;

type Key = 'drafts' | 'live' | 'closed' | 'done';
const STAGE_OF: Record<string, Key> = { DRAFT: 'drafts', LIVE: 'live', CLOSED: 'closed' };
const CAPTIONS: Record<Key, string> = { drafts: 'Drafts', live: 'Live', closed: 'Closed, waiting for the outcome', done: 'Done' };

describe('a buyer views their dashboard (B1)', () => {
  it('signs in from the home page and sees their requirements by stage and their saved searches, each with the next step', async () => {
    const page = browser.page;
    const dashboard = new BuyerDashboardPage(page, webUrl());

    // What the API says the demo buyer has (it is only read, never changed, by the journeys).
    const api = await signInOverApi(webUrl(), BUYER.email);
    const { myBriefs, myDirectAwardProjects } = await api.gql<{
      myBriefs: Array<{ id: string; status: string }>;
      myDirectAwardProjects: Array<{ id: string; name: string; stage: string; lockedAt: string | null; outcome: { completed: boolean } | null }>;
    }>('{ myBriefs { id status } myDirectAwardProjects { id name stage lockedAt outcome { completed } } }');
    const counts: Record<Key, number> = { drafts: 0, live: 0, closed: 0, done: 0 };
    for (const b of myBriefs) counts[STAGE_OF[b.status] ?? 'done'] += 1;
    expect(Object.values(counts).every((n) => n > 0)).toBe(true);

    // Home → sign in → the buyer's dashboard (not the home page).
    await new HomePage(page).open(webUrl());
    await page.getByRole('link', { name: 'Sign in' }).click();
    const signIn = new SignInPage(page);
    await signIn.waitForForm();
    await signIn.signIn(BUYER.email, DEMO_PASSWORD);
    await dashboard.waitForDashboard(BUYER.name, 'buyer dashboard of the demo buyer');
    await expect(dashboard.signedInEmail()).resolves.toBe(BUYER.email);
    await screenshot(page, 'buyer-dashboard');

    // Every stage, counted as the API counts it, each requirement with the next thing to do.
    const plural = (n: number) => `${n} ${n === 1 ? 'requirement' : 'requirements'}`;
    expect(await dashboard.requirementCounts()).toBe(
      `${plural(counts.drafts)} being written, ${plural(counts.live)} open for applications, ${plural(counts.closed)} closed: tell us the outcome, ${plural(counts.done)} with an outcome, or withdrawn.`,
    );
    for (const key of Object.keys(counts) as Key[]) {
      expect(await dashboard.stageCaption(key)).toBe(`${CAPTIONS[key]} (${counts[key]})`);
      const rows = await dashboard.stageRows(key);
      expect(rows.length).toBe(Math.min(key === 'done' ? 3 : 5, counts[key]));
      for (const row of rows) {
        expect(row.title).not.toBe('');
        const texts = row.links.map(([text]) => text.replace(` for ${row.title}`, ''));
        const hrefs = row.links.map(([, href]) => href);
        if (key === 'drafts') {
          expect(texts).toEqual(['Continue writing']);
          expect(hrefs[0]).toMatch(new RegExp(`${REQUIREMENT.source}$`));
        } else if (key === 'live') {
          expect(texts).toEqual(['Answer supplier questions', 'View progress']);
          expect(hrefs[0]).toMatch(new RegExp(`${REQUIREMENT.source}/supplier-questions$`));
          expect(hrefs[1]).toMatch(new RegExp(`${REQUIREMENT.source}$`));
        } else if (key === 'closed') {
          expect(texts).toEqual(['View responses', 'Tell us the outcome']);
          expect(hrefs[0]).toMatch(new RegExp(`${REQUIREMENT.source}/responses$`));
          expect(hrefs[1]).toMatch(new RegExp(`${REQUIREMENT.source}/award$`));
        } else {
          expect(texts[0]).toMatch(/^View the (outcome|withdrawn requirement)$/);
          expect(hrefs[0]).toMatch(/^\/digital-outcomes-and-specialists\/opportunities\/\d+$/);
        }
      }
    }
    await expect(dashboard.requirements().getByRole('link', { name: 'View your requirements' }).getAttribute('href')).resolves.toBe(
      '/buyers/requirements/digital-outcomes-and-specialists',
    );
    for (const [name, lot] of [
      ['Find a team to provide an outcome', 'digital-outcomes'],
      ['Find an individual specialist', 'digital-specialists'],
      ['Find user research participants', 'user-research-participants'],
      ['Find a user research studio', 'user-research-studios'],
    ]) {
      await expect(dashboard.requirements().getByRole('link', { name, exact: true }).getAttribute('href')).resolves.toBe(
        `/buyers/frameworks/digital-outcomes-and-specialists-5/requirements/${lot}`,
      );
    }

    // The saved searches: the outcomes still to tell us, and each search in progress with its next step.
    const awaiting = myDirectAwardProjects.filter((p) => p.lockedAt && !p.outcome?.completed).length;
    const inProgress = myDirectAwardProjects.filter((p) => p.stage !== 'OUTCOME_RECORDED' && !p.outcome?.completed);
    expect(awaiting).toBeGreaterThan(0);
    await expect(page.getByTestId('outcome-reminder').innerText()).resolves.toBe(
      `You need to tell us the outcome for ${awaiting} saved ${awaiting === 1 ? 'search' : 'searches'}.`,
    );
    const searches = dashboard.savedSearches();
    await expect(searches.locator('caption').innerText()).resolves.toBe(`Saved searches in progress (${inProgress.length})`);
    for (const p of inProgress.slice(0, 5)) {
      const row = searches.locator('tbody tr', { hasText: p.name });
      await expect(row.getByRole('link').getAttribute('href')).resolves.toBe(`/buyers/direct-award/g-cloud/projects/${p.id}`);
    }
    await expect(searches.getByRole('link', { name: 'View your saved searches' }).getAttribute('href')).resolves.toBe('/buyers/direct-award/g-cloud');

    // A finished requirement's next step is its public page, with the outcome.
    const [done] = await dashboard.stageRows('done');
    await dashboard.stage('done').getByRole('link').first().click();
    const opportunity = new OpportunityPage(page);
    await opportunity.waitFor(done!.title, 'opportunity of a finished requirement');
    await page.goBack();
    await dashboard.waitForDashboard(BUYER.name, 'buyer dashboard, back from an opportunity');

    // "Find cloud hosting, software and support" goes to the G-Cloud start.
    await searches.getByRole('link', { name: 'Find cloud hosting, software and support' }).click();
    await page.waitForURL(`${webUrl()}/g-cloud`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await checkA11y(page, 'G-Cloud start from the buyer dashboard');

    // "Your account" in the header leads back to the dashboard.
    await page.getByRole('navigation').getByRole('link', { name: 'Your account' }).click();
    await dashboard.waitForDashboard(BUYER.name, 'buyer dashboard from "Your account"');
  });

  it('is a buyer’s page: a visitor signs in first and comes back, a supplier gets the page not found', async () => {
    const page = browser.page;
    const dashboard = new BuyerDashboardPage(page, webUrl());
    const signIn = new SignInPage(page);

    // Signed out, /buyers asks to sign in, then comes back to it.
    await page.getByRole('navigation').getByRole('link', { name: 'Sign out' }).click();
    await page.getByRole('alert').getByText('You have signed out').waitFor();
    await page.goto(`${webUrl()}/buyers`);
    await signIn.waitForForm();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/buyers');
    await signIn.signIn(BUYER.email, DEMO_PASSWORD);
    await dashboard.waitForDashboard(BUYER.name, 'buyer dashboard after signing in from /buyers');

    // A supplier typing /buyers: the page not found.
    await page.getByRole('navigation').getByRole('link', { name: 'Sign out' }).click();
    await page.getByRole('alert').getByText('You have signed out').waitFor();
    await signIn.signIn('dos-supplier@example.com', DEMO_PASSWORD);
    await page.waitForURL(`${webUrl()}/suppliers`);
    await new DetailPages(page).expectNotFound(`${webUrl()}/buyers`);
    await screenshot(page, 'buyer-dashboard-supplier-not-found');

    // The supplier's own "Your account" is still theirs.
    await page.getByRole('navigation').getByRole('link', { name: 'Your account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await checkA11y(page, 'supplier "Your account"');
    expect(new URL(page.url()).pathname).toBe('/account');
  });
});
