import { describe, expect, inject, it, onTestFailed } from 'vitest';
import { ApplicationPage } from './pages/ApplicationPage.js';
import { DraftServicePages } from './pages/DraftServicePages.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { checkA11y } from './support/axe.js';
import { screenshot, useBrowserPage } from './support/browser.js';

const browser = useBrowserPage();
const web = () => inject('webUrl');

interface Drafts {
  draftServices: Array<{ id: string; status: string; copiedFromServiceId: string | null; data: { serviceName?: string }; lot: { slug: string } }>;
  servicesToCopy: Array<{ id: string }>;
}
const STATE =
  'query { draftServices(frameworkSlug: "g-cloud-14") { id status copiedFromServiceId data lot { slug } } servicesToCopy(frameworkSlug: "g-cloud-14", lotSlug: "cloud-support") { id } }';

// The demo supplier is on G-Cloud 13 with live Cloud support services, and part-way through its
// G-Cloud 14 application (seeds/demo.ts). Everything this journey copies it removes again, so the
// application is as it found it for the other journeys.
describe('a supplier copies its G-Cloud 13 services into its G-Cloud 14 application (Chromium → SPA → API)', () => {
  it('adds one service, then all the rest, makes a copy of a draft, and removes every draft it made', async () => {
    const page = browser.page;
    onTestFailed(() => screenshot(page, 'submissions-copy-failed'));
    const api = await signInOverApi(web(), 'supplier@example.com');
    const before = await api.gql<Drafts>(STATE);
    expect(before.servicesToCopy).toHaveLength(3);

    const signIn = new SignInPage(page);
    await signIn.open(web());
    await signIn.signIn('supplier@example.com', DEMO_PASSWORD);
    await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
    await new ApplicationPage(page).open(web(), 'g-cloud-14');
    await page.getByRole('link', { name: 'Add, edit and complete services' }).click();

    const pages = new DraftServicePages(page);
    await pages.waitForHeading('Your G-Cloud 14 services', 'services list, part done');
    expect((await pages.table('draft-services')).map((r) => r[1])).toEqual(['Cloud hosting', 'Cloud software', 'Cloud support']);
    expect((await pages.table('complete-services')).map((r) => r[1])).toEqual(['Cloud hosting', 'Cloud software', 'Cloud support']);
    await screenshot(page, 'submissions-list');
    await pages.button('Add a service').click();
    await pages.waitForHeading('What type of service do you want to add?', 'service type');
    await page.getByLabel('Cloud support').check();
    await pages.button('Save and continue').click();

    // The lot's page: a draft with its progress, a complete service, and the services to copy.
    await pages.waitForHeading('Cloud support services', 'lot page');
    const drafts = await pages.table('draft-services');
    expect(drafts).toHaveLength(1);
    expect(drafts[0]![1]).toMatch(/^\d+ unanswered questions$/);
    expect(await pages.table('complete-services')).toEqual([[expect.any(String), 'Marked as complete']]);
    await screenshot(page, 'submissions-lot');
    await pages.link('View and add your services from G-Cloud 13').click();

    // One service added…
    await pages.waitForHeading('Copy your G-Cloud 13 Cloud support services', 'previous services');
    expect((await pages.table('services-to-copy')).map((r) => r[0])).toEqual(['DemoCloud cloud cost optimisation', 'DemoCloud cloud readiness assessment', 'Technical assurance']);
    await screenshot(page, 'submissions-previous-services');
    await page.getByRole('button', { name: 'Add DemoCloud cloud readiness assessment' }).click();
    expect(await pages.successBanner()).toBe('DemoCloud cloud readiness assessment was added to your drafts');
    expect((await pages.table('services-to-copy')).map((r) => r[0])).toEqual(['DemoCloud cloud cost optimisation', 'Technical assurance']);
    await checkA11y(page, 'previous services, one added');

    // …then all the rest, once confirmed.
    await pages.link('Add all your G-Cloud 13 Cloud support services').click();
    await pages.waitForHeading('Add all your G-Cloud 13 Cloud support services?', 'copy all, confirm');
    await screenshot(page, 'submissions-copy-all');
    await pages.button('Yes, add all services').click();
    await pages.waitForHeading('Cloud support services', 'lot page, all copied');
    expect(await pages.successBanner()).toMatch(/^2 services were added to your drafts/);
    expect(await pages.link('View and add your services from G-Cloud 13').count()).toBe(0);
    // The lot's list may show what the browser had before it is read again: wait for the four drafts.
    await expect.poll(async () => (await pages.table('draft-services')).length, { timeout: 15_000 }).toBe(4);
    await screenshot(page, 'submissions-lot-copied');

    // A copied draft says where it came from; the price was not copied, so it is not complete.
    await pages.link('DemoCloud cloud readiness assessment').click();
    await pages.waitForSummary('DemoCloud cloud readiness assessment', 'copied draft summary');
    await page.getByText('This service was copied from one of your services on the previous framework.').waitFor();
    expect((await pages.row('Price')).value).toMatch(/^Answer question/);
    await expect(pages.button('Mark as complete').count()).resolves.toBe(0);
    await screenshot(page, 'submissions-copied-draft');
    await pages.link('Return to your Cloud support services').click();

    // "Make a copy": a new draft like it, opened at its first question.
    await pages.waitForHeading('Cloud support services', 'lot page before a copy');
    await page.getByRole('button', { name: 'Make a copy of DemoCloud cloud readiness assessment' }).click();
    expect(await pages.successBanner()).toBe('Your copy has been made: give it its own name');
    await checkA11y(page, 'copy, first question');
    await pages.link('Return to service summary').click();
    await pages.waitForSummary('DemoCloud cloud readiness assessment copy', 'the copy’s summary');

    // Removing every draft made here, each asked first.
    const made = (await api.gql<Drafts>(STATE)).draftServices.filter((d) => !before.draftServices.some((b) => b.id === d.id));
    expect(made.map((d) => d.data.serviceName).sort()).toEqual([
      'DemoCloud cloud cost optimisation',
      'DemoCloud cloud readiness assessment',
      'DemoCloud cloud readiness assessment copy',
      'Technical assurance',
    ]);
    for (const [i, name] of ['DemoCloud cloud readiness assessment copy', 'DemoCloud cloud readiness assessment', 'DemoCloud cloud cost optimisation'].entries()) {
      if (i > 0) {
        await pages.link(name).click();
        await pages.waitForSummary(name, `summary of ${name}`);
      }
      await pages.link('Remove this draft service').click();
      await pages.waitForHeading('Are you sure you want to remove this service?', `remove ${name}`);
      if (i === 0) await screenshot(page, 'submissions-remove');
      await pages.button('Yes, remove').click();
      await pages.waitForHeading('Cloud support services', `lot page after removing ${name}`);
      expect(await pages.successBanner()).toBe(`${name} was removed`);
    }
    // The copied "Technical assurance" has the demo draft's name too: the newest (last) row is the copy.
    await page.getByTestId('draft-services').getByRole('link', { name: 'Technical assurance' }).last().click();
    await pages.waitForSummary('Technical assurance', 'summary of the copied Technical assurance');
    await page.getByText('This service was copied from one of your services on the previous framework.').waitFor();
    await pages.link('Remove this draft service').click();
    await pages.button('Yes, remove').click();
    await pages.waitForHeading('Cloud support services', 'lot page, as before');
    expect(await pages.table('draft-services')).toEqual(drafts);
    await screenshot(page, 'submissions-lot-after-removals');

    // Confirmed through the API: the application's drafts as they were, and every service may be copied again.
    const after = await api.gql<Drafts>(STATE);
    expect(after.draftServices.map((d) => d.id)).toEqual(before.draftServices.map((d) => d.id));
    expect(after.servicesToCopy.map((s) => s.id).sort()).toEqual(before.servicesToCopy.map((s) => s.id).sort());
  });
});
