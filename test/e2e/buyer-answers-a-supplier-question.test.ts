import { describe, expect, inject, it } from 'vitest';
import { AskQuestionPage } from './pages/AskQuestionPage.js';
import { BuyerDashboardPage } from './pages/BuyerAccountPages.js';
import { DetailPages } from './pages/DetailPages.js';
import { SupplierQuestionsPages } from './pages/EvaluationPages.js';
import { HomePage } from './pages/HomePage.js';
import { OpportunityPage } from './pages/OpportunityPage.js';
import { RequirementPages } from './pages/RequirementPages.js';
import { SearchPage } from './pages/SearchPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { screenshot, useBrowserPage } from './support/browser.js';

const browser = useBrowserPage();
const webUrl = () => inject('webUrl');

/** The evaluating buyer's live requirement with questions open (server/seeds/demo-buyer.ts). */
const TITLE = 'Report fly-tipping with a photo and a map';
const SUPPLIER = 'dos-supplier@example.com';
const BUYER = 'evaluator@example.gov.uk';
const BUYER_NAME = 'Eve Evaluator';

/** A live requirement of the demo buyer (not the evaluator's): the evaluator must get the 404 page for its questions. */
async function anotherBuyersLiveRequirement(): Promise<string> {
  const res = await fetch(`${inject('apiUrl')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ opportunities(first: 50, status: [LIVE]) { nodes { id data lot { slug } framework { slug } } } }' }),
  });
  const body = (await res.json()) as { data: { opportunities: { nodes: Array<{ id: string; data: { title: string }; lot: { slug: string }; framework: { slug: string } }> } } };
  const other = body.data.opportunities.nodes.find((n) => n.data.title !== TITLE && n.lot.slug === 'digital-outcomes')!;
  return `/buyers/frameworks/${other.framework.slug}/requirements/${other.lot.slug}/${other.id}/supplier-questions`;
}

describe('a buyer answers a supplier’s question (B9)', () => {
  it('a supplier asks about a live requirement; its buyer reads the question, publishes it with an answer, and suppliers see the pair', async () => {
    const page = browser.page;
    const question = `Can we use our own mapping service for the photos? (${Date.now()})`;

    // The supplier finds the opportunity from the home page and asks its question.
    const home = new HomePage(page);
    await home.open(webUrl());
    await page.getByRole('link', { name: 'View Digital Outcomes and Specialists opportunities' }).click();
    const search = new SearchPage(page);
    await search.waitForSummary(/results? found/);
    await search.searchFor('fly-tipping');
    await search.waitForSummary(/containing fly-tipping/);
    await page.locator('[data-testid="search-results"] h2 a', { hasText: TITLE }).click();
    const opportunity = new OpportunityPage(page);
    await opportunity.waitFor(TITLE, 'opportunity with questions open, signed out');
    const opportunityUrl = page.url();
    const briefId = opportunityUrl.split('/').pop()!;
    await opportunity.askAQuestion().getByRole('link', { name: 'Sign in to ask a question' }).click();
    const signIn = new SignInPage(page);
    await signIn.waitForForm();
    await signIn.signIn(SUPPLIER, DEMO_PASSWORD);
    await page.waitForURL(opportunityUrl);
    await opportunity.askAQuestion().getByRole('link', { name: 'Ask a question' }).click();
    const ask = new AskQuestionPage(page);
    await ask.waitForForm(TITLE);
    await ask.ask(question);
    await page.waitForURL(opportunityUrl);
    await opportunity.successBanner().getByText('Your question has been sent to the buyer').waitFor();
    await opportunity.waitFor(TITLE, 'opportunity, question sent');
    expect(await opportunity.publishedQuestions()).not.toContain(question);

    // The buyer, signed in afresh from the home page, goes from their dashboard to the requirement's
    // task list, and from there to its supplier questions.
    await page.context().clearCookies();
    const requirementPath = `/buyers/frameworks/digital-outcomes-and-specialists-5/requirements/digital-outcomes/${briefId}`;
    const questionsPath = `${requirementPath}/supplier-questions`;
    const dashboard = new BuyerDashboardPage(page, webUrl());
    await dashboard.openFromHome(BUYER, BUYER_NAME, 'buyer dashboard, a question received');
    await expect(dashboard.nextStep('live', TITLE, 'Answer supplier questions').getAttribute('href')).resolves.toBe(questionsPath);
    await dashboard.nextStep('live', TITLE, 'View progress').click();
    await page.waitForURL((u) => u.pathname === requirementPath);
    const requirement = new RequirementPages(page);
    await requirement.waitForOverview(TITLE, 'task list of a live requirement');
    await requirement.step(4).getByRole('link', { name: 'Publish questions and answers' }).click();
    await page.waitForURL((u) => u.pathname === questionsPath);
    const questions = new SupplierQuestionsPages(page);
    await questions.waitForList('supplier questions, one received');
    expect(await questions.receivedQuestions()).toContain(question);
    await expect(page.title()).resolves.toBe(`Supplier questions – ${TITLE} – Digital Marketplace`);
    await screenshot(page, 'buyer-supplier-questions');

    // Answer it: the question comes filled in; an empty answer (and an over-long one) is refused.
    const received = await questions.receivedQuestions();
    await questions.answerReceived(received.indexOf(question) + 1);
    await questions.waitForAnswerForm('publish a question and answer');
    await expect(questions.questionBox().inputValue()).resolves.toBe(question);
    await questions.publish(null, '');
    expect(await questions.errorSummary('publish a question and answer, answer missing')).toEqual(['Enter your answer to the question']);
    expect(await questions.inlineError('answer')).toBe('Enter your answer to the question');
    await expect(page.title()).resolves.toMatch(/^Error: Publish a question and answer/);
    await screenshot(page, 'buyer-answer-question-error');
    await questions.publish(null, Array.from({ length: 101 }, (_, i) => `word${i}`).join(' '));
    await page.locator('.govuk-error-summary').getByText('no more than 100 words').waitFor();
    expect(await questions.errorSummary('publish a question and answer, answer too long')).toEqual(['Your answer must be no more than 100 words']);
    const answer = 'Yes, as long as residents can see the photos and the map without signing in.';
    await questions.publish(null, answer);

    // Back on the list, published; and on the opportunity for every supplier.
    await page.waitForURL((u) => u.pathname === questionsPath);
    expect(await questions.successBanner()).toContain('Your question and answer have been published');
    await questions.waitForList('supplier questions, one published');
    expect(await questions.publishedQuestions()).toContain(question);
    await screenshot(page, 'buyer-supplier-questions-published');
    await page.getByRole('link', { name: 'View the opportunity as suppliers see it' }).click();
    await opportunity.waitFor(TITLE, 'opportunity with a published answer, as its buyer');
    expect(await opportunity.publishedQuestions()).toContain(question);
    await expect(page.getByTestId('published-questions').getByText(answer).count()).resolves.toBe(1);

    // Another buyer's requirement, and a page that does not exist, are the 404 page.
    const pages = new DetailPages(page);
    await pages.expectNotFound(`${webUrl()}${await anotherBuyersLiveRequirement()}`);
    await pages.expectNotFound(`${webUrl()}/buyers/frameworks/digital-outcomes-and-specialists-5/requirements/digital-specialists/${briefId}/supplier-questions`);

    // Through the API: the question and answer are published on the opportunity.
    const api = await signInOverApi(webUrl(), SUPPLIER);
    const read = await api.gql<{ brief: { clarificationQuestions: Array<{ question: string; answer: string }> } }>(
      'query ($id: ID!) { brief(id: $id) { clarificationQuestions { question answer } } }',
      { id: briefId },
    );
    expect(read.brief.clarificationQuestions).toContainEqual({ question, answer });
  });
});
