import { describe, expect, inject, it } from 'vitest';
import { ProjectPage, SavedSearchesPage, SaveSearchPages } from './pages/DirectAwardPages.js';
import { ChooseCategoryPage, GCloudStartPage } from './pages/GCloudEntryPages.js';
import { HomePage } from './pages/HomePage.js';
import { SearchPage } from './pages/SearchPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { screenshot, useBrowserPage } from './support/browser.js';

const browser = useBrowserPage();
const webUrl = () => inject('webUrl');

describe('a visitor saves a G-Cloud search after signing in (A13)', () => {
  it('is asked to sign in by "Save your search", comes back to saving the same search, and saves it as a new project', async () => {
    const page = browser.page;
    const name = `Finance software ${Date.now()}`;
    const home = new HomePage(page);
    await home.open(webUrl());
    await page.getByRole('link', { name: 'Find cloud hosting, software and support', exact: true }).click();
    await new GCloudStartPage(page).startANewSearch();
    const choose = new ChooseCategoryPage(page);
    await choose.waitForPage();
    await choose.search('Cloud software');
    const search = new SearchPage(page);
    await search.waitForSummary(/results? found in Cloud software$/);
    await search.categoryTree().getByRole('link', { name: 'Accounting and finance' }).click();
    await page.waitForURL(/serviceCategories=/);
    const summary = await search.waitForSummary(/Accounting and finance/);
    const searchUrl = new URL(page.url());

    // Anonymous: the sign-in page, which will come back to the save page with this search.
    await page.getByRole('button', { name: 'Save your search' }).click();
    const signIn = new SignInPage(page);
    await page.waitForURL(/\/sign-in\?next=/);
    await signIn.waitForForm();
    const next = new URL(page.url()).searchParams.get('next')!;
    expect(next).toMatch(/^\/buyers\/direct-award\/g-cloud\/save-search\?search_query=/);
    expect(new URL(next, webUrl()).searchParams.get('search_query')).toBe(searchUrl.search);
    await screenshot(page, 'visitor-save-search-sign-in');
    await signIn.signIn('direct-award@example.gov.uk', DEMO_PASSWORD);

    const save = new SaveSearchPages(page);
    await save.waitForChoice('save your search, just signed in');
    expect(await save.summary()).toBe(summary);
    await save.choose('Save a new search');
    await save.waitForName();
    expect(await page.getByRole('link', { name: 'Previous page' }).getAttribute('href')).toMatch(/\/save-search\?search_query=/);
    await screenshot(page, 'visitor-save-new-search');
    await save.name('x'.repeat(101));
    expect((await save.errors('save a new search: name too long')).summary).toEqual(['The name must be 100 characters or fewer']);
    await save.name(`  ${name}  `);

    const project = new ProjectPage(page);
    await project.waitFor(name, 'project page of a search saved after signing in');
    expect(await project.successBanner()).toBe('Search saved.');
    expect(await project.step(1).getByTestId('search-summary').innerText()).toBe(summary);
    const edit = await project.step(1).getByRole('link', { name: 'Edit your search and view results' }).getAttribute('href');
    expect(new URL(edit!, webUrl()).searchParams.getAll('serviceCategories')).toEqual(searchUrl.searchParams.getAll('serviceCategories'));
    const id = project.id();

    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Your saved searches' }).click();
    const saved = new SavedSearchesPage(page);
    await saved.waitFor('your saved searches, one still searching');
    expect((await saved.rows('searching-projects')).some((r) => r[0] === name)).toBe(true);
    await screenshot(page, 'visitor-saved-searches');

    const api = await signInOverApi(webUrl(), 'direct-award@example.gov.uk');
    const { directAwardProject } = await api.gql<{
      directAwardProject: { name: string; stage: string; lockedAt: string | null; activeSearch: { query: Record<string, unknown> } };
    }>('query ($id: ID!) { directAwardProject(id: $id) { name stage lockedAt activeSearch { query } } }', { id });
    expect(directAwardProject).toMatchObject({ name, stage: 'SEARCHING', lockedAt: null });
    expect(directAwardProject.activeSearch.query).toEqual({ lot: 'cloud-software', filters: { serviceCategories: searchUrl.searchParams.getAll('serviceCategories') } });
  });
});
