import { describe, expect, inject, it } from 'vitest';
import { RemoveServicePage } from './pages/RemoveServicePage.js';
import { ServicePage } from './pages/ServicePage.js';
import { SignInPage } from './pages/SignInPage.js';
import { SupplierServicePage } from './pages/SupplierServicePage.js';
import { YourServicesPage } from './pages/YourServicesPage.js';
import { checkA11y } from './support/axe.js';
import { DEMO_PASSWORD } from './support/api.js';
import { launchBrowser, screenshot, useBrowserPage } from './support/browser.js';

const browser = useBrowserPage();
const webUrl = () => inject('webUrl');

describe('a supplier removes one of its live G-Cloud services (S10)', () => {
  it('lists its services, shows one with its documents, removes it after confirming, and buyers can no longer buy it', async () => {
    const page = browser.page;
    const signIn = new SignInPage(page);
    await signIn.open(webUrl());
    await signIn.signIn('supplier@example.com', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Demo Cloud Services' }).waitFor();

    const list = new YourServicesPage(page);
    await list.openFromDashboard('G-Cloud 13');
    await screenshot(page, 'supplier-your-services');
    const rows = await list.rows('g-cloud-13');
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((r) => ['Live', 'Removed', 'Suspended'].includes(r.status))).toBe(true);
    // The last live service of the list: no other journey uses it (the first one has an edit waiting for review).
    const index = rows.map((r) => r.status).lastIndexOf('Live');
    expect(index).toBeGreaterThan(0);
    const { name } = rows[index]!;
    await list.row('g-cloud-13', index).getByRole('link', { name, exact: true }).click();

    const service = new SupplierServicePage(page);
    await service.waitFor(name, 'a live service in the supplier account');
    expect(await service.status()).toBe('Live');
    const serviceUrl = page.url();
    const id = serviceUrl.split('/').pop()!;
    const documents = await service.documents();
    expect(documents.length).toBeGreaterThan(0);
    expect(documents.map((d) => d.title)).toContain('Pricing document');
    for (const d of documents) expect(d.href).toMatch(/^\/documents\/[0-9a-f-]{36}\/[^?]+\?expires=\d+/);
    expect((await service.sectionHeadings()).length).toBeGreaterThan(3);
    await screenshot(page, 'supplier-service-page');

    // The page buyers see tells its own supplier where to manage it.
    await page.getByRole('link', { name: 'View the page buyers see' }).click();
    const publicPage = new ServicePage(page);
    await publicPage.waitFor(name, 'public page of the supplier’s own service');
    await publicPage.ownServiceNotice().getByRole('link', { name: 'View it in your account' }).click();
    await service.waitFor(name, 'a live service in the supplier account, again');

    // Remove: the confirmation first; Cancel leaves it live.
    await service.removeButton().click();
    const remove = new RemoveServicePage(page);
    await remove.waitFor();
    await screenshot(page, 'supplier-remove-service');
    await remove.cancel();
    await service.waitFor(name, 'service page after cancelling the removal');
    expect(await service.status()).toBe('Live');
    await service.removeButton().click();
    await remove.waitFor();
    await remove.confirm();

    await list.successBanner().getByText(`${name} has been removed`).waitFor();
    await list.waitFor('your services, a service just removed');
    expect((await list.rows('g-cloud-13'))[index]).toEqual({ ...rows[index], status: 'Removed' });
    await screenshot(page, 'supplier-service-removed');

    // Its page in the account says so, and it can no longer be removed.
    await list.row('g-cloud-13', index).getByRole('link', { name, exact: true }).click();
    await service.waitFor(name, 'a removed service in the supplier account');
    await expect(service.unavailableBanner().innerText()).resolves.toMatch(/You removed this service on \d{1,2} [A-Z][a-z]+ \d{4}\./);
    expect(await service.status()).toBe('Removed');
    await expect(service.removeButton().count()).resolves.toBe(0);
    await screenshot(page, 'supplier-removed-service-page');
    await page.goto(`${serviceUrl}/remove`);
    await page.getByRole('heading', { level: 1, name: 'You cannot remove this service' }).waitFor();
    await checkA11y(page, 'remove page of a service already removed');

    // A buyer (anyone not signed in) is told the supplier stopped offering it.
    const other = await launchBrowser();
    try {
      const visitor = await other.newPage();
      await visitor.goto(`${webUrl()}/g-cloud/services/${id}`);
      await visitor
        .getByTestId('service-gone')
        .getByText(/stopped offering this service on \d{1,2} [A-Z][a-z]+ \d{4}\./)
        .waitFor();
      await expect(visitor.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(name);
      await checkA11y(visitor, 'public page of a removed service');
    } finally {
      await other.close();
    }
  });
});
