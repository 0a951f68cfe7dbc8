import { describe, expect, inject, it } from 'vitest';
import { AdminHomePage } from './pages/AdminPages.js';
import { AdminSupplierDataPages } from './pages/AdminSupplierDataPages.js';
import { AdminSupplierPages } from './pages/AdminSupplierPages.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { checkA11y } from './support/axe.js';
import { screenshot, useBrowserPage } from './support/browser.js';

// Harbour Data Services (server/seeds/supplier-data.ts): this journey's own supplier, on G-Cloud 13.
const SUPPLIER = 'Harbour Data Services';
const DATA_CONTROLLER = 'data-controller@crowncommercial.gov.uk';
const UPDATED = `The details of ${SUPPLIER} have been updated`;

const ctx = useBrowserPage();

describe('a data controller corrects a supplier’s company details (AD9)', () => {
  it('corrects the registered name, the registration number, the registered address and the trading name, refused first where wrong', { timeout: 180_000 }, async () => {
    const { page } = ctx;
    const adminUrl = inject('adminUrl');
    const signIn = new SignInPage(page);
    await signIn.open(adminUrl);
    await signIn.signIn(DATA_CONTROLLER, DEMO_PASSWORD);
    const home = new AdminHomePage(page);
    await home.waitFor('data controller home');
    await home.task('Find a supplier').click();
    const suppliers = new AdminSupplierPages(page);
    await suppliers.waitForSearch('find a supplier');
    await suppliers.search('Name', 'Harbour Data');
    expect(await suppliers.results('suppliers named Harbour Data')).toEqual([SUPPLIER]);
    const edit = new AdminSupplierDataPages(page);
    await edit.openSupplier(SUPPLIER);
    // A data controller may change each company detail (and reads about the DUNS number).
    for (const detail of ['trading name', 'registered name', 'company registration number', 'registered address']) await edit.changeLink(detail).waitFor();
    await edit.changeLink('DUNS number').waitFor();
    await screenshot(page, 'admin-supplier-company-details-data-controller');

    // Registered name: emptied first, refused; then corrected.
    await edit.change('registered name', 'Correct the registered company name');
    await screenshot(page, 'admin-edit-registered-name');
    await edit.fill('Registered company name', '');
    await edit.press('Save');
    expect(await edit.errors('registered name, empty')).toEqual(['Enter the registered company name']);
    expect(await edit.inlineErrors()).toEqual(['Enter the registered company name']);
    await expect(page.title()).resolves.toBe(`Error: Correct the registered company name – ${SUPPLIER} – Digital Marketplace admin`);
    await screenshot(page, 'admin-edit-registered-name-error');
    await edit.fill('Registered company name', 'Harbour Data Services Group Ltd');
    await edit.press('Save');
    expect(await edit.flash('supplier after the registered name')).toBe(UPDATED);
    expect((await suppliers.companyDetails())['Registered name']).toBe('Harbour Data Services Group Ltd');

    // Registration number: a Companies House number in the wrong form, then another country's number.
    await edit.change('company registration number', 'Correct the company registration number');
    await edit.choose('Registered with Companies House');
    await edit.fill('Companies House number', '123');
    await edit.press('Save');
    expect(await edit.errors('registration number, wrong form')).toEqual(['A Companies House number is 8 characters: 2 digits or 2 letters, then 6 digits']);
    await screenshot(page, 'admin-edit-registration-number-error');
    await edit.choose('Registered somewhere else');
    await edit.fill('Registration number', 'IE 654321');
    await checkA11y(page, 'registration number, another country');
    await edit.press('Save');
    expect(await edit.flash('supplier after the registration number')).toBe(UPDATED);
    expect((await suppliers.companyDetails())['Company registration number']).toBe('IE 654321');

    // Registered address: a postcode too long, then the whole address in Ireland.
    await edit.change('registered address', 'Correct the registered address');
    await edit.fill('Building and street', '12 Harbour Way');
    await edit.fill('Town or city', 'Cork');
    await edit.fill('Postcode', 'T12 ABCD EFGH IJKL');
    await edit.press('Save');
    expect(await edit.errors('registered address, postcode too long')).toEqual(['The postcode must be 15 characters or fewer']);
    await screenshot(page, 'admin-edit-registered-address-error');
    await edit.fill('Postcode', 'T12 X70A');
    await edit.selectCountry('Ireland');
    await edit.press('Save');
    expect(await edit.flash('supplier after the registered address')).toBe(UPDATED);
    expect((await suppliers.companyDetails())['Registered address']).toBe('12 Harbour Way Cork T12 X70A Ireland');
    await screenshot(page, 'admin-supplier-details-corrected');

    // The DUNS number is not changed here: the page says so.
    await edit.change('DUNS number', 'The DUNS number cannot be changed here');
    await screenshot(page, 'admin-duns-number');
    await page.getByRole('link', { name: `Back to ${SUPPLIER}` }).click();
    await page.getByRole('heading', { level: 1, name: SUPPLIER }).waitFor();

    // AD2: the trading name, which buyers see.
    await edit.change('trading name', 'Change the supplier’s trading name');
    await screenshot(page, 'admin-edit-supplier-name');
    await edit.fill('New name', '');
    await edit.press('Save');
    expect(await edit.errors('trading name, empty')).toEqual(['Enter the new name']);
    await edit.fill('New name', 'Harbour Data');
    await edit.press('Save');
    expect(await edit.flash('supplier after the trading name')).toBe('The details of Harbour Data have been updated');
    await page.getByRole('heading', { level: 1, name: 'Harbour Data' }).waitFor();

    // The API: the corrected details, the address on the contact, the number in the G-Cloud 13 application.
    const api = await signInOverApi(adminUrl, DATA_CONTROLLER);
    const found = await api.gql<{ suppliers: { nodes: Array<{ id: string; name: string; companyDetails: Record<string, unknown> }> } }>(
      '{ suppliers(name: "Harbour Data Services Group") { nodes { id name companyDetails { registeredName companiesHouseNumber otherCompanyRegistrationNumber registrationCountry registeredAddress { address1 city postcode } } } } }',
    );
    expect(found.suppliers.nodes).toHaveLength(1);
    expect(found.suppliers.nodes[0]!.name).toBe('Harbour Data');
    expect(found.suppliers.nodes[0]!.companyDetails).toEqual({
      registeredName: 'Harbour Data Services Group Ltd',
      companiesHouseNumber: null,
      otherCompanyRegistrationNumber: 'IE 654321',
      registrationCountry: 'country:IE',
      registeredAddress: { address1: '12 Harbour Way', city: 'Cork', postcode: 'T12 X70A' },
    });
    const sourcing = await signInOverApi(adminUrl, 'sourcing@crowncommercial.gov.uk');
    const application = await sourcing.gql<{ frameworkApplication: { companyDetails: Record<string, unknown> } }>(
      'query ($s: ID!) { frameworkApplication(frameworkSlug: "g-cloud-13", supplierId: $s) { companyDetails } }',
      { s: found.suppliers.nodes[0]!.id },
    );
    expect(application.frameworkApplication.companyDetails.supplierCompanyRegistrationNumber).toBe('IE 654321');
  });
});
