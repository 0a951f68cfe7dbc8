import { describe, expect, inject, it } from 'vitest';
import { AskQuestionPage } from './pages/AskQuestionPage.js';
import { OpportunityPage } from './pages/OpportunityPage.js';
import { SearchPage } from './pages/SearchPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD } from './support/api.js';
import { screenshot, useBrowserPage } from './support/browser.js';
import { waitForEmail } from './support/outbox.js';

const browser = useBrowserPage();
const url = (path: string) => `${inject('webUrl')}${path}`;

describe('a supplier asks the buyer a question about an open opportunity (S12)', () => {
  it('finds an open opportunity, signs in from it, asks a question (after an empty one is refused) and gets a copy', async () => {
    const page = browser.page;
    const since = new Date();
    // From the home page to the open digital outcomes opportunities.
    await page.goto(url('/'));
    await page
      .getByRole('link', { name: /opportunities/i })
      .first()
      .click();
    const search = new SearchPage(page);
    await search.waitForSummary(/results? found/);
    await page.goto(url('/digital-outcomes-and-specialists/opportunities?lot=digital-outcomes&statusOpenClosed=open'));
    await search.waitForSummary(/in Digital outcomes/);
    await page.locator('[data-testid="search-results"] h2 a').first().click();
    await page.waitForURL(/\/opportunities\/\d+$/);
    const opportunity = new OpportunityPage(page);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const title = await opportunity.title();
    const opportunityUrl = page.url();

    // A visitor is told to sign in first; nothing else is offered.
    await opportunity.askAQuestion().getByRole('link', { name: 'Sign in to ask a question' }).waitFor();
    await expect(opportunity.applySection().innerText()).resolves.toContain('Sign in to apply');
    await opportunity.waitFor(title, 'opportunity page, signed out');
    await opportunity.askAQuestion().getByRole('link', { name: 'Sign in to ask a question' }).click();
    const signIn = new SignInPage(page);
    await signIn.waitForForm();
    await signIn.signIn('supplier@example.com', DEMO_PASSWORD);
    await page.waitForURL(opportunityUrl);

    // Signed in as a supplier: ask a question, and apply (or carry on with the application already started).
    await opportunity.askAQuestion().getByRole('link', { name: 'Ask a question' }).waitFor();
    await opportunity
      .applySection()
      .getByRole('button', { name: /Apply for this opportunity|Continue your application/ })
      .waitFor();
    await opportunity.waitFor(title, 'opportunity page, signed in as a supplier');
    await screenshot(page, 'supplier-opportunity-page');
    await opportunity.askAQuestion().getByRole('link', { name: 'Ask a question' }).click();

    const ask = new AskQuestionPage(page);
    await ask.waitForForm(title);
    await screenshot(page, 'supplier-ask-a-question');
    await ask.ask('');
    expect(await ask.errorSummary()).toEqual(['Enter your question']);
    expect(await ask.inlineError()).toBe('Enter your question');
    await expect(page.title()).resolves.toMatch(/^Error: Ask a question about/);
    await screenshot(page, 'supplier-ask-a-question-error');

    // Over 100 words: the count says so as it is typed, and the API refuses it.
    await ask.ask(Array.from({ length: 101 }, (_, i) => `word${i}`).join(' '));
    await page.locator('.govuk-error-summary').getByText('no more than 100 words').waitFor();
    expect(await ask.wordCount()).toBe('You have 1 word too many');
    expect(await ask.errorSummary()).toEqual(['Your question must be no more than 100 words']);

    const question = `Will the team need security clearance before starting? (${Date.now()})`;
    await ask.ask(question);
    await page.waitForURL(opportunityUrl);
    await opportunity.successBanner().getByText('Your question has been sent to the buyer').waitFor();
    await opportunity.waitFor(title, 'opportunity page, question sent');
    await screenshot(page, 'supplier-asked-a-question');

    // The supplier gets a copy of what it asked.
    const copy = await waitForEmail('supplier@example.com', { subject: /^Your question about/, since });
    expect(copy.subject).toBe(`Your question about ‘${title}’`);
    expect(copy.text).toContain(question);

    // Loaded again, the page still offers to ask another question (the question stays private until the buyer publishes it).
    await page.goto(opportunityUrl);
    await opportunity.askAQuestion().getByRole('link', { name: 'Ask a question' }).waitFor();
    expect(await opportunity.publishedQuestions()).not.toContain(question);
  });
});
