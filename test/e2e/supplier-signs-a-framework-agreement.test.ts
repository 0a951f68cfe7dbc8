import { describe, expect, inject, it } from 'vitest';
import { AgreementPages } from './pages/AgreementPages.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { screenshot, useBrowserPage } from './support/browser.js';
import { waitForEmail } from './support/outbox.js';

const browser = useBrowserPage();

const QUESTION = 'Do you have the legal authority to sign on behalf of your company?';
const SIGN_LINK = 'Sign and return your G-Cloud 13 agreement';

/*
 * The journey's own supplier (signer@example.com, Agile Delivery Partners: seeds/demo.ts JOURNEY_USERS)
 * is on G-Cloud 13 (live, signed online) without an agreement, so its dashboard asks it to sign. This
 * is the only journey that signs it: the stack is fresh for each run of the suite.
 */
describe('a supplier signs its framework agreement (S9)', () => {
  it('answers the legal-authority question, signs after fixing its errors, and the dashboard shows it waiting for CCS', async () => {
    const page = browser.page;
    const webUrl = inject('webUrl');
    const pages = new AgreementPages(page);
    const since = new Date();

    const signIn = new SignInPage(page);
    await signIn.open(webUrl);
    await signIn.signIn('signer@example.com', DEMO_PASSWORD);
    await pages.waitForHeading('Agile Delivery Partners', 'dashboard, agreement to sign');
    await expect(pages.legalDocuments('g-cloud-13').count()).resolves.toBe(0);

    // The legal-authority question: nothing chosen, then "No", then back and "Yes".
    await pages.link(SIGN_LINK).click();
    await pages.waitForHeading(QUESTION, 'legal authority question');
    await expect(page.getByText('For example, you are a director or company secretary.').isVisible()).resolves.toBe(true);
    await screenshot(page, 'agreement-legal-authority');
    await pages.button('Continue').click();
    expect(await pages.errors('legal authority, nothing chosen')).toEqual(['Select yes if you have the legal authority to sign on behalf of your company']);
    await screenshot(page, 'agreement-legal-authority-error');
    await pages.radio('No').check();
    await pages.button('Continue').click();
    await pages.waitForHeading('You cannot sign this agreement', 'no legal authority');
    await expect(page.locator('main').innerText()).resolves.toContain(
      'Only someone with the legal authority to sign on behalf of your company can sign the G-Cloud 13 Framework Agreement',
    );
    await screenshot(page, 'agreement-no-legal-authority');
    await pages.link('Back').click();
    await pages.waitForHeading(QUESTION, 'legal authority question, again');
    await pages.radio('Yes').check();
    await pages.button('Continue').click();

    // The sign page: the company and its lots, then the signer with errors first.
    await pages.waitForHeading('Supplier appointment terms', 'sign page');
    expect(await pages.row('Registered name')).toEqual({ value: 'Agile Delivery Partners LLP', action: '' });
    expect(await pages.row('Companies House number')).toEqual({ value: 'OC123456', action: '' });
    expect((await pages.row('Registered address')).value).not.toBe('');
    expect(await pages.acceptedLots()).toEqual(['Lot 1: Cloud hosting', 'Lot 2: Cloud software', 'Lot 3: Cloud support']);
    await screenshot(page, 'agreement-sign');
    await pages.button('Sign').click();
    expect(await pages.errors('sign, nothing filled in')).toEqual([
      'Enter your full name',
      'Enter your role at the company',
      'Select to accept the terms of the G-Cloud 13 Framework Agreement',
    ]);
    expect(await pages.inlineError('Full name')).toBe('Enter your full name');
    await screenshot(page, 'agreement-sign-errors');
    await page.getByLabel('Full name').fill('Sid Signer');
    await page.getByLabel('Role at the company').fill('Partner');
    await pages.button('Sign').click();
    await page.locator('.govuk-error-summary li').first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.govuk-error-summary li').length === 1);
    expect(await pages.errors('sign, terms not accepted')).toEqual(['Select to accept the terms of the G-Cloud 13 Framework Agreement']);
    await page.getByLabel('Full name').fill(`S${'a'.repeat(255)}`);
    await pages.button('Sign').click();
    await page.waitForFunction(() => document.querySelectorAll('.govuk-error-summary li').length === 2);
    expect(await pages.errors('sign, name too long')).toEqual([
      'Your full name must be 255 characters or fewer',
      'Select to accept the terms of the G-Cloud 13 Framework Agreement',
    ]);
    await page.getByLabel('Full name').fill('Sid Signer');
    await page.getByLabel('I accept the terms of the G-Cloud 13 Framework Agreement').check();
    await pages.button('Sign').click();

    // Signed: the confirmation, and the email with the signature page to the company's users.
    await pages.waitForHeading('Agreement signed', 'signed');
    await expect(page.locator('.govuk-panel__body').innerText()).resolves.toBe('You have signed the G-Cloud 13 Framework Agreement');
    await expect(page.title()).resolves.toMatch(/^Agreement signed: G-Cloud 13/);
    await page.getByRole('heading', { level: 2, name: 'What happens next' }).waitFor();
    expect((await pages.row('Signed by')).value).toBe('Sid Signer, Partner');
    expect((await pages.row('Status')).value).toBe('Waiting for CCS to countersign');
    await screenshot(page, 'agreement-signed');
    const email = await waitForEmail('signer@example.com', { subject: /signed its G-Cloud 13 framework agreement/, since });
    expect(email.text).toContain('Sid Signer signed your organisation’s G-Cloud 13 framework agreement');

    // The dashboard: no more sign link; the legal documents, waiting for CCS, with the signature page.
    await pages.link('Return to your account').click();
    await pages.waitForHeading('Agile Delivery Partners', 'dashboard, agreement signed');
    await expect(pages.link(SIGN_LINK).count()).resolves.toBe(0);
    const legal = pages.legalDocuments('g-cloud-13');
    await legal.waitFor();
    await expect(legal.innerText()).resolves.toContain('Waiting for CCS to countersign');
    expect((await pages.row('Signed by')).value).toBe('Sid Signer, Partner');
    // The signature page is generated with the email, so it is there by now (a reload reads it afresh).
    await page.reload();
    await pages.waitForHeading('Agile Delivery Partners', 'dashboard, signature page ready');
    const download = legal.getByRole('link', { name: /Download signature page/ });
    await download.waitFor();
    await expect(download.getAttribute('href')).resolves.toMatch(/^\/documents\/.+\/g-cloud-13-signature-page-\d+\.pdf\?/);
    await legal.scrollIntoViewIfNeeded();
    await screenshot(page, 'agreement-dashboard-legal-documents');

    // The framework's documents page: no more action to sign, the legal documents instead.
    await pages.link('View documents for G-Cloud 13').click();
    await pages.waitForHeading('G-Cloud 13 documents', 'G-Cloud 13 documents, agreement signed');
    await expect(page.getByRole('button', { name: /Sign and return/ }).count()).resolves.toBe(0);
    await expect(pages.legalDocuments('g-cloud-13').innerText()).resolves.toContain('Waiting for CCS to countersign');
    await screenshot(page, 'agreement-framework-documents-signed');

    // What the API holds: the agreement, signed by the journey's signer, waiting for CCS.
    const api = await signInOverApi(webUrl, 'signer@example.com');
    const held = await api.gql<{ frameworkApplication: { agreement: { signerName: string; signerRole: string; status: string } } }>(
      '{ frameworkApplication(frameworkSlug: "g-cloud-13") { agreement { signerName signerRole status } } }',
    );
    expect(held.frameworkApplication.agreement).toEqual({ signerName: 'Sid Signer', signerRole: 'Partner', status: 'SIGNED' });

    // Signing twice is refused with a page that says so.
    await page.goto(`${webUrl}/suppliers/frameworks/g-cloud-13/start-framework-agreement-signing`);
    await pages.waitForHeading('You have already signed the G-Cloud 13 Framework Agreement', 'already signed');
  });

  it('tells a supplier not on the framework that it cannot sign, and shows other users the 404 page', async () => {
    const webUrl = inject('webUrl');
    const browserOf = browser.page.context().browser()!;
    /** A fresh browser (no session) signed in as `email`, at `path`. */
    const as = async (email: string) => {
      const context = await browserOf.newContext();
      const page = await context.newPage();
      const signIn = new SignInPage(page);
      await signIn.open(webUrl);
      await signIn.signIn(email, DEMO_PASSWORD);
      await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
      return { context, page, pages: new AgreementPages(page) };
    };

    const supplier = await as('supplier@example.com');
    try {
      // The demo supplier applied to G-Cloud 14, which has no result yet.
      await supplier.page.goto(`${webUrl}/suppliers/frameworks/g-cloud-14/start-framework-agreement-signing`);
      await supplier.pages.waitForHeading('You cannot sign the G-Cloud 14 agreement', 'no result yet');
      await expect(supplier.page.locator('main').innerText()).resolves.toContain('The results of G-Cloud 14 are not known yet.');
      await screenshot(supplier.page, 'agreement-not-on-framework');
      // A framework it never applied to.
      await supplier.page.goto(`${webUrl}/suppliers/frameworks/g-cloud-12/sign-framework-agreement`);
      await supplier.pages.waitForHeading('You cannot sign the G-Cloud 12 agreement', 'never applied');
      await expect(supplier.page.locator('main').innerText()).resolves.toContain('Your company is not on G-Cloud 12');
      // A framework that does not exist.
      await supplier.page.goto(`${webUrl}/suppliers/frameworks/g-cloud-99/sign-framework-agreement`);
      await supplier.pages.waitForHeading('Page not found', 'no such framework');
    } finally {
      await supplier.context.close();
    }

    const buyer = await as('buyer@example.gov.uk');
    try {
      await buyer.page.goto(`${webUrl}/suppliers/frameworks/g-cloud-13/start-framework-agreement-signing`);
      await buyer.pages.waitForHeading('Page not found', 'buyer: page not found');
    } finally {
      await buyer.context.close();
    }
  });
});
