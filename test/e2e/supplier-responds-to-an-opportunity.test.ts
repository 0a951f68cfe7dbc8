import { describe, expect, inject, it } from 'vitest';
import { OpportunitiesDashboardPage } from './pages/OpportunitiesDashboardPage.js';
import { OpportunityPage } from './pages/OpportunityPage.js';
import { OpportunityResponsePages } from './pages/OpportunityResponsePages.js';
import { SearchPage } from './pages/SearchPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { launchBrowser, screenshot, useBrowserPage } from './support/browser.js';

const browser = useBrowserPage();
const webUrl = () => inject('webUrl');
const DOS = { slug: 'digital-outcomes-and-specialists-5', name: 'Digital Outcomes and Specialists 5' };
// Seeded supplier sign-ins that no other journey uses (server/seeds/demo.ts): the demo supplier
// must keep having made no applications (supplier-views-their-opportunities).
const RESPONDER = 'dos-supplier@example.com'; // Northern Hosting Co: DOS 5 services on every lot
const NOT_ON_DOS = 'g-cloud-supplier@example.com'; // 24/7 Support Desk: G-Cloud 13 only

interface ResponseState {
  briefResponse: { id: string; status: string; submittedAt: string | null; data: Record<string, unknown>; brief: { id: string }; supplier: { name: string } };
}

