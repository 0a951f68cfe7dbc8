import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiveGCloudLotsDocument } from './ChooseLotPage';
import { GOVUK_BUYERS_GUIDE, GOVUK_CROWN_HOSTING, GOVUK_SUPPLIERS_GUIDE, movedGuide } from './guides';
import { browserExit } from './MovedGuidePage';
import { searchHref } from './paths';
import { gcloudRoutes } from './routes';

afterEach(cleanup);

const LOTS = [
  { __typename: 'Lot', slug: 'cloud-hosting', name: 'Cloud hosting' },
  { __typename: 'Lot', slug: 'cloud-software', name: 'Cloud software' },
  { __typename: 'Lot', slug: 'cloud-support', name: 'Cloud support' },
];
const G13 = { __typename: 'Framework', slug: 'g-cloud-13', name: 'G-Cloud 13', lots: LOTS };
const lotsMock = (frameworks: unknown[]): MockedResponse => ({ request: { query: LiveGCloudLotsDocument }, result: { data: { frameworks } }, maxUsageCount: 5 });

/** The G-Cloud entry routes at `path`, with a page at the search address that says where it is. */
function renderAt(path: string, mocks: MockedResponse[] = []) {
  const router = createMemoryRouter(
    [{ path: '/', hydrateFallbackElement: <p>Loading…</p>, children: [...gcloudRoutes, { path: 'g-cloud/search', Component: () => <p data-testid="search-page">Search</p> }] }],
    { initialEntries: [path] },
  );
  render(
    <MockedProvider mocks={mocks}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
  return router;
}
const at = (router: ReturnType<typeof renderAt>) => `${router.state.location.pathname}${router.state.location.search}`;

/** Each page is a lazy chunk, loaded on its first render: give a busy machine time. */
const LAZY = { timeout: 10_000 };

describe('the old guide addresses', () => {
  const left: string[] = [];
  const go = browserExit.go;
  beforeEach(() => {
    left.length = 0;
    browserExit.go = (url) => void left.push(url);
  });
  afterEach(() => (browserExit.go = go));

  it.each([
    ['/g-cloud/framework', GOVUK_BUYERS_GUIDE],
    ['/buyers-guide', GOVUK_BUYERS_GUIDE],
    ['/g-cloud/buyers-guide', GOVUK_BUYERS_GUIDE],
    ['/g-cloud/suppliers-guide', GOVUK_SUPPLIERS_GUIDE],
    ['/suppliers-guide', GOVUK_SUPPLIERS_GUIDE],
    ['/crown-hosting/framework', GOVUK_CROWN_HOSTING],
  ])('%s sends the browser to %s, and links there in case it does not go', async (path, to) => {
    expect(movedGuide(path)?.to).toBe(to);
    expect(movedGuide(`${path}/`)?.to).toBe(to);
    renderAt(path);
    const link = await screen.findByTestId('moved-guide-link', undefined, LAZY);
    expect(link.getAttribute('href')).toBe(to);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/is now on GOV\.UK$/);
    expect(left[0]).toBe(to);
  });

  it('says a page with no replacement is gone, and goes nowhere', async () => {
    renderAt('/digital-services/framework');
    expect((await screen.findByRole('heading', { level: 1 }, LAZY)).textContent).toBe('This page has been removed');
    expect(left).toEqual([]);
    expect(movedGuide('/digital-services/framework')).toBeNull();
    expect(movedGuide('/g-cloud')).toBeNull();
  });
});

