import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { findCloudServices } from './pages/GCloudEntryPages.js';
import { SearchPage } from './pages/SearchPage.js';
import { ServicePage } from './pages/ServicePage.js';
import { screenshot, useBrowserPage } from './support/browser.js';

const browser = useBrowserPage();
const webUrl = () => inject('webUrl');

describe('a visitor downloads a G-Cloud service’s document', () => {
  it('finds a service, sees its documents listed and downloads one as an attachment', async () => {
    const page = browser.page;
    await page.goto(`${webUrl()}/`);
    await findCloudServices(page);
    const search = new SearchPage(page);
    await search.waitForSummary(/results? found/);
    await search.searchFor('storage');
    await search.waitForSummary(/containing storage/);
    const name = (await search.resultTitles())[0]!;
    await page.locator('[data-testid="search-results"] h2 a').first().click();
    await page.waitForURL(/\/g-cloud\/services\/\d+$/);

    const service = new ServicePage(page);
    await service.waitFor(name, 'service page with its documents');
    const titles = (await service.documents().getByRole('link').allInnerTexts()).map((t) => t.trim());
    expect(titles).toContain('Pricing document');
    await expect(service.documents().innerText()).resolves.toMatch(/Pricing document\s*\(PDF, \d+ KB\)/);
    // Only the supplier that offers it is offered to manage it.
    await expect(service.ownServiceNotice().count()).resolves.toBe(0);
    await screenshot(page, 'visitor-service-documents');

    // The download is an attachment: the browser saves it, named as the document, rather than opening it.
    const responded = page.waitForResponse((r) => new URL(r.url()).pathname.startsWith('/documents/'));
    const download = await service.download('Pricing document');
    const response = await responded;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="pricing-document\.pdf"/);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(download.suggestedFilename()).toBe('pricing-document.pdf');
    const saved = await download.path();
    expect(readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');
    // Still on the service page.
    await service.waitFor(name, 'service page after the download');
  });
});
