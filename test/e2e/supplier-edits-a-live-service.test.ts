import { describe, expect, inject, it } from 'vitest';
import { EditServiceSectionPage } from './pages/EditServiceSectionPage.js';
import { ServicePage } from './pages/ServicePage.js';
import { SignInPage } from './pages/SignInPage.js';
import { SupplierServicePage } from './pages/SupplierServicePage.js';
import { YourServicesPage } from './pages/YourServicesPage.js';
import { checkA11y } from './support/axe.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { screenshot, useBrowserPage } from './support/browser.js';

const browser = useBrowserPage();
const webUrl = () => inject('webUrl');

describe('a supplier edits one of its live G-Cloud services (S10)', () => {
  it('edits a section from the service page, is told what is wrong, saves, and buyers see the change while it waits for review', async () => {
    const page = browser.page;
    const signIn = new SignInPage(page);
    await signIn.open(webUrl());
    await signIn.signIn('supplier@example.com', DEMO_PASSWORD);
    await page.waitForURL((u) => u.pathname !== '/sign-in');

    // From the account's dashboard to its G-Cloud 13 services.
    const list = new YourServicesPage(page);
    await page.getByRole('link', { name: 'View services on G-Cloud 13' }).click();
    await list.waitFor('your services, before editing one');
    const rows = await list.rows('g-cloud-13');
    // The second live service of the list: the removal journey removes the last one, and no other journey edits this one.
    const live = rows.flatMap((r, i) => (r.status === 'Live' ? [i] : []));
    expect(live.length).toBeGreaterThan(2);
    const index = live[1]!;
    const { name } = rows[index]!;
    await list.row('g-cloud-13', index).getByRole('link', { name, exact: true }).click();

    const service = new SupplierServicePage(page);
    await service.waitFor(name, 'a live service with its sections to edit');
    const id = page.url().split('/').pop()!;
    // The note that the description can change but not the service; an Edit link on the editable sections only.
    await page.getByText('You can change how this service is described, but not the service itself.').waitFor();
    expect(await service.sections()).toEqual([
      { name: 'Service attributes', editable: false },
      { name: 'Service name', editable: true },
      { name: 'About your service', editable: true },
      { name: 'Service features and benefits', editable: true },
      { name: 'Documents', editable: true },
    ]);
    expect(await service.answer('Service attributes', 'Service ID')).toBe(id);
    await expect(service.reviewRow().count()).resolves.toBe(0);
    const before = await service.answer('About your service', 'Service description');
    expect(before.length).toBeGreaterThan(10);
    await screenshot(page, 'supplier-service-sections');

    await service.editLink('About your service').click();
    const edit = new EditServiceSectionPage(page);
    await edit.waitFor('About your service', 'edit a section of a live service');
    expect(await page.title()).toBe(`Edit about your service – ${name} – Digital Marketplace`);
    await expect(edit.textbox().inputValue()).resolves.toBe(before);
    await screenshot(page, 'supplier-edit-service-section');

    // An empty answer, then one too long: each refused, in the summary and by the field, with the typed text kept.
    await edit.textbox().fill('');
    await edit.save();
    await edit.errorSummary().waitFor();
    expect(await edit.summaryErrors()).toEqual(['Enter summary.']);
    expect(await edit.inlineErrors()).toEqual(['Enter summary.']);
    await checkA11y(page, 'edit a live service: an empty answer');
    const tooLong = Array.from({ length: 55 }, (_, i) => `word${i}`).join(' ');
    await edit.textbox().fill(tooLong);
    await edit.save();
    await page.locator('.govuk-error-summary__list', { hasText: 'Description must be 50 words or fewer.' }).waitFor();
    expect(await edit.summaryErrors()).toEqual(['Description must be 50 words or fewer.']);
    expect(await edit.inlineErrors()).toEqual(['Description must be 50 words or fewer.']);
    expect(await edit.countMessage()).toBe('You have 5 words too many');
    expect(await page.title()).toBe(`Error: Edit about your service – ${name} – Digital Marketplace`);
    await expect(edit.textbox().inputValue()).resolves.toBe(tooLong);
    await checkA11y(page, 'edit a live service: too many words');
    await screenshot(page, 'supplier-edit-service-section-error');

    const description = 'Private cloud hosting we run for you, now with round-the-clock support from a team based in the UK.';
    await edit.textbox().fill(description);
    await edit.save();
    await service.successBanner().getByText('Your changes to ‘About your service’ are now live').waitFor();
    await service.waitFor(name, 'a live service just edited');
    expect(await service.answer('About your service', 'Service description')).toBe(description);
    await expect(service.reviewRow().innerText()).resolves.toMatch(/Waiting for review\s+Your changes since \d{1,2} [A-Z][a-z]+ \d{4} are live\./);
    await screenshot(page, 'supplier-service-edited');

    // Saving without changing anything sends nothing and says nothing.
    await service.editLink('About your service').click();
    await edit.waitFor('About your service', 'edit a section again');
    await edit.save();
    await service.waitFor(name, 'service page after saving no change');
    await expect(service.successBanner().count()).resolves.toBe(0);

    // Buyers see the new description at once.
    await page.getByRole('link', { name: 'View the page buyers see' }).click();
    const publicPage = new ServicePage(page);
    await publicPage.waitFor(name, 'public page of a service just edited');
    await page.getByText(description).waitFor();

    // No edit page for a section that cannot change, nor for another supplier's service.
    await page.goto(`${webUrl()}/suppliers/services/${id}/edit/service-attributes`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await checkA11y(page, 'edit page of a section that cannot change');
    const supplier = await signInOverApi(webUrl(), 'supplier@example.com');
    const others = await supplier.gql<{ serviceSearch: { results: Array<{ id: string; supplierName: string }> } }>(
      'query ($q: String) { serviceSearch(q: $q) { results { id supplierName } } }',
      { q: 'Managed Kubernetes platform' },
    );
    const me = await supplier.gql<{ viewer: { supplier: { name: string } } }>('{ viewer { supplier { name } } }');
    const theirs = others.serviceSearch.results.find((r) => r.supplierName !== me.viewer.supplier.name)!;
    expect(theirs).toBeTruthy();
    await page.goto(`${webUrl()}/suppliers/services/${theirs.id}/edit/about-your-service`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await checkA11y(page, 'edit page of another supplier’s service');

    // The API has the new answer, and the edit waits in the Crown Commercial Service's review queue.
    const stored = await supplier.gql<{ service: { data: { serviceDescription: string }; editsAwaitingReviewSince: string | null } }>(
      'query ($id: ID!) { service(id: $id) { data editsAwaitingReviewSince } }',
      { id },
    );
    expect(stored.service.data.serviceDescription).toBe(description);
    expect(stored.service.editsAwaitingReviewSince).not.toBeNull();
    const category = await signInOverApi(inject('adminUrl'), 'category@crowncommercial.gov.uk');
    const review = await category.gql<{ service: { pendingUpdates: Array<{ actorEmail: string; data: { updated: string[] } }> } }>(
      'query ($id: ID!) { service(id: $id) { pendingUpdates { actorEmail data } } }',
      { id },
    );
    expect(review.service.pendingUpdates.at(-1)).toMatchObject({ actorEmail: 'supplier@example.com', data: { updated: ['serviceDescription'] } });
  });
});
