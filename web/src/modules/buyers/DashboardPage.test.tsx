import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { BuyerDashboardQuery } from '../../gql/graphql';
import { BuyerDashboard } from './DashboardPage';

afterEach(cleanup);

type Data = BuyerDashboardQuery;
type Brief = Data['myBriefs'][number];
type Project = Data['myDirectAwardProjects'][number];

const LOT: Brief['lot'] = { slug: 'digital-specialists', name: 'Digital specialists' };
const brief = (id: string, status: Brief['status'], extra: Partial<Brief> = {}): Brief => ({
  id,
  status,
  data: { title: `Requirement ${id}` },
  createdAt: '2026-05-01T10:00:00.000Z',
  publishedAt: null,
  applicationsClosedAt: null,
  withdrawnAt: null,
  framework: { slug: 'digital-outcomes-and-specialists-5' },
  lot: LOT,
  outcome: null,
  ...extra,
});
const project = (id: string, stage: Project['stage'], extra: Partial<Project> = {}): Project => ({
  id,
  name: `Hosting ${id}`,
  stage,
  createdAt: `2026-04-0${id}T10:00:00.000Z`,
  lockedAt: null,
  outcome: null,
  ...extra,
});
const FRAMEWORKS: Data['frameworks'] = [
  {
    id: '9',
    slug: 'digital-outcomes-and-specialists-5',
    name: 'Digital Outcomes and Specialists 5',
    family: 'DIGITAL_OUTCOMES_AND_SPECIALISTS',
    status: 'LIVE',
    liveAt: '2021-01-19T00:00:00.000Z',
    lots: ['digital-outcomes', 'digital-specialists', 'user-research-participants', 'user-research-studios'].map((slug) => ({ slug, name: slug })),
  },
  { id: '8', slug: 'g-cloud-13', name: 'G-Cloud 13', family: 'G_CLOUD', status: 'LIVE', liveAt: '2022-11-28T00:00:00.000Z', lots: [] },
];
const data = (myBriefs: Brief[], myDirectAwardProjects: Project[], frameworks = FRAMEWORKS): Data => ({
  viewer: { id: '1', name: 'Bea Buyer', email: 'buyer@example.gov.uk', userResearchOptedIn: false },
  myBriefs,
  myDirectAwardProjects,
  frameworks,
});

const show = (d: Data) =>
  render(
    <MemoryRouter>
      <BuyerDashboard data={d} />
    </MemoryRouter>,
  );
const hrefOf = (name: string | RegExp, container: HTMLElement = document.body) => within(container).getByRole('link', { name }).getAttribute('href');