describe('a supplier responds to an open DOS opportunity (S11)', () => {
  let opportunityUrl = '';
  let title = '';

  it('finds a specialist opportunity, answers each page (after a refused answer), checks, submits, and sees it as made', async () => {
    const page = browser.page;
    const signIn = new SignInPage(page);
    await signIn.open(webUrl());
    await signIn.signIn(RESPONDER, DEMO_PASSWORD);
    await page.waitForURL((u) => u.pathname !== '/sign-in');

    // From the account to the DOS dashboard: nothing made yet; then on to the open specialist opportunities.
    await page.getByRole('link', { name: `View your opportunities on ${DOS.name}` }).click();
    const dashboard = new OpportunitiesDashboardPage(page);
    await dashboard.waitFor(DOS.name);
    expect(await dashboard.madeRows()).toEqual([]);
    await page.getByRole('link', { name: 'Search for other opportunities' }).click();
    const search = new SearchPage(page);
    await search.waitForSummary(/results? found/);
    await page.getByTestId('lot-list').getByRole('link', { name: 'Digital specialists' }).click();
    await search.waitForSummary(/in Digital specialists$/);
    await search.openFilterGroup('Status');
    // The filter applies itself: the box is ticked once the address says so (the state follows the URL).
    await search.filter('open').click();
    await page.waitForURL(/statusOpenClosed=open/);
    await expect.poll(() => search.filter('open').isChecked()).toBe(true);
    await page.waitForFunction(() => Array.from(document.querySelectorAll('[data-testid="opportunity-status"]')).every((s) => s.textContent?.startsWith('Published')));
    await search.checkA11y('open specialist opportunities');
    // The first one that asks for nice-to-have skills too (some ask only for essential ones).
    const opportunity = new OpportunityPage(page);
    const results = page.locator('[data-testid="search-results"] h2 a');
    for (let i = 0, n = await results.count(); i < n; i++) {
      await results.nth(i).click();
      await page.waitForURL(/\/opportunities\/\d+$/);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('.govuk-summary-list__key', { hasText: 'Essential skills and experience' }).waitFor();
      // Other journeys publish requirements too: take one with nice-to-haves and at least two essentials.
      const essentials = page
        .locator('.govuk-summary-list__row')
        .filter({ has: page.locator('.govuk-summary-list__key', { hasText: 'Essential skills and experience' }) })
        .locator('li');
      if ((await page.locator('.govuk-summary-list__key', { hasText: 'Nice-to-have skills and experience' }).count()) && (await essentials.count()) >= 2) break;
      expect(i, 'an open specialist opportunity with nice-to-have skills and two or more essential ones').toBeLessThan(n - 1);
      await page.goBack();
      await search.waitForSummary(/in Digital specialists$/);
    }
    title = await opportunity.title();
    opportunityUrl = page.url();
    const briefId = opportunityUrl.split('/').pop()!;
    await opportunity.applySection().getByRole('button', { name: 'Apply for this opportunity' }).waitFor();
    await opportunity.waitFor(title, 'opportunity page, a supplier who can apply');
    await opportunity.applySection().getByRole('button', { name: 'Apply for this opportunity' }).click();

    const pages = new OpportunityResponsePages(page);
    await pages.waitForStart(title);
    await screenshot(page, 'supplier-response-start');
    await pages.button('Start application').click();

    // 1. The earliest start date; the advice replays the buyer's start date.
    await pages.waitForQuestion('When is the earliest the specialist can start work?', 'response: start date page');
    await expect(page.locator('.govuk-caption-l').innerText()).resolves.toBe(title);
    expect(page.url()).toMatch(new RegExp(`/suppliers/opportunities/${briefId}/responses/\\d+/availability$`));
    const responseId = page.url().split('/').at(-2)!;
    await page.getByText('Help with this question').click();
    await page.getByText(/The buyer needs the specialist to start: \d{1,2} [A-Z][a-z]+ \d{4}/).waitFor();
    await pages.fillDate({ day: '1', month: '9', year: '2031' });
    await screenshot(page, 'supplier-response-question');
    await pages.saveAndContinue();

    // 2. The day rate: the advice gives the maximum the supplier stated for the role.
    await pages.waitForQuestion('What’s the specialist’s day rate?', 'response: day rate page');
    await page.getByText('Help with this question').click();
    await page.getByText(/Your maximum day rate:\s*£800/).waitFor();
    await pages.fill('What’s the specialist’s day rate?', '650');
    await pages.saveAndContinue();

    // 3. "No" to the essential skills is refused by the API: the reason in the summary and inline.
    await pages.waitForQuestion('Do you have all the essential skills and experience?', 'response: essential skills page');
    await pages.choose('No');
    await pages.saveAndContinue();
    const refusal = 'To carry on with your application, you need to show you have all the essential skills and experience';
    expect(await pages.errors('response: essential skills refused')).toEqual([refusal]);
    await expect(page.locator('[id="essentialRequirementsMet-error"]').innerText()).resolves.toMatch(new RegExp(`^Error:\\s+${refusal}$`));
    await expect(page.title()).resolves.toMatch(/^Error: Do you have all the essential skills and experience\?/);
    await screenshot(page, 'supplier-response-error');
    // The summary's link goes to the answer.
    await page.locator('.govuk-error-summary').getByRole('link', { name: refusal }).click();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('essentialRequirementsMet');
    await pages.choose('Yes');
    await pages.saveAndContinue();

    // 4. Evidence for each essential requirement of the opportunity: one text area each, named by it.
    await pages.waitForQuestion('Give evidence of the essential skills and experience', 'response: essential evidence page');
    const essential = await pages.textareaLabels();
    expect(essential.length).toBeGreaterThanOrEqual(2);
    // Nothing given: each requirement is asked for by name.
    await pages.saveAndContinue();
    expect(await pages.errors('response: essential evidence missing')).toEqual(essential.map((req) => `Enter evidence for ${req}`));
    for (const [i, req] of essential.entries())
      await pages.fill(req, `Example ${i + 1}: our specialist ${req.replace(/^Have\b/, 'has').toLowerCase()}, for a city council in 2023.`);
    await screenshot(page, 'supplier-response-evidence');
    await pages.saveAndContinue();

    // 5. Nice-to-have: yes (with evidence, revealed) for the first, no for the rest.
    await pages.waitForQuestion('Do you have any of the nice-to-have skills or experience? (optional)', 'response: nice-to-have page');
    const nice = await pages.yesNoQuestions();
    expect(nice.length).toBeGreaterThanOrEqual(1);
    await pages.choose('Yes', nice[0]);
    await pages.fill(`Evidence of ${nice[0]}`, 'Two years with a metropolitan borough council on its housing services.');
    for (const req of nice.slice(1)) await pages.choose('No', req);
    await checkA11yAfterReveal(pages);
    await screenshot(page, 'supplier-response-nice-to-have');
    await pages.saveAndContinue();

    // 6. The email address for the buyer.
    await pages.waitForQuestion('Email address the buyer should use to contact you', 'response: email page');
    await pages.fill('Email address the buyer should use to contact you', 'bids@northernhosting.example.com');
    await pages.saveAndContinue();

    // Check answers: every answer, each with a Change link; change one and come back.
    await pages.waitForAnswers('Check and submit your answers', 'response: check answers');
    const rows = await pages.answerRows();
    expect(rows.map((r) => r.key)).toEqual([
      'Earliest start date',
      'Day rate',
      'Do you have all the essential skills and experience?',
      'Give evidence of the essential skills and experience',
      'Nice-to-have skills and experience',
      'Email address',
    ]);
    expect(rows.every((r) => r.action === 'Change')).toBe(true);
    expect(rows[0]!.value).toBe('1 September 2031');
    expect(rows[1]!.value).toContain('650');
    expect(rows[2]!.value).toBe('Yes');
    expect(rows[5]!.value).toBe('bids@northernhosting.example.com');
    await screenshot(page, 'supplier-response-check-answers');
    await pages.followRow('Email address');
    await pages.waitForQuestion('Email address the buyer should use to contact you', 'response: changing an answer from check answers');
    await pages.fill('Email address the buyer should use to contact you', 'tenders@northernhosting.example.com');
    await pages.button('Save and return').click();
    await pages.waitForAnswers('Check and submit your answers', 'response: check answers after a change');
    expect((await pages.answerRows())[5]!.value).toBe('tenders@northernhosting.example.com');

    // Submit: the confirmation, and what happens next.
    await pages.button('Submit application').click();
    const confirmation = await pages.confirmation();
    expect(confirmation).toEqual({ title: 'Application submitted', text: `You applied for ‘${title}’` });
    await page.getByRole('heading', { level: 2, name: 'What happens next' }).waitFor();
    await screenshot(page, 'supplier-response-submitted');

    // The dashboard lists it under the applications made; its link opens the application as sent.
    await page.getByRole('link', { name: `Your ${DOS.name} opportunities` }).click();
    await dashboard.waitFor(DOS.name);
    const made = await dashboard.madeRows();
    expect(made).toHaveLength(1);
    expect(made[0]![0]).toBe(title);
    expect(made[0]).toContain('Submitted');
    expect(await dashboard.startedRows()).toEqual([]);
    await screenshot(page, 'supplier-response-on-dashboard');
    await dashboard.made().getByRole('link', { name: title, exact: true }).click();
    await pages.waitForAnswers(`Your application for ‘${title}’`, 'response: the application as submitted');
    await expect(page.getByTestId('application-status').innerText()).resolves.toMatch(/You can change it until applications close/);
    await screenshot(page, 'supplier-response-view');

    // Still open: an answer can change, and the application says so.
    await pages.followRow('Day rate');
    await pages.waitForQuestion('What’s the specialist’s day rate?', 'response: changing a submitted application');
    await pages.fill('What’s the specialist’s day rate?', '900');
    await pages.button('Save and return').click();
    // More than the supplier's own maximum for the role: refused inline.
    expect(await pages.errors('response: day rate over the supplier’s maximum')).toEqual(['Day rate cannot be more than the maximum day rate you’ve already provided']);
    await pages.fill('What’s the specialist’s day rate?', '625');
    await pages.button('Save and return').click();
    await pages.waitForAnswers(`Your application for ‘${title}’`, 'response: submitted application changed');
    expect(await pages.successBanner()).toBe('Your application has been updated');
    expect((await pages.answerRows())[1]!.value).toContain('625');

    // The API has it submitted, with the answers given.
    const api = await signInOverApi(webUrl(), RESPONDER);
    const { briefResponse } = await api.gql<ResponseState>('query ($id: ID!) { briefResponse(id: $id) { id status submittedAt data brief { id } supplier { name } } }', {
      id: responseId,
    });
    expect(briefResponse).toMatchObject({ status: 'SUBMITTED', brief: { id: briefId }, supplier: { name: 'Northern Hosting Co' } });
    expect(briefResponse.submittedAt).not.toBeNull();
    expect(briefResponse.data).toMatchObject({
      availability: '2031-09-01',
      dayRate: '625',
      essentialRequirementsMet: true,
      respondToEmailAddress: 'tenders@northernhosting.example.com',
    });
    expect(briefResponse.data.essentialRequirements).toHaveLength(essential.length);
    expect(briefResponse.data.niceToHaveRequirements).toEqual([
      { yesNo: true, evidence: 'Two years with a metropolitan borough council on its housing services.' },
      ...nice.slice(1).map(() => ({ yesNo: false })),
    ]);
  });

  it('tells a supplier that is not on the framework why it cannot apply', async () => {
    expect(opportunityUrl).not.toBe('');
    const other = await launchBrowser();
    try {
      const page = await other.newPage();
      await page.goto(opportunityUrl);
      const opportunity = new OpportunityPage(page);
      await opportunity.applySection().getByRole('link', { name: 'Sign in to apply' }).waitFor();
      await opportunity.waitFor(title, 'opportunity page, signed out');
      await opportunity.applySection().getByRole('link', { name: 'Sign in to apply' }).click();
      await page.waitForURL(/\/sign-in\?next=/);
      const signIn = new SignInPage(page);
      await signIn.waitForForm();
      await signIn.signIn(NOT_ON_DOS, DEMO_PASSWORD);
      await page.waitForURL(opportunityUrl);
      await opportunity.applySection().getByRole('button', { name: 'Apply for this opportunity' }).click();
      const pages = new OpportunityResponsePages(page);
      const reason = await pages.ineligibleReason();
      expect(reason).toEqual({ slug: 'not-on-framework', text: `You can’t apply because your company is not on the ${DOS.name} framework.` });
      await expect(page.title()).resolves.toMatch(/^You can’t apply for this opportunity/);
      await screenshot(page, 'supplier-response-ineligible');
      await page.getByRole('link', { name: 'Back to the opportunity' }).click();
      await page.waitForURL(opportunityUrl);
      // The API agrees: no response can be started.
      const api = await signInOverApi(webUrl(), NOT_ON_DOS);
      await expect(api.gql('mutation ($b: ID!) { createBriefResponse(briefId: $b) { id } }', { b: opportunityUrl.split('/').pop() })).rejects.toThrow(/can't apply/);
    } finally {
      await other.close();
    }
  });
});

/** The nice-to-have page with an evidence box revealed is a state of its own. */
async function checkA11yAfterReveal(pages: OpportunityResponsePages): Promise<void> {
  await pages.waitForQuestion('Do you have any of the nice-to-have skills or experience? (optional)', 'response: nice-to-have with evidence revealed');
}
