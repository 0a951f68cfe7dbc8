import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AdminBuyerEmailDomainsPages } from './pages/AdminBuyersPages.js';
import { AdminHomePage } from './pages/AdminPages.js';
import { CreateBuyerAccountPages } from './pages/BuyerAccountPages.js';
import { HomePage } from './pages/HomePage.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { launchBrowser, screenshot } from './support/browser.js';

const ADMIN = 'admin@crowncommercial.gov.uk';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a support admin adds a buyer email domain, and removes it (AD14)', () => {
  it(
    'is refused a duplicate, a sub-domain and a public suffix, adds a new domain whose people can then ask for a buyer account, and removes it',
    { timeout: 180_000 },
    async () => {
      const adminUrl = inject('adminUrl');
      const webUrl = inject('webUrl');
      // A domain nobody else uses: this journey adds it and takes it away again.
      const domain = `parish${Date.now().toString(36)}.example.org`;
      const adminContext = await browser.newContext();
      const buyerContext = await browser.newContext();
      try {
        const page = await adminContext.newPage();
        const signIn = new SignInPage(page);
        await signIn.open(adminUrl);
        await signIn.signIn(ADMIN, DEMO_PASSWORD);
        const home = new AdminHomePage(page);
        await home.waitFor('support admin home page');
        await home.task('Manage buyer email domains').click();
        const domains = new AdminBuyerEmailDomainsPages(page);
        await domains.waitForList('buyer email domains');
        expect(await domains.domains()).toContain('police.uk');
        await screenshot(page, 'admin-buyer-email-domains');

        // Nothing, a domain already approved, a sub-domain of one, and a suffix anyone can buy under: each refused on the field.
        await page.getByRole('button', { name: 'Add domain' }).click();
        expect(await domains.errors('add a buyer email domain, nothing given')).toEqual(['Enter a domain']);
        await domains.add('police.uk');
        await page.locator('.govuk-error-summary li', { hasText: 'already an approved' }).waitFor();
        expect(await domains.errors('add a buyer email domain, a duplicate')).toEqual(['police.uk is already an approved buyer domain']);
        expect(await domains.inlineError('Add a buyer email domain')).toBe('police.uk is already an approved buyer domain');
        await domains.add('@Met.Police.UK');
        await page.locator('.govuk-error-summary li', { hasText: 'already covered' }).waitFor();
        expect(await domains.errors('add a buyer email domain, a sub-domain')).toEqual(['met.police.uk is already covered by the approved domain police.uk']);
        await domains.add('co.uk');
        await page.locator('.govuk-error-summary li', { hasText: 'public suffix' }).waitFor();
        expect(await domains.errors('add a buyer email domain, a public suffix')).toEqual([
          'co.uk is a public suffix anyone can buy a domain under: enter the organisation’s own domain',
        ]);
        await screenshot(page, 'admin-buyer-email-domain-public-suffix');

        // A new domain: added, the form emptied, the list has it.
        await domains.add(domain);
        expect(await domains.flash()).toBe(`${domain} has been added: people with email addresses on it can now create buyer accounts`);
        await expect(page.locator('.govuk-error-summary').count()).resolves.toBe(0);
        await expect(page.getByLabel('Add a buyer email domain').inputValue()).resolves.toBe('');
        expect(await domains.domains()).toContain(domain);
        await screenshot(page, 'admin-buyer-email-domain-added');

        // Someone at that organisation now asks for a buyer account on the public site, and is accepted.
        const person = await buyerContext.newPage();
        const create = new CreateBuyerAccountPages(person, webUrl);
        await new HomePage(person).open(webUrl);
        await person.getByRole('link', { name: 'Sign in' }).click();
        await create.waitForHeading('Sign in to the Digital Marketplace', 'sign-in page');
        await create.link('create a buyer account').click();
        await create.waitForHeading('Create a buyer account', 'create a buyer account');
        await create.requestAccount(`clerk@${domain}`);
        await create.waitForHeading('Check your email', 'check your email, new domain accepted');

        // The admin removes it again, after confirming.
        await domains.openRemove(domain);
        await screenshot(page, 'admin-remove-buyer-email-domain');
        await page.getByRole('button', { name: 'Remove domain' }).click();
        await domains.waitForList('buyer email domains, domain removed');
        expect(await domains.flash()).toBe(`${domain} has been removed`);
        expect(await domains.domains()).not.toContain(domain);
        await screenshot(page, 'admin-buyer-email-domain-removed');

        // The API agrees: the domain is gone, and its addresses are refused again.
        const api = await signInOverApi(adminUrl, ADMIN);
        const listed = await api.gql<{ buyerEmailDomains: Array<{ domain: string }> }>('{ buyerEmailDomains { domain } }');
        expect(listed.buyerEmailDomains.map((d) => d.domain)).not.toContain(domain);
        expect(listed.buyerEmailDomains.map((d) => d.domain)).toContain('police.uk');
        await expect(api.gql('mutation ($e: String!) { requestBuyerAccount(email: $e) }', { e: `clerk2@${domain}` })).rejects.toThrow(/public sector/);
      } finally {
        await adminContext.close();
        await buyerContext.close();
      }
    },
  );
});