describe('the buyer dashboard (B1, B15)', () => {
  it('names the buyer, and shows each stage with its count and each requirement with its next step', () => {
    show(
      data(
        [
          brief('1', 'DRAFT'),
          brief('2', 'LIVE', { applicationsClosedAt: '2026-01-20T23:59:59.000Z' }),
          brief('3', 'CLOSED', { applicationsClosedAt: '2026-05-02T23:59:59.000Z' }),
          brief('4', 'AWARDED', { outcome: { id: '40', result: 'AWARDED', completedAt: '2026-04-20T10:00:00.000Z' } }),
          brief('5', 'DRAFT', { data: {} }),
        ],
        [],
      ),
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Bea Buyer');
    expect(screen.getByTestId('signed-in-email').textContent).toBe('buyer@example.gov.uk');
    expect(screen.getByTestId('requirement-counts').textContent).toBe(
      '2 requirements being written, 1 requirement open for applications, 1 requirement closed: tell us the outcome, 1 requirement with an outcome, or withdrawn.',
    );
    const captions = screen.getAllByRole('table').map((t) => t.querySelector('caption')!.textContent);
    expect(captions).toEqual(['Drafts (2)', 'Live (1)', 'Closed, waiting for the outcome (1)', 'Done (1)']);

    const base = '/buyers/frameworks/digital-outcomes-and-specialists-5/requirements/digital-specialists';
    expect(hrefOf('Continue writing for Requirement 1')).toBe(`${base}/1`);
    expect(hrefOf('Continue writing for Untitled requirement')).toBe(`${base}/5`);
    expect(hrefOf('Answer supplier questions for Requirement 2')).toBe(`${base}/2/supplier-questions`);
    expect(hrefOf('View responses for Requirement 3')).toBe(`${base}/3/responses`);
    expect(hrefOf('Tell us the outcome for Requirement 3')).toBe(`${base}/3/award`);
    expect(hrefOf('View the outcome for Requirement 4')).toBe('/digital-outcomes-and-specialists/opportunities/4');
    expect(within(screen.getByTestId('stage-live')).getByText('Closes 20 January 2026')).toBeTruthy();
    expect(within(screen.getByTestId('stage-done')).getByText('Awarded 20 April 2026')).toBeTruthy();
    expect(hrefOf('View your requirements')).toBe('/buyers/requirements/digital-outcomes-and-specialists');
    expect(hrefOf('Find an individual specialist')).toBe(`${base}`);
    expect(hrefOf('Find a user research studio')).toBe('/buyers/frameworks/digital-outcomes-and-specialists-5/requirements/user-research-studios');
  });

  it('points to the full list when a stage has more requirements than it shows', () => {
    show(
      data(
        ['1', '2', '3', '4', '5', '6', '7'].map((id) => brief(id, 'DRAFT')),
        [],
      ),
    );
    const drafts = screen.getByTestId('stage-drafts');
    expect(within(drafts).getAllByRole('row')).toHaveLength(6);
    expect(drafts.querySelector('p')!.textContent).toBe('Showing 5 of 7. See them all in your requirements');
    expect(hrefOf('See them all in your requirements', drafts)).toBe('/buyers/requirements/digital-outcomes-and-specialists');
  });

  it('says when the buyer has no requirements and no saved searches, and still offers the ways to start', () => {
    show(data([], []));
    expect(screen.getByText('You don’t have any requirements.')).toBeTruthy();
    expect(screen.getByText('You don’t have any saved searches.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'View your requirements' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'View your saved searches' })).toBeNull();
    expect(hrefOf('Find a team to provide an outcome')).toBe('/buyers/frameworks/digital-outcomes-and-specialists-5/requirements/digital-outcomes');
    expect(hrefOf('Find cloud hosting, software and support')).toBe('/g-cloud');
  });

  it('says no requirement can be started when no DOS framework is live', () => {
    show(data([], [], FRAMEWORKS.slice(1)));
    expect(screen.getByText(/No Digital Outcomes and Specialists framework is live/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: /^Find an individual specialist/ })).toBeNull();
  });

  it('reminds the buyer of the outcomes to tell us, and links each saved search in progress to its next step', () => {
    show(
      data(
        [],
        [
          project('1', 'SEARCHING'),
          project('2', 'SEARCH_ENDED', { lockedAt: '2026-04-10T10:00:00.000Z' }),
          project('3', 'ASSESSING', { lockedAt: '2026-04-10T10:00:00.000Z' }),
          project('4', 'OUTCOME_RECORDED', { lockedAt: '2026-04-10T10:00:00.000Z', outcome: { id: '9', completed: true } }),
        ],
      ),
    );
    const section = screen.getByTestId('saved-searches');
    expect(screen.getByTestId('outcome-reminder').textContent).toBe('You need to tell us the outcome for 2 saved searches.');
    expect(within(section).getByRole('table').querySelector('caption')!.textContent).toBe('Saved searches in progress (3)');
    expect(hrefOf('Tell us the outcome for Hosting 3', section)).toBe('/buyers/direct-award/g-cloud/projects/3');
    expect(hrefOf('Download your results for Hosting 2', section)).toBe('/buyers/direct-award/g-cloud/projects/2');
    expect(hrefOf('Export your results for Hosting 1', section)).toBe('/buyers/direct-award/g-cloud/projects/1');
    expect(within(section).getByText('1 saved search has an outcome recorded.')).toBeTruthy();
    expect(hrefOf('View your saved searches', section)).toBe('/buyers/direct-award/g-cloud');
  });

  it('has the account settings: password, cookies and the user research list as the buyer chose it', () => {
    show(data([], []));
    const settings = screen.getByTestId('account-settings');
    expect(
      within(settings)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['Change your password', '/account/change-password'],
      ['Change your cookie settings', '/cookies'],
      ['Join the user research mailing list', '/account/user-research'],
    ]);
    cleanup();
    show({ ...data([], []), viewer: { ...data([], []).viewer!, userResearchOptedIn: true } });
    expect(within(screen.getByTestId('account-settings')).getByRole('link', { name: 'Unsubscribe from the user research mailing list' })).toBeTruthy();
  });
});
