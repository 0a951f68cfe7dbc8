import { describe, expect, inject, it } from 'vitest';
import { DetailPages } from './pages/DetailPages.js';
import { SearchPage } from './pages/SearchPage.js';
import { signInOverApi } from './support/api.js';
import { screenshot, useBrowserPage } from './support/browser.js';

const browser = useBrowserPage();

const url = (path: string) => `${inject('webUrl')}${path}`;

describe('a buyer searches G-Cloud (Chromium → SPA → API → Postgres search index)', () => {
  it('searches by keyword, narrows by lot and category with counts, and keeps every step in the URL', async () => {
    const search = new SearchPage(browser.page);
    // Searches go over GET by their hash (persisted queries) and come back cacheable: visitors are anonymous.
    const searches: Array<{ method: string; url: string; cacheControl: string | undefined }> = [];
    browser.page.on('response', (res) => {
      if (res.url().includes('/graphql') && res.url().includes('ServiceSearch'))
        searches.push({ method: res.request().method(), url: res.url(), cacheControl: res.headers()['cache-control'] });
    });
    await search.open(url('/g-cloud/search'));
    expect(await search.waitForSummary(/^\d+ results found in All categories$/)).toMatch(/^\d+ results found in All categories$/);
    const tree = await search.categoryTree().innerText();
    expect(tree).toMatch(/Cloud hosting \(\d+\)/);
    expect(tree).toMatch(/Cloud software \(\d+\)/);

    await search.searchFor('kubernetes');
    await browser.page.waitForURL(/\?q=kubernetes$/);
    expect(await search.waitForSummary(/containing kubernetes in All categories/)).toMatch(/^\d+ results? found containing kubernetes in All categories$/);
    expect(await search.resultTitles()).toContain('Managed Kubernetes platform');
    // Once the API knows the search's hash (the first ever request registers it), it is asked by hash alone, and answered as public.
    const byHash = searches.filter((r) => r.method === 'GET' && r.url.includes('persistedQuery') && !r.url.includes('query='));
    expect(
      byHash.some((r) => r.url.includes('kubernetes') && r.cacheControl?.startsWith('public')),
      JSON.stringify(searches),
    ).toBe(true);
    // Matched words are highlighted (escaped text, <mark> only).
    expect(await browser.page.locator('[data-testid="search-results"] mark').first().innerText()).toMatch(/kubernetes/i);

    await search.categoryTree().getByRole('link', { name: 'Cloud hosting' }).click();
    await browser.page.waitForURL(/lot=cloud-hosting/);
    expect(await search.waitForSummary(/in Cloud hosting$/)).toMatch(/containing kubernetes in Cloud hosting$/);
    expect(await browser.page.locator('.govuk-breadcrumbs').innerText()).toContain('Cloud hosting');
    // With a lot chosen, its categories are listed with their counts.
    await expect(search.categoryTree().innerText()).resolves.toMatch(/\(\d+\)\n.+\(\d+\)/);

    // By keyboard: the ticked box keeps the focus once the new results show.
    await search.toggleFilterByKeyboard('Pricing options', 'free trial');
    await browser.page.waitForURL(/freeVersionTrialOption=true/);
    expect(await search.waitForSummary(/with a free trial$/)).toMatch(/in Cloud hosting with a free trial$/);
    await search.expectFilterFocused('free trial');
    await screenshot(browser.page, 'buyer-searches-g-cloud');

    // Back undoes the filter; forward and refresh bring it back.
    await browser.page.goBack();
    expect(await search.waitForSummary(/in Cloud hosting$/)).toMatch(/in Cloud hosting$/);
    await browser.page.goForward();
    await search.waitForSummary(/with a free trial$/);
    await browser.page.reload();
    expect(await search.waitForSummary(/with a free trial$/)).toMatch(/with a free trial$/);
    await search.openFilterGroup('Pricing options');
    expect(await search.filter('free trial').isChecked()).toBe(true);
    // Unticking the group's last box leaves its panel open and the box focused.
    await search.toggleFilterByKeyboard('Pricing options', 'free trial');
    await browser.page.waitForURL((u) => !u.search.includes('freeVersionTrialOption'));
    expect(await search.waitForSummary(/in Cloud hosting$/)).toMatch(/in Cloud hosting$/);
    await search.expectFilterFocused('free trial');
  });

  it('drops filters a stale link carries, and answers page-not-found past the last page', async () => {
    const search = new SearchPage(browser.page);
    await search.open(url('/g-cloud/search?lot=cloud-everything&colour=blue&q=storage'));
    expect(await search.waitForSummary(/containing storage in All categories$/)).toMatch(/containing storage in All categories$/);
    const pages = new DetailPages(browser.page);
    await pages.expectNotFound(url('/g-cloud/search?page=999'));
    await pages.expectNotFound(url('/g-cloud/search?page=0'));
  });

  it('opens a service page with its sections, and explains services that are gone or unknown', async () => {
    const search = new SearchPage(browser.page);
    await search.open(url('/g-cloud/search?q=kubernetes'));
    await search.waitForSummary(/containing kubernetes/);
    await browser.page.locator('[data-testid="search-results"] h2 a', { hasText: 'Managed Kubernetes platform' }).first().click();
    await browser.page.waitForURL(/\/g-cloud\/services\/\d{15}$/);
    const pages = new DetailPages(browser.page);
    await pages.waitForHeading('Managed Kubernetes platform', 'service page');
    await expect(browser.page.getByTestId('service-price').innerText()).resolves.toMatch(/^£/);
    await expect(browser.page.getByTestId('service-contact').innerText()).resolves.toMatch(/Sales team[\s\S]*@/);
    expect((await browser.page.locator('section h2').allInnerTexts()).length).toBeGreaterThan(5);
    expect(await browser.page.locator('main section[id]').first().getAttribute('id')).toMatch(/^\d{2}-[a-z-]+$/);
    await screenshot(browser.page, 'buyer-views-service');

    const admin = await signInOverApi(inject('adminUrl'), 'admin@crowncommercial.gov.uk');
    const removed = await admin.gql<{ services: { nodes: Array<{ id: string; data: { serviceName: string } }> } }>(
      '{ services(status: [DISABLED], frameworkSlug: "g-cloud-13", first: 1) { nodes { id data } } }',
    );
    const gone = removed.services.nodes[0]!;
    await browser.page.goto(url(`/g-cloud/services/${gone.id}`));
    await pages.waitForHeading(gone.data.serviceName, 'removed service page');
    // An admin removed (disabled) it: the marketplace says so, not that the supplier stopped offering it.
    await expect(browser.page.getByTestId('service-gone').innerText()).resolves.toMatch(
      /This service was removed from the Digital Marketplace on \d{1,2} \w+ \d{4}\.[\s\S]*existing contracts/,
    );

    await pages.expectNotFound(url('/g-cloud/services/999999999999999'));
  });

  it('tells the buyer when the results on screen change, and shows the latest on request', async () => {
    // A supplier no journey copies services of (renaming the demo supplier's would change what the copy journey finds).
    const supplier = await signInOverApi(inject('webUrl'), 'g-cloud-supplier@example.com');
    const me = await supplier.gql<{ viewer: { supplier: { name: string } } }>('{ viewer { supplier { name } } }');
    const search = new SearchPage(browser.page);
    await search.open(url(`/g-cloud/search?q=${encodeURIComponent(me.viewer.supplier.name)}`));
    await search.waitForSummary(/results? found containing/);
    const found = await supplier.gql<{ serviceSearch: { results: Array<{ id: string; serviceName: string; supplierName: string }> } }>(
      'query ($q: String) { serviceSearch(q: $q) { results { id serviceName supplierName } } }',
      { q: me.viewer.supplier.name },
    );
    const mine = found.serviceSearch.results.find((r) => r.supplierName === me.viewer.supplier.name)!;
    await browser.page.waitForTimeout(1500); // the page's subscription is open
    const renamed = `${mine.serviceName} renamed ${Date.now()}`;
    await supplier.gql('mutation ($id: ID!, $a: JSONObject!) { updateService(id: $id, answers: $a) { id } }', { id: mine.id, a: { serviceName: renamed } });
    await search.waitForResultsChangedNotice();
    expect(await search.resultTitles()).not.toContain(renamed);
    await browser.page.getByRole('button', { name: 'Show the latest results' }).click();
    await browser.page.waitForFunction((name) => Array.from(document.querySelectorAll('[data-testid="search-results"] h2')).some((h) => h.textContent === name), renamed);
    await expect(search.resultsChangedNotice().count()).resolves.toBe(0);
    await search.checkA11y('latest results');
  });
});
