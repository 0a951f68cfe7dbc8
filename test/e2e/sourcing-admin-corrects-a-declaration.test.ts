import { describe, expect, inject, it } from 'vitest';
import { AdminHomePage } from './pages/AdminPages.js';
import { AdminSupplierDataPages } from './pages/AdminSupplierDataPages.js';
import { AdminSupplierPages } from './pages/AdminSupplierPages.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { checkA11y } from './support/axe.js';
import { screenshot, useBrowserPage } from './support/browser.js';

// Lantern Analytics' complete G-Cloud 13 declaration (server/seeds/supplier-data.ts): corrected only by this journey.
const SUPPLIER = 'Lantern Analytics';
const SOURCING = 'sourcing@crowncommercial.gov.uk';

const ctx = useBrowserPage();

describe('a CCS sourcing admin corrects a supplier’s declaration (AD10)', () => {
  it('reads the whole declaration in question order, is refused an empty answer, and saves a correction', { timeout: 180_000 }, async () => {
    const { page } = ctx;
    const adminUrl = inject('adminUrl');
    const signIn = new SignInPage(page);
    await signIn.open(adminUrl);
    await signIn.signIn(SOURCING, DEMO_PASSWORD);
    const home = new AdminHomePage(page);
    await home.waitFor('sourcing home');
    await home.task('Find a supplier').click();
    const suppliers = new AdminSupplierPages(page);
    await suppliers.waitForSearch('find a supplier');
    await suppliers.search('Name', 'Lantern');
    expect(await suppliers.results('suppliers named Lantern')).toEqual([SUPPLIER]);
    await suppliers.openSupplier(SUPPLIER);

    // The declaration from the frameworks table: every section, its questions numbered 1, 2, 3… in order.
    const data = new AdminSupplierDataPages(page);
    await data.openDeclaration('G-Cloud 13');
    await checkA11y(page, 'declaration');
    await expect(page.title()).resolves.toBe(`G-Cloud 13 declaration – ${SUPPLIER} – Digital Marketplace admin`);
    const sections = await data.declarationSections();
    expect(sections.map((s) => s.title)).toContain('Contact details');
    const numbers = sections.flatMap((s) => s.rows.map(([question]) => Number(/^(\d+)\. /.exec(question)?.[1])));
    expect(numbers.every((n) => Number.isInteger(n))).toBe(true);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers[0]).toBe(1);
    await screenshot(page, 'admin-declaration');

    // The contact details: an answer emptied is refused, by number and name; then corrected.
    await data.correctSection('Contact details');
    await checkA11y(page, 'correct contact details');
    await screenshot(page, 'admin-declaration-section');
    const primaryName = page.getByLabel(/primary contact for the application/);
    await primaryName.fill('');
    await data.press('Save correction');
    const errors = await data.errors('correct contact details, an answer missing');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\d+\. .+: you need to answer this question$/);
    await expect(page.title()).resolves.toMatch(/^Error: Correct Contact details – Lantern Analytics/);
    await screenshot(page, 'admin-declaration-section-error');
    await primaryName.fill('Lee Lantern');
    await page.getByLabel(/primary contact’s email address/).fill('lee@lantern.example.com');
    await data.press('Save correction');
    await data.waitForDeclaration('G-Cloud 13');
    expect(await data.flash('declaration after the correction')).toBe(`The G-Cloud 13 declaration of ${SUPPLIER} has been corrected`);
    const contact = (await data.declarationSections()).find((s) => s.title === 'Contact details')!;
    expect(contact.rows.map(([, answer]) => answer)).toEqual(expect.arrayContaining(['Lee Lantern', 'lee@lantern.example.com']));

    // The API: saved to the declaration, which is still complete.
    const api = await signInOverApi(adminUrl, SOURCING);
    const id = new URL(page.url()).pathname.split('/')[2]!;
    const application = await api.gql<{ frameworkApplication: { declarationStatus: string; declaration: Record<string, unknown> } }>(
      'query ($s: ID!) { frameworkApplication(frameworkSlug: "g-cloud-13", supplierId: $s) { declarationStatus declaration } }',
      { s: id },
    );
    expect(application.frameworkApplication.declarationStatus).toBe('COMPLETE');
    expect(application.frameworkApplication.declaration).toMatchObject({ primaryContact: 'Lee Lantern', primaryContactEmail: 'lee@lantern.example.com' });
  });
});
