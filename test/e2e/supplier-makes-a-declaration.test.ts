import { describe, expect, inject, it } from 'vitest';
import { ApplicationPage } from './pages/ApplicationPage.js';
import { DeclarationPages } from './pages/DeclarationPages.js';
import { SignInPage } from './pages/SignInPage.js';
import { SupplierSignupPages, newSupplier } from './pages/SupplierSignupPages.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { screenshot, useBrowserPage } from './support/browser.js';

const browser = useBrowserPage();
const web = () => inject('webUrl');

describe('a new supplier starts applying to G-Cloud 14', () => {
  it('registers interest, and sees its company details come first: the declaration cannot start before them', async () => {
    const page = browser.page;
    await new SupplierSignupPages(page, web()).createSignedInSupplier(newSupplier('Applicant'));

    // From the dashboard: "Apply" registers interest and opens the application.
    const application = new ApplicationPage(page);
    await application.applyFromDashboard('G-Cloud 14');
    expect(await application.heading()).toBe('Apply to G-Cloud 14');
    expect(await application.tasks()).toEqual([
      ['Confirm your company details', 'Not started'],
      ['Make your supplier declaration', 'Cannot start yet'],
      ['Add, edit and complete services', 'Cannot start yet'],
    ]);
    expect(await page.getByRole('link', { name: 'Make your supplier declaration' }).count()).toBe(0);
    await application.checkA11y('application just started');
    await screenshot(page, 'application-started');

    // Registered for real: the page loaded afresh shows the application, not the start page.
    await page.reload();
    await page.getByRole('heading', { name: 'Application progress' }).waitFor();
    expect((await application.tasks())[0]).toEqual(['Confirm your company details', 'Not started']);
    // The declaration waits for confirmed company details, even by its address.
    await page.goto(`${web()}/suppliers/frameworks/g-cloud-14/declaration/start`);
    await page.getByRole('heading', { level: 1, name: 'Confirm your company details first' }).waitFor();
    await application.checkA11y('declaration before company details');
    await page.getByRole('link', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
  });
});

// The journey's own supplier (declarant@example.com, Bright Research Studio) is part-way through
// applying to the open G-Cloud 14 like the demo supplier (company details confirmed, a declaration
// started: seeds/demo.ts JOURNEY_USERS) and made a complete G-Cloud 13 declaration it may reuse.
describe('a supplier makes its declaration for G-Cloud 14 (Chromium → SPA → API)', () => {
  it('answers every page (one sent empty first, one by keyboard), reuses G-Cloud 13 answers, and makes the declaration', async () => {
    const page = browser.page;
    const signIn = new SignInPage(page);
    await signIn.open(web());
    await signIn.signIn('declarant@example.com', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Bright Research Studio' }).waitFor();

    const application = new ApplicationPage(page);
    await application.continueFromDashboard();
    expect(await application.heading()).toBe('Apply to G-Cloud 14');
    expect(await application.tasks()).toEqual([
      ['Confirm your company details', 'Completed'],
      ['Make your supplier declaration', 'In progress'],
      ['Add, edit and complete services', 'In progress'],
    ]);
    await application.checkA11y('application progress');
    await screenshot(page, 'application-progress');

    await application.openTask('Make your supplier declaration');
    const declaration = new DeclarationPages(page);
    await declaration.waitForOverview();
    const before = await declaration.sections();
    expect(before.map((s) => s.title)).toEqual([
      'Providing suitable services',
      'What it means to be on G-Cloud 13',
      'Grounds for mandatory exclusion',
      'Grounds for discretionary exclusion',
      'Working with government',
      'How you apply',
      'Application accuracy',
      'How you’ll deliver your services',
      'Contact details',
      'Modern slavery',
    ]);
    expect(before[5]!.rows.every(([, value]) => value.startsWith('Answer question'))).toBe(true);
    await declaration.checkA11y('declaration overview, part answered');
    await screenshot(page, 'declaration-overview');

    // Making it now lists every question still to answer, by number and name, linking to its page.
    await declaration.makeDeclaration();
    const missing = await declaration.errorSummary();
    expect(missing).toContain('39. Understanding the application process: you need to answer this question');
    await declaration.checkA11y('declaration overview, incomplete');
    await screenshot(page, 'declaration-incomplete');

    // Reuse the G-Cloud 13 answers: asked yes or no, which must be answered.
    await page.getByRole('link', { name: 'Reuse answers from your G-Cloud 13 declaration' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reusing answers from an earlier declaration' }).waitFor();
    await declaration.checkA11y('reuse question');
    await screenshot(page, 'declaration-reuse-question');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    expect(await declaration.errorSummary()).toEqual(['Select yes if you want to reuse your answers from G-Cloud 13']);
    await declaration.checkA11y('reuse question with errors');
    await page
      .getByRole('group', { name: /reuse the answers from your G-Cloud 13 declaration/ })
      .getByLabel('Yes')
      .check();
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await declaration.waitForOverview();
    expect(await page.locator('.govuk-notification-banner--success').innerText()).toMatch(/Your answers from G-Cloud 13 have been added/);
    const offered = await declaration.sections();
    expect(offered[8]!.rows.map(([, value]) => value)).toEqual([
      'Review answer Primary contact name',
      'Review answer Primary contact email',
      expect.stringMatching(/^Review answer/),
      expect.stringMatching(/^Review answer/),
    ]);
    await declaration.checkA11y('declaration overview with answers to review');
    await screenshot(page, 'declaration-reuse');

    // Every page in turn, from the first: "Save and continue" goes on to the next section.
    await declaration.editSection('Providing suitable services');
    const text = {
      'primary contact for the application': 'Sam Supplier',
      'primary contact’s email address': 'sam@demo-cloud.example.com',
      'what contact name should appear': 'Sam Supplier',
      'what contact email should appear': 'bids@demo-cloud.example.com',
    };
    for (let n = 1; n <= 10; n++) {
      const title = await declaration.sectionTitle();
      if (title === 'How you apply') {
        // Sent empty first: each question is listed by number and name, and marked inline.
        await declaration.save();
        expect(await declaration.errorSummary()).toEqual([
          '39. Understanding the application process: you need to answer this question',
          '40. Completing the declaration and adding a service: you need to answer this question',
          '41. Asking questions: you need to answer this question',
        ]);
        expect(await declaration.inlineErrors()).toEqual(Array(3).fill('You need to answer this question.'));
        await declaration.checkA11y('declaration page with errors');
        await screenshot(page, 'declaration-page-errors');
        // Answered with the keyboard only.
        await declaration.answerYesByKeyboard([/^39\. /, /^40\. /, /^41\. /]);
      } else {
        if (n === 10) {
          expect(title).toBe('Modern slavery');
          await page.getByRole('group', { name: 'Does your organisation turnover £36 million or more a year?' }).getByLabel('No').check();
          await page.getByText('You don’t need to publish a slavery and human trafficking statement', { exact: false }).first().waitFor();
          await declaration.checkA11y('modern slavery, the optional statement revealed');
          await screenshot(page, 'declaration-modern-slavery');
        }
        await declaration.checkA11y(`declaration page ${n}, ${title}`);
        if (n === 4) await screenshot(page, 'declaration-page-prefilled');
        await declaration.answerTheRest(title === 'Contact details' ? text : {});
        await declaration.save();
      }
      if (n < 10) await page.waitForFunction((previous) => document.querySelector('h1')?.textContent !== previous, title);
    }

    await declaration.waitForOverview();
    const answered = await declaration.sections();
    expect(answered.flatMap((s) => s.rows).filter(([, value]) => /^(Answer question|Review answer)/.test(value))).toEqual([]);
    expect(answered[5]!.rows).toEqual([
      ['39. Understanding the application process', 'Yes'],
      ['40. Completing the declaration and adding a service', 'Yes'],
      ['41. Asking questions', 'Yes'],
    ]);
    await declaration.checkA11y('declaration overview, every answer given');
    await screenshot(page, 'declaration-complete-overview');

    await declaration.makeDeclaration();
    await page.waitForURL(/\/suppliers\/frameworks\/g-cloud-14$/);
    expect(await application.banner()).toMatch(/You have made your supplier declaration/);
    // With services already complete and company details confirmed, that makes the application.
    expect(await application.completeBanner()).toMatch(/Your application is complete and will be submitted automatically\. You still have 3 draft services/);
    await application.checkA11y('application progress, declaration made');
    await screenshot(page, 'application-declaration-made');

    // What the API now holds: the page loaded afresh shows the declaration complete.
    await page.reload();
    expect(await application.tasks()).toContainEqual(['Make your supplier declaration', 'Completed']);
    await application.openTask('Make your supplier declaration');
    await declaration.waitForOverview();
    await page.getByText('You have made your supplier declaration.').waitFor();
    expect(await page.getByRole('button', { name: 'Make declaration' }).count()).toBe(0);

    // What the API holds for the journey's supplier: the declaration complete, the application made.
    const api = await signInOverApi(web(), 'declarant@example.com');
    const held = await api.gql<{ frameworkApplication: { declarationStatus: string; applicationStatus: string } }>(
      '{ frameworkApplication(frameworkSlug: "g-cloud-14") { declarationStatus applicationStatus } }',
    );
    expect(held.frameworkApplication).toEqual({ declarationStatus: 'COMPLETE', applicationStatus: 'APPLICATION' });
  });
});
