import { describe, expect, inject, it, onTestFailed } from 'vitest';
import { eicar } from '../../server/test/support/clamd.js';
import { ApplicationPage } from './pages/ApplicationPage.js';
import { confirmCompanyDetails, DraftServicePages, smallPdf } from './pages/DraftServicePages.js';
import { SupplierSignupPages, newSupplier } from './pages/SupplierSignupPages.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { checkA11y } from './support/axe.js';
import { screenshot, useBrowserPage } from './support/browser.js';
import { fillAndSubmitByKeyboard } from './support/keyboard.js';

const browser = useBrowserPage();
const web = () => inject('webUrl');
const SERVICE = 'Cloud migration support';

describe('a new supplier adds a service to its G-Cloud 14 application (Chromium → SPA → API → clamd)', () => {
  it('starts applying from its dashboard, adds a Cloud support service, answers every section with real documents scanned, and marks it as complete', async () => {
    const page = browser.page;
    onTestFailed(() => screenshot(page, 'submissions-failed'));
    const s = { ...newSupplier('Services'), password: DEMO_PASSWORD };
    const signup = new SupplierSignupPages(page, web());
    await signup.createSignedInSupplier(s);

    // The application starts from the dashboard; its company details come first.
    await page.getByRole('region', { name: 'G-Cloud 14 is open for applications' }).getByRole('button', { name: 'Apply' }).click();
    const application = new ApplicationPage(page);
    await page.getByRole('heading', { name: 'Application progress' }).waitFor();
    expect((await application.tasks())[2]).toEqual(['Add, edit and complete services', 'Cannot start yet']);
    await application.openTask('Confirm your company details');
    await signup.waitForHeading('Your company details', 'company details, unanswered');
    await confirmCompanyDetails(signup, `${s.company} Holdings`);

    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Your account' }).click();
    await signup.waitForDashboard(s.company, 'dashboard with an application');
    await screenshot(page, 'submissions-dashboard');
    await page.getByRole('button', { name: 'Continue your application' }).click();
    await page.getByRole('heading', { name: 'Application progress' }).waitFor();
    expect((await application.tasks())[2]).toEqual(['Add, edit and complete services', 'Not started']);
    await application.openTask('Add, edit and complete services');

    // The list: nothing yet, and a warning that the declaration is still to make.
    const pages = new DraftServicePages(page);
    await pages.waitForHeading('Your G-Cloud 14 services', 'services list, empty');
    await page.getByText('Your services will not be submitted unless you also').waitFor();
    await screenshot(page, 'submissions-empty');
    await pages.button('Add a service').click();

    // The service type must be chosen.
    await pages.waitForHeading('What type of service do you want to add?', 'service type');
    await screenshot(page, 'submissions-service-type');
    await pages.button('Save and continue').click();
    expect(await pages.errors('service type, none chosen')).toEqual(['Select the type of service you want to add']);
    await screenshot(page, 'submissions-service-type-error');
    await page.getByLabel('Cloud support').check();
    await pages.button('Save and continue').click();

    // The lot's page, empty; then the new service's first question, its name, answered by keyboard only.
    await pages.waitForHeading('Cloud support services', 'lot page, empty');
    await pages.button('Add a service').click();
    const nameLabel = 'What’s your service called?';
    await pages.waitForHeading(nameLabel, 'create: service name');
    await screenshot(page, 'submissions-create');
    await pages.button('Save and continue').click();
    expect((await pages.errors('create: service name missing')).length).toBe(1);
    await fillAndSubmitByKeyboard(page, { [nameLabel]: SERVICE }, 'Save and continue');

    // The draft summary: everything but the name to answer, so it cannot be marked as complete yet.
    await pages.waitForSummary(SERVICE, 'draft summary, just created');
    expect((await pages.row('Service type')).value).toBe('Cloud support');
    expect(await page.getByTestId('draft-progress').innerText()).toMatch(/^\d+ unanswered questions to answer before you can mark this service as complete/);
    await expect(pages.button('Mark as complete').count()).resolves.toBe(0);
    await screenshot(page, 'submissions-draft-new');

    // Every section, page by page (G-Cloud goes on to the section's next page, then back to the summary).
    const titles = (await pages.sections()).map((c) => c.title.replace(/ \(\d+ unanswered questions?\)$/, '')).filter((t) => t !== 'Service type');
    expect(titles).toContain('Documents');
    for (const title of titles) {
      if (title === 'Service name') continue;
      await pages.editLink(title).click();
      for (let n = 0; ; n++) {
        await page.locator('main form').waitFor();
        const url = page.url();
        const heading = await page.locator('h1').innerText();
        await checkA11y(page, `edit ${title}, page ${n + 1}`);
        if (title === 'Documents') await answerDocuments(pages, n);
        else await pages.answerEverything();
        await checkA11y(page, `edit ${title}, page ${n + 1} answered`);
        await pages.save();
        // The next page of the section, or the summary: never the same page again.
        await page.waitForURL((u) => u.toString() !== url);
        if (!/\/edit\//.test(page.url())) break;
        await page.waitForFunction((before) => document.querySelector('h1')?.textContent !== before && document.querySelector('main form'), heading, { timeout: 10_000 });
      }
      await pages.waitForSummary(SERVICE, `draft summary after ${title}`);
    }

    // Every question answered: it can be marked as complete.
    expect(await page.getByTestId('draft-progress').innerText()).toMatch(/^You have answered every question you need to/);
    await screenshot(page, 'submissions-draft-answered');
    await pages.button('Mark as complete').click();
    await pages.waitForHeading('Cloud support services', 'lot page, one complete');
    expect(await pages.successBanner()).toBe(`${SERVICE} was marked as complete`);
    expect(await pages.table('complete-services')).toEqual([[SERVICE, 'Marked as complete']]);
    await screenshot(page, 'submissions-lot-complete');

    // Confirmed through the API: the draft is submitted, with its documents.
    const api = await signInOverApi(web(), s.loginEmail);
    const { draftServices } = await api.gql<{ draftServices: Array<{ status: string; data: Record<string, unknown>; lot: { slug: string } }> }>(
      'query { draftServices(frameworkSlug: "g-cloud-14") { status data lot { slug } } }',
    );
    expect(draftServices).toHaveLength(1);
    expect(draftServices[0]).toMatchObject({ status: 'SUBMITTED', lot: { slug: 'cloud-support' }, data: { serviceName: SERVICE } });
    expect(typeof draftServices[0]!.data.pricingDocumentURL).toBe('string');
  });
});

/**
 * The documents section, a file a page: the pricing document is first refused (the EICAR test file,
 * found by the real clamd), then a real PDF is checked clean; on another page the page is saved
 * while its file still waits for the scan, and the next page must show.
 */
async function answerDocuments(pages: DraftServicePages, n: number): Promise<void> {
  const { page } = pages;
  const input = page.locator('main form input[type=file]');
  if (!(await input.count())) return pages.answerEverything();
  const label = (await page.locator(`label[for="${await input.first().getAttribute('id')}"]`).innerText()).trim();
  if (/pricing/i.test(label)) {
    const refused = await pages.upload(label, 'pricing.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n% '), eicar(), Buffer.from('\n%%EOF\n')]));
    expect(refused).toMatch(/^Refused: it contains a virus \(Eicar-Test-Signature/);
    await checkA11y(page, 'pricing document refused');
    await screenshot(page, 'submissions-upload-refused');
    await pages.save();
    expect((await pages.errors('pricing document refused, saved')).join()).toMatch(/contains a virus/);
    expect(await pages.upload(label, 'pricing.pdf', smallPdf('Our prices'))).toBe('Checked: no viruses found');
    await checkA11y(page, 'pricing document clean');
    await screenshot(page, 'submissions-upload-clean');
    return;
  }
  if (n === 0) {
    // Saved at once, while the file waits for its scan.
    await page.getByLabel(label).setInputFiles({ name: 'definition.pdf', mimeType: 'application/pdf', buffer: smallPdf('Service definition') });
    await page
      .locator(`[id="${await input.first().getAttribute('id')}-status"]`)
      .filter({ hasText: /Waiting|Checked/ })
      .waitFor();
    return;
  }
  expect(await pages.upload(label, `${n}.pdf`, smallPdf(label))).toBe('Checked: no viruses found');
}
