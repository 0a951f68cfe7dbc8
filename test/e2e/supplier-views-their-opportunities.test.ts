import { describe, expect, inject, it } from 'vitest';
import { DetailPages } from './pages/DetailPages.js';
import { OpportunitiesDashboardPage } from './pages/OpportunitiesDashboardPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { checkA11y } from './support/axe.js';
import { DEMO_PASSWORD } from './support/api.js';
import { screenshot, useBrowserPage } from './support/browser.js';

const browser = useBrowserPage();
const webUrl = () => inject('webUrl');
const DOS = { slug: 'digital-outcomes-and-specialists-5', name: 'Digital Outcomes and Specialists 5' };

describe('a supplier views their DOS opportunities (S13)', () => {
  it('asks a visitor to sign in first, then lists the applications started and made', async () => {
    const page = browser.page;
    const dashboard = new OpportunitiesDashboardPage(page);
    // Not signed in: the sign-in page, which comes back to the dashboard.
    await dashboard.open(webUrl(), DOS.slug);
    const signIn = new SignInPage(page);
    await signIn.waitForForm();
    expect(new URL(page.url()).searchParams.get('next')).toBe(`/suppliers/opportunities/frameworks/${DOS.slug}`);
    await signIn.signIn('supplier@example.com', DEMO_PASSWORD);
    await dashboard.waitFor(DOS.name);
    await screenshot(page, 'supplier-opportunities-dashboard');

    // The demo supplier has started an application on each open demo opportunity and made none.
    const started = await dashboard.startedRows();
    expect(started.length).toBeGreaterThan(0);
    for (const [title, closing, action] of started) {
      expect(title).not.toBe('');
      expect(closing).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
      expect(action).toMatch(/^(Complete your application|Applications closed)/);
    }
    expect(await dashboard.madeRows()).toEqual([]);
    await page.getByText('You haven’t made any applications for Digital Outcomes and Specialists 5 opportunities.').waitFor();
    await expect(page.getByRole('link', { name: 'Search for other opportunities' }).getAttribute('href')).resolves.toBe('/digital-outcomes-and-specialists/opportunities');

    // An application started: its opportunity, then the start page offering to carry on.
    const first = dashboard.started().locator('tbody tr').first();
    const title = (await first.locator('td, th').first().innerText()).trim();
    await first.getByRole('link', { name: title, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await checkA11y(page, 'opportunity of an application started');
    await page.goBack();
    await dashboard.waitFor(DOS.name);
    await first.getByRole('link', { name: /Complete your application/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Before you start' }).waitFor();
    await page.getByRole('button', { name: 'Continue application' }).waitFor();
    await checkA11y(page, 'application start page, with a draft');
    await expect(page.locator('.govuk-caption-l').innerText()).resolves.toBe(title);
    await screenshot(page, 'supplier-application-start');

    // Only DOS frameworks have an opportunities dashboard.
    const pages = new DetailPages(page);
    await pages.expectNotFound(`${webUrl()}/suppliers/opportunities/frameworks/g-cloud-13`);
    await pages.expectNotFound(`${webUrl()}/suppliers/opportunities/frameworks/no-such-framework`);

    // From the supplier dashboard, loaded afresh, the opportunities dashboard shows the same applications.
    await page.getByRole('banner').getByRole('link', { name: 'Your account' }).click();
    await page.getByRole('link', { name: 'Your supplier dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Demo Cloud Services' }).waitFor();
    await page.getByRole('link', { name: `View your opportunities on ${DOS.name}` }).click();
    await dashboard.waitFor(DOS.name);
    expect(await dashboard.startedRows()).toEqual(started);
  });
});
