import { describe, expect, inject, it } from 'vitest';
import { ContentPages } from './pages/ContentPages.js';
import { CreateSupplierPages } from './pages/CreateSupplierPages.js';
import { HomePage } from './pages/HomePage.js';
import { checkA11y } from './support/axe.js';
import { screenshot, useBrowserPage } from './support/browser.js';
import { linkIn, waitForEmail } from './support/outbox.js';

const browser = useBrowserPage();

/** A DUNS number of a demo supplier (server/seeds/demo.ts: Demo Cloud Services). */
const TAKEN_DUNS = '100000001';

describe('a visitor becomes a supplier', () => {
  it('reads which frameworks are open, opens a supplier account, activates it from the email and lands signed in', async () => {
    const stamp = Date.now();
    const duns = `9${String(stamp).slice(-8)}`;
    const company = `Journey Widgets ${stamp}`;
    const loginEmail = `owner-${stamp}@journey-widgets.example.com`;
    const started = new Date();
    const home = new HomePage(browser.page);
    const content = new ContentPages(browser.page);
    const steps = new CreateSupplierPages(browser.page);

    await home.open(inject('webUrl'));
    await home.becomeASupplierLink().click();
    await content.waitForHeading('Become a supplier', 'become a supplier');
    const canApply = browser.page.locator('h2:has-text("Services you can apply to sell") ~ section').first();
    await expect(canApply.innerText()).resolves.toMatch(/Cloud hosting, software and support[\s\S]*G-Cloud 14 is open for applications until \d{1,2} \w+ \d{4}\./);
    await expect(browser.page.getByRole('main').innerText()).resolves.toMatch(
      /Services you can’t apply to sell at the moment[\s\S]*Applications for Digital Outcomes and Specialists 5 have closed\./,
    );
    await screenshot(browser.page, 'visitor-reads-become-a-supplier');

    await browser.page.getByRole('button', { name: 'Create a supplier account' }).click();
    await steps.waitForStep('Create a supplier account', 'create a supplier account: start');
    await browser.page.getByRole('button', { name: 'Start now' }).click();

    // DUNS number: the wrong format, then one a supplier already has, then a new one.
    await steps.waitForStep('Enter your DUNS number', 'DUNS number');
    await steps.enterDuns('12345');
    expect((await steps.errors('DUNS number in the wrong format')).summary).toEqual(['Your DUNS number must be 9 digits']);
    await expect(browser.page.title()).resolves.toMatch(/^Error: /);
    await screenshot(browser.page, 'visitor-enters-a-wrong-duns-number');
    await steps.enterDuns(TAKEN_DUNS);
    await browser.page.getByText('A supplier account already exists with this DUNS number', { exact: false }).first().waitFor();
    expect((await steps.errors('DUNS number already taken')).summary).toEqual([
      'A supplier account already exists with this DUNS number. Ask a colleague to invite you, or contact support.',
    ]);
    await steps.enterDuns(duns);

    // Company details: all four missing, then given.
    await steps.waitForStep('Your company details', 'company details');
    await steps.continue();
    expect((await steps.errors('company details empty')).summary).toEqual([
      'Enter your company name',
      'Enter a contact name',
      'Enter a contact email address',
      'Enter a contact phone number',
    ]);
    await screenshot(browser.page, 'visitor-leaves-company-details-empty');
    await steps.enterCompanyDetails({
      companyName: 'Journey Widgets',
      contactName: 'Sam Seller',
      contactEmail: `sales-${stamp}@journey-widgets.example.com`,
      contactPhone: '01632 960 123',
    });

    // Login email: not an address, then one.
    await steps.waitForStep('What email address will you sign in with?', 'login email');
    await steps.enterLoginEmail('not an email address');
    expect((await steps.errors('login email in the wrong format')).summary).toEqual(['Enter an email address in the correct format, like name@example.com']);
    await steps.enterLoginEmail(loginEmail);

    // Check your information, change the company name there and come back.
    await steps.waitForStep('Check your information', 'check your information');
    expect(await steps.answers()).toMatchObject({ 'DUNS number': duns, 'Company name': 'Journey Widgets', 'Email address': loginEmail });
    await screenshot(browser.page, 'visitor-checks-their-information');
    await steps.change('company name');
    await steps.waitForStep('Your company details', 'company details, changing the name');
    await expect(browser.page.getByLabel('Company name', { exact: true }).inputValue()).resolves.toBe('Journey Widgets');
    await steps.enterCompanyDetails({ companyName: company });
    await steps.waitForStep('Check your information', 'check your information after the change');
    expect(await steps.answers()).toMatchObject({ 'Company name': company, 'Contact name': 'Sam Seller', 'Email address': loginEmail });

    await browser.page.getByRole('button', { name: 'Create account' }).click();
    await steps.waitForStep('Activate your account', 'activate your account');
    await expect(browser.page.getByRole('main').innerText()).resolves.toContain(loginEmail);
    await screenshot(browser.page, 'visitor-is-asked-to-activate-their-account');

    // The emailed link: name and password, with errors first.
    const email = await waitForEmail(loginEmail, { since: new Date(started.getTime() - 1000) });
    await browser.page.goto(linkIn(email, `${inject('webUrl')}/create-account/`));
    await steps.waitForStep('Add your name and create a password', 'create your login');
    await browser.page.getByRole('button', { name: 'Create account' }).click();
    expect((await steps.errors('create your login, nothing entered')).summary).toEqual(['Enter your name', 'Enter a password', 'Confirm your password']);
    await screenshot(browser.page, 'visitor-creates-their-login-with-errors');
    await browser.page.getByLabel('Your name', { exact: true }).fill('Sam Seller');
    await browser.page.getByLabel('Create a password', { exact: true }).fill('three quiet harbour lamps');
    await browser.page.getByLabel('Confirm your password', { exact: true }).fill('three quiet harbour lamps');
    await browser.page.getByRole('button', { name: 'Create account' }).click();

    // Signed in as the new supplier's first user, at the supplier landing page.
    await browser.page.waitForURL((u) => u.pathname === '/suppliers');
    await browser.page.getByTestId('signed-in-as').waitFor();
    await expect(browser.page.getByTestId('signed-in-as').innerText()).resolves.toBe('Sam Seller');
    await checkA11y(browser.page, 'signed in after creating the account');

    // Still signed in on a fresh load; a signed-in supplier is not asked to become one.
    await home.open(inject('webUrl'));
    await expect(browser.page.getByTestId('signed-in-as').innerText()).resolves.toBe('Sam Seller');
    expect(await home.becomeASupplierLink().count()).toBe(0);
    await browser.page.goto(`${inject('webUrl')}/account`);
    await browser.page.getByRole('heading', { level: 1 }).waitFor();
    await expect(browser.page.getByRole('main').innerText()).resolves.toContain(loginEmail);
    await checkA11y(browser.page, 'your account, new supplier user');
  });
});