describe('the G-Cloud start page', () => {
  it('is where /g-cloud goes (replacing it), with the five steps, the start button and the saved searches', async () => {
    const router = renderAt('/g-cloud');
    expect((await screen.findByRole('heading', { level: 1 }, LAZY)).textContent).toBe('Find cloud hosting, software and support');
    expect(at(router)).toBe('/buyers/direct-award/g-cloud/start');
    expect(router.state.historyAction).toBe('REPLACE');
    const steps = within(screen.getByTestId('direct-award-steps')).getAllByRole('listitem');
    expect(steps.map((s) => s.querySelector('.govuk-task-list__name-and-hint > div')?.textContent)).toEqual([
      'Save a search',
      'Export your results',
      'Start assessing services',
      'Award a contract',
      'Submit a Customer Benefits Record',
    ]);
    // No progress: the steps are neither links nor tagged.
    expect(screen.getByTestId('direct-award-steps').querySelectorAll('a, .govuk-tag')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Start a new search' }).getAttribute('href')).toBe('/buyers/direct-award/g-cloud/choose-lot');
    expect(screen.getByRole('link', { name: 'See a list of your saved searches' }).getAttribute('href')).toBe('/buyers/direct-award/g-cloud');
  });
});

describe('choosing a category', () => {
  it('leads to the search for a lot, or to the whole search without a query string', () => {
    expect(searchHref('cloud-software')).toBe('/g-cloud/search?lot=cloud-software');
    expect(searchHref('')).toBe('/g-cloud/search');
  });

  it('offers each lot of the latest live framework with what it is, then "or" and all categories', async () => {
    renderAt('/buyers/direct-award/g-cloud/choose-lot', [lotsMock([G13, { ...G13, slug: 'g-cloud-12', name: 'G-Cloud 12' }])]);
    await screen.findByText('G-Cloud 13', undefined, LAZY);
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['cloud-hosting', 'cloud-software', 'cloud-support', '']);
    expect(radios.map((r) => r.closest('.govuk-radios__item')?.querySelector('label')?.textContent)).toEqual([
      'Cloud hosting',
      'Cloud software',
      'Cloud support',
      'All categories',
    ]);
    expect(screen.getByRole('radio', { name: 'Cloud hosting' }).closest('.govuk-radios__item')?.querySelector('.govuk-hint')?.textContent).toMatch(/^Infrastructure and platforms/);
    expect(document.querySelector('.govuk-radios__divider')?.textContent).toBe('or');
    expect(screen.getByRole('radio', { name: 'Cloud hosting' }).getAttribute('aria-describedby')).toBeTruthy();
  });

  it('asks for a choice when there is none, then searches the lot chosen', async () => {
    const router = renderAt('/buyers/direct-award/g-cloud/choose-lot', [lotsMock([G13])]);
    const button = await screen.findByRole('button', { name: 'Search for services' }, LAZY);
    act(() => fireEvent.click(button));
    expect(screen.getByRole('alert').textContent).toContain('Select a category');
    expect(screen.getByRole('link', { name: 'Select a category' }).getAttribute('href')).toBe('#lot');
    expect(document.querySelector('#lot-error')?.textContent).toContain('Select a category');
    expect(document.title).toMatch(/^Error: Choose a category/);
    expect(at(router)).toBe('/buyers/direct-award/g-cloud/choose-lot');

    act(() => fireEvent.click(screen.getByRole('radio', { name: 'Cloud software' })));
    act(() => fireEvent.click(button));
    await screen.findByTestId('search-page', undefined, LAZY);
    expect(at(router)).toBe('/g-cloud/search?lot=cloud-software');
  });

  it('searches every category without a query string', async () => {
    const router = renderAt('/buyers/direct-award/g-cloud/choose-lot', [lotsMock([G13])]);
    const all = await screen.findByRole<HTMLInputElement>('radio', { name: 'All categories' });
    act(() => fireEvent.click(screen.getByRole('radio', { name: 'Cloud hosting' })));
    act(() => fireEvent.click(all));
    expect(all.checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Cloud hosting' }).checked).toBe(false);
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Search for services' })));
    await screen.findByTestId('search-page', undefined, LAZY);
    expect(at(router)).toBe('/g-cloud/search');
  });

  it('is not found when no G-Cloud framework is live', async () => {
    renderAt('/buyers/direct-award/g-cloud/choose-lot', [lotsMock([])]);
    expect((await screen.findByRole('heading', { level: 1 }, LAZY)).textContent).toBe('Page not found');
  });
});
