import { describe, expect, inject, it } from 'vitest';
import { HomePage } from './pages/HomePage.js';
import { SupplierSignupPages, newSupplier } from './pages/SupplierSignupPages.js';
import { screenshot, useBrowserPage } from './support/browser.js';
import { fillAndSubmitByKeyboard } from './support/keyboard.js';

const browser = useBrowserPage();
const webUrl = () => inject('webUrl');

describe('a supplier creates an account (S1)', () => {
  it('goes from the home page through every step, with errors first, to its dashboard', async () => {
    const page = browser.page;
    const s = newSupplier('Journey Signup');
    const pages = new SupplierSignupPages(page, webUrl());

    // Home → sign in → "create a supplier account".
    await new HomePage(page).open(webUrl());
    await page.getByRole('link', { name: 'Sign in' }).click();
    await pages.waitForHeading('Sign in to the Digital Marketplace', 'sign-in page');
    await pages.link('create a supplier account').click();
    await pages.waitForHeading('Create a supplier account', 'start page');
    await screenshot(page, 'supplier-create-start');
    await pages.button('Start now').click();

    // DUNS number: missing, malformed, already a supplier's, then a new one.
    await pages.waitForHeading('Enter your DUNS number', 'DUNS number');
    await pages.button('Continue').click();
    expect(await pages.errors('DUNS number missing')).toEqual(['Enter your DUNS number']);
    await pages.fillDuns('12345');
    await page.locator('.govuk-error-summary li', { hasText: '9 digits' }).waitFor();
    expect(await pages.errors('DUNS number malformed')).toEqual(['Your DUNS number must be 9 digits']);
    await pages.fillDuns('100000001');
    await page.locator('.govuk-error-summary li', { hasText: 'already exists' }).waitFor();
    expect(await pages.errors('DUNS number taken')).toEqual(['A supplier account already exists with this DUNS number. Ask a colleague to invite you, or contact support.']);
    await screenshot(page, 'supplier-create-duns-error');
    await pages.fillDuns(s.duns);

    // Company details: everything missing, then wrong formats, then (by keyboard only) right.
    await pages.waitForHeading('Your company details', 'company details');
    await pages.button('Continue').click();
    expect(await pages.errors('company details missing')).toEqual([
      'Enter your company name',
      'Enter a contact name',
      'Enter a contact email address',
      'Enter a contact phone number',
    ]);
    await pages.fillCompanyDetails({ ...s, contactEmail: 'sales at example', contactPhone: 'call us' });
    await page.locator('.govuk-error-summary li', { hasText: 'correct format' }).waitFor();
    expect(await pages.errors('company details wrong')).toEqual([
      'Enter an email address in the correct format, like name@example.com',
      'Enter a phone number, like 01632 960 001',
    ]);
    expect(await pages.inlineError('Contact phone number')).toBe('Enter a phone number, like 01632 960 001');
    await screenshot(page, 'supplier-create-company-details-errors');
    // From the focused error summary, Tab through the fields in order, typing over them, and Enter.
    await fillAndSubmitByKeyboard(
      page,
      { 'Company name': s.company, 'Contact name': 'Someone Else', 'Contact email address': s.contactEmail, 'Contact phone number': s.contactPhone },
      'Continue',
    );

    // Login email.
    await pages.waitForHeading('What email address will you sign in with?', 'login email');
    await pages.button('Continue').click();
    expect(await pages.errors('login email missing')).toEqual(['Enter your email address']);
    await pages.fillLoginEmail(s.loginEmail);

    // Check your information; a Change link goes back to the step and returns here.
    await pages.waitForHeading('Check your information', 'check your information');
    expect(await pages.row('Contact name')).toEqual({ value: 'Someone Else', action: 'Change' });
    await pages.followRow('Contact name');
    await pages.waitForHeading('Your company details', 'company details, changing');
    await page.getByLabel('Contact name').fill(s.contactName);
    await pages.button('Continue').click();
    await pages.waitForHeading('Check your information', 'check your information, changed');
    expect(await pages.row('DUNS number')).toEqual({ value: s.duns, action: 'Change' });
    expect(await pages.row('Company name')).toEqual({ value: s.company, action: 'Change' });
    expect(await pages.row('Contact name')).toEqual({ value: s.contactName, action: 'Change' });
    expect(await pages.row('Email address')).toEqual({ value: s.loginEmail, action: 'Change' });
    await screenshot(page, 'supplier-create-check-answers');
    await pages.button('Create account').click();

    await pages.waitForHeading('Activate your account', 'activate your account');
    await expect(page.getByText(s.loginEmail).count()).resolves.toBe(1);
    await screenshot(page, 'supplier-create-complete');

    // The emailed link: name and password (errors first), then the dashboard of the new company.
    const link = await pages.accountLink(s.loginEmail, s.company);
    await page.goto(link);
    await pages.waitForHeading('Add your name and create a password', 'create your login');
    await expect(page.locator('.govuk-summary-list__value').innerText()).resolves.toBe(s.loginEmail);
    await pages.button('Create account').click();
    expect(await pages.errors('create your login, missing')).toEqual(['Enter your name', 'Enter a password', 'Confirm your password']);
    await page.getByLabel('Your name').fill(s.userName);
    await page.getByLabel('Create a password').fill(s.password);
    await page.getByLabel('Confirm your password').fill('something else entirely');
    await pages.button('Create account').click();
    await page.locator('.govuk-error-summary li', { hasText: 'do not match' }).waitFor();
    expect(await pages.errors('create your login, mismatch')).toEqual(['The passwords you entered do not match']);
    await page.getByLabel('Confirm your password').fill(s.password);
    await pages.button('Create account').click();

    await pages.waitForDashboard(s.company, 'dashboard of the new supplier');
    await expect(page.getByTestId('signed-in-email').innerText()).resolves.toBe(s.loginEmail);
    await expect(page.getByTestId('signed-in-as').innerText()).resolves.toBe(s.userName);
    await expect(page.getByRole('heading', { level: 2, name: 'G-Cloud 14 is open for applications' }).count()).resolves.toBe(1);
    await expect(pages.button('Apply').count()).resolves.toBe(1);
    await screenshot(page, 'supplier-dashboard-new');

    // It is really there: the dashboard again after a reload, and the details buyers will see.
    await page.reload();
    await pages.waitForDashboard(s.company, 'dashboard reloaded');
    await pages.link('Your company details').click();
    await pages.waitForHeading('Your company details', 'company details of the new supplier');
    expect(await pages.row('Contact name')).toEqual({ value: s.contactName, action: 'Change' });
    expect(await pages.row('Contact email')).toEqual({ value: s.contactEmail, action: 'Change' });
    expect(await pages.row('DUNS number')).toEqual({ value: s.duns, action: 'Correct a mistake' });
  });

  it('shows the demo supplier its frameworks: the open application and the live frameworks it is on', async () => {
    const page = browser.page;
    const pages = new SupplierSignupPages(page, webUrl());
    // Signing out ends on the sign-in page.
    await page.goto(`${webUrl()}/sign-out`);
    await page.getByRole('alert').getByText('You have signed out').waitFor();
    await pages.waitForHeading('Sign in to the Digital Marketplace', 'sign-in page after signing out');
    await page.getByLabel('Email address').fill('supplier@example.com');
    await page.getByLabel('Password', { exact: true }).fill('marketplace demo password');
    await pages.button('Sign in').click();
    await pages.waitForDashboard('Demo Cloud Services', 'dashboard of the demo supplier');
    await expect(page.getByRole('heading', { level: 2, name: 'Your G-Cloud 14 application' }).count()).resolves.toBe(1);
    await expect(pages.button('Continue your application').getAttribute('href')).resolves.toBe('/suppliers/frameworks/g-cloud-14');
    expect((await page.getByRole('heading', { level: 3 }).allInnerTexts()).sort()).toEqual(['Digital Outcomes and Specialists 5', 'G-Cloud 13']);
    await expect(page.getByRole('link', { name: 'View your opportunities on Digital Outcomes and Specialists 5' }).getAttribute('href')).resolves.toBe(
      '/suppliers/opportunities/frameworks/digital-outcomes-and-specialists-5',
    );
    await screenshot(page, 'supplier-dashboard-demo');
  });
});
