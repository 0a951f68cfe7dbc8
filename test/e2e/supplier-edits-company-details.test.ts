import { describe, expect, inject, it } from 'vitest';
import { SupplierSignupPages, newSupplier } from './pages/SupplierSignupPages.js';
import { screenshot, useBrowserPage } from './support/browser.js';
import { fillAndSubmitByKeyboard } from './support/keyboard.js';

const browser = useBrowserPage();

const FIFTY_ONE_WORDS = Array.from({ length: 51 }, (_, i) => `word${i + 1}`).join(' ');
const SUMMARY = 'We build accessible digital services for councils and central government, from discovery to live support.';

describe('a supplier edits its company details (S3)', () => {
  it('answers every detail, each page refusing bad answers first, confirms them, and the registered ones are then fixed', async () => {
    const page = browser.page;
    const s = newSupplier('Journey Details');
    const pages = new SupplierSignupPages(page, inject('webUrl'));
    await pages.createSignedInSupplier(s);

    await pages.link('Your company details').click();
    await pages.waitForHeading('Your company details', 'company details, nothing answered');
    expect(await pages.row('Registered company name')).toEqual({ value: '', action: 'Answer required' });
    expect(await pages.row('Registration number')).toEqual({ value: '', action: 'Answer required' });
    expect(await pages.row('VAT number')).toEqual({ value: 'Not given', action: 'Change' });
    await expect(pages.button('Confirm your company details').count()).resolves.toBe(0);
    await screenshot(page, 'supplier-details-unanswered');

    // What buyers will see.
    await pages.followRow('Contact name');
    await pages.waitForHeading('What buyers will see', 'what buyers will see');
    await page.getByLabel('Contact name').fill('');
    await page.getByLabel('Contact email address').fill('not an address');
    await page.getByLabel('Summary (optional)').fill(FIFTY_ONE_WORDS);
    await pages.button('Save and return').click();
    expect(await pages.errors('what buyers will see, errors')).toEqual([
      'Enter a contact name',
      'Enter an email address in the correct format, like name@example.com',
      'Your summary must be 50 words or fewer',
    ]);
    await screenshot(page, 'supplier-details-what-buyers-see-errors');
    await page.getByLabel('Contact name').fill('Robin Reception');
    await page.getByLabel('Contact email address').fill(s.contactEmail);
    await page.getByLabel('Summary (optional)').fill(SUMMARY);
    await pages.button('Save and return').click();
    await pages.waitForHeading('Your company details', 'company details, buyers details saved');
    expect(await pages.successBanner()).toBe('What buyers will see has been updated');
    expect(await pages.row('Contact name')).toEqual({ value: 'Robin Reception', action: 'Change' });
    expect(await pages.row('Summary')).toEqual({ value: SUMMARY, action: 'Change' });

    // Registered company name, by keyboard only.
    await pages.followRow('Registered company name');
    await pages.waitForHeading('What is your registered company name?', 'registered company name');
    await pages.button('Save and return').click();
    expect(await pages.errors('registered company name, missing')).toEqual(['Enter your registered company name']);
    await fillAndSubmitByKeyboard(page, { 'What is your registered company name?': `${s.company} (Holdings)` }, 'Save and return');
    await pages.waitForHeading('Your company details', 'company details, registered name saved');
    expect(await pages.successBanner()).toBe('Your registered company name has been saved');
    expect(await pages.row('Registered company name')).toEqual({ value: `${s.company} (Holdings)`, action: 'Change' });

    // Registered address.
    await pages.followRow('Registered address');
    await pages.waitForHeading('What is your registered office address?', 'registered address');
    await pages.button('Save and return').click();
    expect(await pages.errors('registered address, missing')).toEqual([
      'Enter a building and street',
      'Enter a town or city',
      'Enter a postcode',
      'Choose the country your company is registered in',
    ]);
    await screenshot(page, 'supplier-details-address-errors');
    await page.getByLabel('Building and street').fill('10 Example Road');
    await page.getByLabel('Town or city').fill('Sheffield');
    await page.getByLabel('Postcode').fill('s1 2ab');
    await page.getByLabel('Country').selectOption({ label: 'United Kingdom' });
    await pages.button('Save and return').click();
    await pages.waitForHeading('Your company details', 'company details, address saved');
    expect(await pages.row('Registered address')).toEqual({ value: '10 Example Road\nSheffield\nS1 2AB\nUnited Kingdom', action: 'Change' });

    // Registration number: the Companies House number is revealed by "Yes".
    await pages.followRow('Registration number');
    await pages.waitForHeading('Are you registered with Companies House?', 'registration number');
    await expect(page.getByLabel('Companies House number').isVisible()).resolves.toBe(false);
    await pages.button('Save and return').click();
    expect(await pages.errors('registration number, unanswered')).toEqual(['Select yes if you are registered with Companies House']);
    await page.getByLabel('Yes').check();
    await page.getByLabel('Companies House number').fill('1234');
    await pages.button('Save and return').click();
    await page.locator('.govuk-error-summary li', { hasText: '8 characters' }).waitFor();
    expect(await pages.errors('registration number, malformed')).toEqual(['Your Companies House number must be 8 characters: 2 digits or 2 letters, then 6 digits']);
    await screenshot(page, 'supplier-details-registration-number-errors');
    await page.getByLabel('Companies House number').fill('ab123456');
    await pages.button('Save and return').click();
    await pages.waitForHeading('Your company details', 'company details, number saved');
    expect(await pages.row('Registration number')).toEqual({ value: 'Companies House number AB123456', action: 'Change' });

    // Trading status and company size.
    await pages.followRow('Trading status');
    await pages.waitForHeading('What is your trading status?', 'trading status');
    await pages.button('Save and return').click();
    expect(await pages.errors('trading status, unanswered')).toEqual(['Select your trading status']);
    await page.getByLabel('Limited liability partnership (LLP)').check();
    await pages.button('Save and return').click();
    await pages.waitForHeading('Your company details', 'company details, trading status saved');
    expect(await pages.row('Trading status')).toEqual({ value: 'Limited liability partnership (LLP)', action: 'Change' });

    await pages.followRow('Company size');
    await pages.waitForHeading('What size is your company?', 'company size');
    await pages.button('Save and return').click();
    expect(await pages.errors('company size, unanswered')).toEqual(['Select the size of your company']);
    await screenshot(page, 'supplier-details-size-errors');
    await page.getByLabel('Small').check();
    await pages.button('Save and return').click();
    await pages.waitForHeading('Your company details', 'company details, size saved');
    expect(await pages.row('Company size')).toEqual({ value: 'Small', action: 'Change' });

    // VAT number (optional): too long, then given.
    await pages.followRow('VAT number');
    await pages.waitForHeading('What is your VAT number?', 'VAT number');
    await page.getByLabel('What is your VAT number?').fill('GB'.padEnd(31, '1'));
    await pages.button('Save and return').click();
    expect(await pages.errors('VAT number, too long')).toEqual(['Your VAT number must be 30 characters or fewer']);
    await page.getByLabel('What is your VAT number?').fill('GB123456789');
    await pages.button('Save and return').click();
    await pages.waitForHeading('Your company details', 'company details, VAT saved');
    expect(await pages.row('VAT number')).toEqual({ value: 'GB123456789', action: 'Change' });

    // The DUNS number is never changed here.
    await pages.followRow('DUNS number');
    await pages.waitForHeading('Correct a mistake in your DUNS number', 'correct a mistake in your DUNS number');
    await pages.link('Back to your company details').click();

    // Everything answered: confirm.
    await pages.waitForHeading('Your company details', 'company details, all answered');
    await screenshot(page, 'supplier-details-all-answered');
    await pages.button('Confirm your company details').click();
    expect(await pages.successBanner()).toBe('You have confirmed your company details');
    await pages.waitForHeading('Your company details', 'company details, confirmed');
    expect(await pages.row('Registered company name')).toEqual({ value: `${s.company} (Holdings)`, action: 'Correct a mistake' });
    expect(await pages.row('Registration number')).toEqual({ value: 'Companies House number AB123456', action: 'Correct a mistake' });
    expect(await pages.row('Trading status')).toEqual({ value: 'Limited liability partnership (LLP)', action: 'Change' });
    await expect(pages.button('Confirm your company details').count()).resolves.toBe(0);
    await screenshot(page, 'supplier-details-confirmed');

    // Fixed from now on: the registered name's page explains what to do instead; the others stay editable.
    await pages.followRow('Registered company name');
    await pages.waitForHeading('Correct a mistake in your registered company name', 'correct a mistake in your registered company name');
    await expect(page.getByRole('textbox').count()).resolves.toBe(0);
    await screenshot(page, 'supplier-details-correct-a-mistake');
    await page.goto(`${inject('webUrl')}/suppliers/registration-number/edit`);
    await pages.waitForHeading('Correct a mistake in your registration number', 'correct a mistake in your registration number');
    await page.goto(`${inject('webUrl')}/suppliers/trading-status/edit`);
    await pages.waitForHeading('What is your trading status?', 'trading status after confirming');
    await page.getByLabel('Other').check();
    await pages.button('Save and return').click();
    await pages.waitForHeading('Your company details', 'company details, trading status changed');

    // Really stored: a fresh load shows every answer.
    await page.reload();
    await pages.waitForHeading('Your company details', 'company details reloaded');
    expect(await pages.row('Trading status')).toEqual({ value: 'Other', action: 'Change' });
    expect(await pages.row('Registered address')).toEqual({ value: '10 Example Road\nSheffield\nS1 2AB\nUnited Kingdom', action: 'Change' });
    expect(await pages.row('Company size')).toEqual({ value: 'Small', action: 'Change' });
    expect(await pages.row('Contact name')).toEqual({ value: 'Robin Reception', action: 'Change' });
  });
});
