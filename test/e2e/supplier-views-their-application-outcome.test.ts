import { describe, expect, inject, it } from 'vitest';
import { ApplicationPage } from './pages/ApplicationPage.js';
import { DeclarationPages } from './pages/DeclarationPages.js';
import { DetailPages } from './pages/DetailPages.js';
import { SignInPage } from './pages/SignInPage.js';
import { SupplierSignupPages, newSupplier } from './pages/SupplierSignupPages.js';
import { checkA11y } from './support/axe.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { screenshot, useBrowserPage } from './support/browser.js';

const browser = useBrowserPage();
const webUrl = () => inject('webUrl');

/*
 * S5 once a framework has closed for applications. The seeds make the live state reachable: the demo
 * supplier is on G-Cloud 13 (with its application and declaration, its agreement unsigned) and on
 * DOS 5 by its services alone. Only reads: the agreement is signed in supplier-signs-a-framework-agreement,
 * by a supplier of its own. (No seeded framework is pending or in standstill: those states are covered
 * by the component tests of OutcomeView.)
 */
describe('a supplier views the outcome of its applications (S5)', () => {
  it('opens the documents of each live framework it is on from its dashboard: the result, its declaration, the agreement to sign', async () => {
    const page = browser.page;
    const signIn = new SignInPage(page);
    await signIn.open(webUrl());
    await signIn.signIn('supplier@example.com', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Demo Cloud Services' }).waitFor();

    // G-Cloud 13: on the framework, the agreement still to sign, the declaration made.
    const application = new ApplicationPage(page);
    await page.getByRole('link', { name: 'View documents for G-Cloud 13' }).click();
    await page.getByRole('heading', { level: 1, name: 'G-Cloud 13 documents' }).waitFor();
    await expect(page.title()).resolves.toBe('G-Cloud 13 documents – Digital Marketplace');
    expect(await application.outcome()).toEqual(['Your company is on G-Cloud 13.']);
    await expect(application.signAction().innerText()).resolves.toBe('Sign and return your G-Cloud 13 Framework Agreement');
    await expect(page.getByTestId('legal-documents-g-cloud-13').count()).resolves.toBe(0);
    await application.checkA11y('G-Cloud 13 documents, agreement to sign');
    await screenshot(page, 'application-outcome-live');

    // Its declaration, read only now that the framework is closed.
    await page.getByRole('link', { name: 'View your supplier declaration' }).click();
    const declaration = new DeclarationPages(page);
    await declaration.waitForOverview();
    expect((await declaration.sections()).length).toBeGreaterThan(5);
    await expect(page.getByRole('button', { name: 'Make declaration' }).count()).resolves.toBe(0);
    await declaration.checkA11y('G-Cloud 13 declaration, read only');
    await screenshot(page, 'application-outcome-declaration');
    await page.locator('.govuk-breadcrumbs').getByRole('link', { name: 'G-Cloud 13 documents' }).click();
    await page.getByRole('heading', { level: 1, name: 'G-Cloud 13 documents' }).waitFor();

    // The action goes to the signing pages (S9), which start with the legal-authority question.
    await application.signAction().click();
    await page.getByRole('heading', { level: 1, name: 'Do you have the legal authority to sign on behalf of your company?' }).waitFor();
    await checkA11y(page, 'legal-authority question from the documents page');
    await page.getByRole('link', { name: 'Back to your account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Demo Cloud Services' }).waitFor();

    // DOS 5: on the framework by its services (loaded before applications were recorded): nothing to sign online, no declaration.
    await page.getByRole('link', { name: 'View documents for Digital Outcomes and Specialists 5' }).click();
    await page.getByRole('heading', { level: 1, name: 'Digital Outcomes and Specialists 5 documents' }).waitFor();
    expect(await application.outcome()).toEqual(['Your company is on Digital Outcomes and Specialists 5.']);
    await expect(application.signAction().count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'View your supplier declaration' }).count()).resolves.toBe(0);
    await application.checkA11y('DOS 5 documents');
    await screenshot(page, 'application-outcome-live-by-services');

    // An expired framework the demo supplier never applied to is not there.
    await new DetailPages(page).expectNotFound(`${webUrl()}/suppliers/frameworks/g-cloud-12`);

    // What the API holds: on G-Cloud 13, nothing signed (this journey only read).
    const api = await signInOverApi(webUrl(), 'supplier@example.com');
    const held = await api.gql<{ frameworkApplication: { onFramework: boolean; declarationStatus: string; agreement: null } }>(
      '{ frameworkApplication(frameworkSlug: "g-cloud-13") { onFramework declarationStatus agreement { id } } }',
    );
    expect(held.frameworkApplication).toEqual({ onFramework: true, declarationStatus: 'COMPLETE', agreement: null });
  });

  it('shows a new supplier the 404 page for a live framework it never applied to', async () => {
    const page = browser.page;
    await page.context().clearCookies();
    const s = newSupplier('Outcome');
    await new SupplierSignupPages(page, webUrl()).createSignedInSupplier(s);
    // Its dashboard offers no live framework's documents.
    await expect(page.getByRole('link', { name: /^View documents for / }).count()).resolves.toBe(0);
    await new DetailPages(page).expectNotFound(`${webUrl()}/suppliers/frameworks/g-cloud-13`);
    await screenshot(page, 'application-outcome-never-applied');
  });
});
