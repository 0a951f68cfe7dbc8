import { describe, expect, inject, it } from 'vitest';
import { BuyerDashboardPage } from './pages/BuyerAccountPages.js';
import { DetailPages } from './pages/DetailPages.js';
import { OutcomePages } from './pages/EvaluationPages.js';
import { OpportunityPage } from './pages/OpportunityPage.js';
import { RequirementPages } from './pages/RequirementPages.js';
import { signInOverApi } from './support/api.js';
import { screenshot, useBrowserPage } from './support/browser.js';

const browser = useBrowserPage();
const webUrl = () => inject('webUrl');
const BUYER = 'evaluator@example.gov.uk';
const BUYER_NAME = 'Eve Evaluator';

interface Opportunity {
  id: string;
  status: string;
  data: { title: string };
  lot: { slug: string };
  framework: { slug: string };
}

/** The closed opportunities, as anyone can read them. */
async function closedOpportunities(): Promise<Opportunity[]> {
  const res = await fetch(`${inject('apiUrl')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ opportunities(first: 100, status: [CLOSED]) { nodes { id status data lot { slug } framework { slug } } } }' }),
  });
  return ((await res.json()) as { data: { opportunities: { nodes: Opportunity[] } } }).data.opportunities.nodes;
}

const pathOf = (o: Opportunity) => `/buyers/frameworks/${o.framework.slug}/requirements/${o.lot.slug}/${o.id}`;

describe('a buyer cancels a closed requirement (B14) or says no supplier was suitable (B13)', () => {
  it('cancels a requirement with the reason, and the opportunity says it was cancelled', async () => {
    const page = browser.page;
    const title = 'Residents reporting noise at night';
    const closed = await closedOpportunities();
    const mine = closed.find((o) => o.data.title === title)!;
    const base = pathOf(mine);

    // Home → sign in → the dashboard → "Your requirements" → the requirement's task list → "Cancel requirements".
    const dashboard = new BuyerDashboardPage(page, webUrl());
    await dashboard.openFromHome(BUYER, BUYER_NAME, 'buyer dashboard, requirements closed');
    await dashboard.requirements().getByRole('link', { name: 'View your requirements' }).click();
    const requirements = new RequirementPages(page);
    await requirements.waitForDashboard('your requirements of the evaluating buyer');
    await page.getByTestId('closed').getByRole('link', { name: title, exact: true }).click();
    await page.waitForURL((u) => u.pathname === base);
    await requirements.waitForOverview(title, 'task list of a closed requirement');
    await page.getByRole('link', { name: 'Cancel requirements' }).click();
    await page.waitForURL((u) => u.pathname === `${base}/cancel`);
    const pages = new OutcomePages(page);
    const question = `Why do you need to cancel ‘${title}’?`;
    await pages.waitForHeading(question, 'why cancel');
    await expect(page.getByRole('link', { name: 'Previous page' }).getAttribute('href')).resolves.toBe(base);
    await screenshot(page, 'buyer-cancel-requirement');
    await pages.submit('Update requirements');
    expect(await pages.errorSummary('why cancel, no reason')).toEqual(['Select why you need to cancel the requirement']);
    await expect(page.title()).resolves.toMatch(/^Error: Why do you need to cancel/);
    await screenshot(page, 'buyer-cancel-requirement-error');
    await pages.choose('The requirement has been cancelled');
    await pages.submit('Update requirements');

    await pages.waitForHeading('You have told us the outcome', 'outcome recorded (cancelled)');
    expect(await pages.successBanner()).toContain(`You’ve cancelled ‘${title}’.`);
    expect(await pages.recordedOutcome()).toContain('You cancelled this requirement.');
    await screenshot(page, 'buyer-requirement-cancelled');
    await page.getByRole('link', { name: 'View the published outcome' }).click();
    const opportunity = new OpportunityPage(page);
    await opportunity.waitFor(title, 'opportunity cancelled');
    const outcome = page.getByTestId('opportunity-outcome');
    await expect(outcome.locator('.govuk-notification-banner__heading').innerText()).resolves.toBe('This opportunity was cancelled');
    const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(new Date());
    await expect(outcome.innerText()).resolves.toContain(`The buyer cancelled this requirement on ${today}, after applications closed`);
    await screenshot(page, 'opportunity-cancelled');

    // Once cancelled it cannot be cancelled again; another buyer's closed requirement is not this buyer's to cancel.
    const detail = new DetailPages(page);
    await detail.expectNotFound(`${webUrl()}${base}/cancel`);
    const others = closed.filter((o) => !['Clearer flood warning messages', title].includes(o.data.title));
    await detail.expectNotFound(`${webUrl()}${pathOf(others[0]!)}/cancel`);

    const api = await signInOverApi(webUrl(), BUYER);
    const final = await api.gql<{ brief: { status: string; outcome: { result: string } } }>('query ($id: ID!) { brief(id: $id) { status outcome { result } } }', { id: mine.id });
    expect(final.brief).toEqual({ status: 'CANCELLED', outcome: { result: 'CANCELLED' } });
  });

  it('answers "No" to the award question and says no supplier was suitable', async () => {
    const page = browser.page;
    const title = 'Clearer flood warning messages';
    const mine = (await closedOpportunities()).find((o) => o.data.title === title)!;
    const base = pathOf(mine);
    // From the home page (signed in already) to the dashboard, then the requirement's responses first, then the outcome.
    const dashboard = new BuyerDashboardPage(page, webUrl());
    await dashboard.openFromHome(BUYER, BUYER_NAME, 'buyer dashboard, one requirement cancelled');
    await dashboard.nextStep('closed', title, 'View responses').click();
    await page.waitForURL((u) => u.pathname === `${base}/responses`);
    const pages = new OutcomePages(page);
    await pages.waitForHeading('Shortlist suppliers', 'responses of a closed requirement');
    await page.getByRole('link', { name: 'Let suppliers know the outcome' }).click();
    await pages.waitForHeading(`Have you awarded a contract for ‘${title}’?`, 'have you awarded a contract');
    await pages.choose('No');
    await pages.submit('Save and continue');
    const why = `Why didn’t you award a contract for ‘${title}’?`;
    await pages.waitForHeading(why, 'why no award');
    // "Previous page" goes back to the question.
    await page.getByRole('link', { name: 'Previous page' }).click();
    await pages.waitForHeading(`Have you awarded a contract for ‘${title}’?`, 'have you awarded a contract, again');
    await pages.choose('No');
    await pages.submit('Save and continue');
    await pages.waitForHeading(why, 'why no award, again');
    await pages.submit('Update requirements');
    expect(await pages.errorSummary('why no award, no reason')).toEqual(['Select why you did not award a contract']);
    await pages.choose('There were no suitable suppliers');
    await pages.submit('Update requirements');

    await pages.waitForHeading('You have told us the outcome', 'outcome recorded (no suitable suppliers)');
    expect(await pages.successBanner()).toContain(`You’ve updated ‘${title}’: there were no suitable suppliers.`);
    await page.getByRole('link', { name: 'View the published outcome' }).click();
    const opportunity = new OpportunityPage(page);
    await opportunity.waitFor(title, 'opportunity with no suitable suppliers');
    await expect(page.getByTestId('opportunity-outcome').locator('.govuk-notification-banner__heading').innerText()).resolves.toBe('No suitable suppliers');
    await screenshot(page, 'opportunity-unsuccessful');

    const api = await signInOverApi(webUrl(), BUYER);
    const final = await api.gql<{ brief: { status: string; outcome: { result: string } } }>('query ($id: ID!) { brief(id: $id) { status outcome { result } } }', { id: mine.id });
    expect(final.brief).toEqual({ status: 'UNSUCCESSFUL', outcome: { result: 'NONE_SUITABLE' } });
  });
});
