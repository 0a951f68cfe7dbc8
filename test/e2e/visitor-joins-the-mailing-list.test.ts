import { describe, expect, inject, it } from 'vitest';
import { ContentPages } from './pages/ContentPages.js';
import { HomePage } from './pages/HomePage.js';
import { MailingListPage } from './pages/MailingListPage.js';
import { signInOverApi } from './support/api.js';
import { screenshot, useBrowserPage } from './support/browser.js';
import { waitForEmail } from './support/outbox.js';

const browser = useBrowserPage();
const webUrl = () => inject('webUrl');
const adminUrl = () => inject('adminUrl');

const ALREADY = 'This email address is already signed up for Digital Marketplace email alerts';

describe('a visitor joins the mailing list (A12)', () => {
  it('signs an address up from the home page, is told of mistakes and of an address already signed up, and gets a confirmation email', async () => {
    const page = browser.page;
    // An address of this run only: the list keeps every address once.
    const address = `alerts.${Date.now()}@example.com`;
    const since = new Date(Date.now() - 1000);

    const home = new HomePage(page);
    await home.open(webUrl());
    await home.mailingListLink().click();

    const signUp = new MailingListPage(page);
    await signUp.waitFor('mailing list sign-up page');
    expect(await page.title()).toBe('Sign up for Digital Marketplace email alerts – Digital Marketplace');
    await screenshot(page, 'mailing-list-sign-up');

    // Nothing typed.
    await signUp.signUp('');
    expect(await signUp.errorSummary('mailing list: no address')).toEqual(['Enter your email address']);
    expect(await signUp.inlineError()).toBe('Enter your email address');
    expect(await page.title()).toBe('Error: Sign up for Digital Marketplace email alerts – Digital Marketplace');
    await screenshot(page, 'mailing-list-empty');

    // Not an address.
    await signUp.signUp('alerts at example dot com');
    await signUp.waitForError('Enter an email address in the correct format, like name@example.com');
    expect(await signUp.errorSummary('mailing list: malformed address')).toEqual(['Enter an email address in the correct format, like name@example.com']);
    expect(await signUp.inlineError()).toBe('Enter an email address in the correct format, like name@example.com');
    expect(await signUp.emailField().inputValue()).toBe('alerts at example dot com');

    // A good one: back on the home page, which names it.
    await signUp.signUp(address);
    await page.waitForURL(`${webUrl()}/`);
    await home.waitForPage('home page after joining the mailing list');
    expect(await home.successBanner()).toContain(`${address} is signed up for Digital Marketplace email alerts`);
    await screenshot(page, 'mailing-list-joined');

    // The same address again, in capitals, from "Become a supplier": refused, the form kept.
    await home.becomeASupplierLink().click();
    const content = new ContentPages(page);
    await content.waitForHeading('Become a supplier', 'become a supplier page');
    await page.getByRole('main').getByRole('link', { name: 'Sign up for email alerts', exact: true }).click();
    await signUp.waitFor('mailing list sign-up page, again');
    await signUp.signUp(address.toUpperCase());
    expect(await signUp.errorSummary('mailing list: address already signed up')).toEqual([ALREADY]);
    expect(await signUp.inlineError()).toBe(ALREADY);
    expect(await signUp.emailField().inputValue()).toBe(address.toUpperCase());
    await screenshot(page, 'mailing-list-already-signed-up');

    // The confirmation, sent once.
    const email = await waitForEmail(address, { subject: /email alerts/, since });
    expect(email.subject).toBe('You have signed up for Digital Marketplace email alerts');
    expect(email.text).toMatch(/framework opens for applications/);

    // The end state, through the API: one sign-up of the address, recorded.
    const admin = await signInOverApi(adminUrl(), 'admin@crowncommercial.gov.uk');
    const { auditEvents } = await admin.gql<{ auditEvents: { nodes: Array<{ actorEmail: string; data: { email: string } }> } }>(
      '{ auditEvents(type: JOIN_MAILING_LIST, first: 100) { nodes { actorEmail data } } }',
    );
    expect(auditEvents.nodes.filter((e) => e.actorEmail === address).map((e) => e.data)).toEqual([{ email: address }]);
  });
});
