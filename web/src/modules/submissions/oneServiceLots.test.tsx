import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, Outlet, RouterProvider, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { FrameworkFamily } from '../../gql/graphql';
import { ApplyingToDocument, FrameworkApplicationDocument } from '../applications/queries';
import { FrameworkFormDocument, type FrameworkForm } from '../../ui/forms/frameworkForm';
import { ViewerDocument } from '../../ui/session/viewer';
import researchParticipants from './fixtures/dos-5-user-research-participants-submission.json';
import { CopyServiceDocument, ServicesToCopyDocument, SubmissionDraftDocument, SubmissionDraftsDocument, SubmissionLotsDocument } from './queries';
import { submissionsRoutes } from './routes';

// S7 on a DOS framework open for applications, where a supplier offers one service on each of the
// lots digital outcomes, digital specialists and user research participants (Lot.oneServiceLimit).
// The demo data has no open DOS framework, so no browser journey reaches these pages.

afterEach(cleanup);

const DOS6 = 'digital-outcomes-and-specialists-6';
const BASE = `/suppliers/frameworks/${DOS6}/submissions`;

// The lots as the reference data has them (server/seeds/reference.ts).
const DOS_LOTS = [
  { __typename: 'Lot', id: '8', slug: 'digital-outcomes', name: 'Digital outcomes', oneServiceLimit: true, unitSingular: 'service', unitPlural: 'services' },
  { __typename: 'Lot', id: '9', slug: 'digital-specialists', name: 'Digital specialists', oneServiceLimit: true, unitSingular: 'service', unitPlural: 'services' },
  { __typename: 'Lot', id: '10', slug: 'user-research-participants', name: 'User research participants', oneServiceLimit: true, unitSingular: 'service', unitPlural: 'services' },
  {
    __typename: 'Lot',
    id: '11',
    slug: 'user-research-studios',
    name: 'User research studios',
    oneServiceLimit: false,
    unitSingular: 'research studio',
    unitPlural: 'research studios',
  },
];
const G_CLOUD_LOTS = [
  { __typename: 'Lot', id: '5', slug: 'cloud-hosting', name: 'Cloud hosting', oneServiceLimit: false, unitSingular: 'service', unitPlural: 'services' },
  { __typename: 'Lot', id: '6', slug: 'cloud-software', name: 'Cloud software', oneServiceLimit: false, unitSingular: 'service', unitPlural: 'services' },
];
const lotRef = (slug: string) => {
  const lot = [...DOS_LOTS, ...G_CLOUD_LOTS].find((l) => l.slug === slug)!;
  return { __typename: 'Lot', id: lot.id, slug: lot.slug, name: lot.name };
};

// The DOS 5 user research participants service form, printed from the server's form builder with
// the original content's edit_submission manifest.
const URP_FORM = { ...(researchParticipants as unknown as FrameworkForm), frameworkSlug: DOS6 };

interface Draft {
  id: string;
  lot: string;
  status?: 'NOT_SUBMITTED' | 'SUBMITTED';
  data?: Record<string, unknown>;
}
const draftRow = ({ id, lot, status = 'NOT_SUBMITTED', data = {} }: Draft, copiedFromServiceId: string | null = null) => ({
  __typename: 'DraftService',
  id,
  status,
  data,
  missingAnswers: {},
  updatedAt: '2031-03-02T10:00:00.000Z',
  copiedFromServiceId,
  lot: lotRef(lot),
});

const PREVIOUS = { __typename: 'Framework', id: '25', slug: 'digital-outcomes-and-specialists-5', name: 'Digital Outcomes and Specialists 5' };
const previousService = (id: string, lot: string) => ({
  __typename: 'Service',
  id,
  data: { recruitMethods: ['Entirely offline'] },
  framework: PREVIOUS,
  lot: { __typename: 'Lot', id: lotRef(lot).id, slug: lot },
});

interface Setup {
  family?: FrameworkFamily;
  slug?: string;
  drafts?: Draft[];
  /** The previous framework's services still to copy, by lot. */
  toCopy?: Record<string, string[]>;
  extra?: MockedResponse[];
}

function mocks({ family = 'DIGITAL_OUTCOMES_AND_SPECIALISTS', slug = DOS6, drafts = [], toCopy = {}, extra = [] }: Setup): MockedResponse[] {
  const lots = family === 'G_CLOUD' ? G_CLOUD_LOTS : DOS_LOTS;
  const name = family === 'G_CLOUD' ? 'G-Cloud 14' : 'Digital Outcomes and Specialists 6';
  const many = { maxUsageCount: 20 };
  return [
    { request: { query: ViewerDocument }, result: { data: { viewer: { __typename: 'User', id: '1', name: 'Nia', email: 'nia@example.com', role: 'SUPPLIER' } } }, ...many },
    {
      request: { query: ApplyingToDocument, variables: { slug } },
      result: {
        data: {
          framework: {
            __typename: 'Framework',
            id: '30',
            slug,
            name,
            status: 'OPEN',
            applicationsCloseAt: '2031-04-01T16:00:00.000Z',
            lots: lots.map(({ __typename, id, slug, name, unitSingular, unitPlural }) => ({ __typename, id, slug, name, unitSingular, unitPlural })),
          },
          viewer: {
            __typename: 'User',
            id: '1',
            supplier: { __typename: 'Supplier', id: '3', name: 'Agile Research Ltd', companyDetails: { __typename: 'SupplierCompanyDetails', confirmed: true } },
          },
        },
      },
      ...many,
    },
    {
      request: { query: FrameworkApplicationDocument, variables: { slug } },
      result: {
        data: {
          frameworkApplication: {
            __typename: 'FrameworkApplication',
            id: '50',
            applicationCompanyDetailsConfirmed: true,
            applicationStatus: 'NO_APPLICATION',
            declarationStatus: 'COMPLETE',
            onFramework: null,
            declaration: {},
            prefilledAnswers: {},
            agreement: null,
            prefillDeclarationFrom: null,
            reusableDeclarations: [],
          },
        },
      },
      ...many,
    },
    { request: { query: SubmissionLotsDocument, variables: { slug } }, result: { data: { framework: { __typename: 'Framework', id: '30', slug, family, lots } } }, ...many },
    { request: { query: SubmissionDraftsDocument, variables: { slug } }, result: { data: { draftServices: drafts.map((d) => draftRow(d)) } }, ...many },
    ...lots.map((lot) => ({
      request: { query: ServicesToCopyDocument, variables: { frameworkSlug: slug, lotSlug: lot.slug } },
      result: { data: { servicesToCopy: (toCopy[lot.slug] ?? []).map((id) => previousService(id, lot.slug)) } },
      ...many,
    })),
    ...extra,
  ];
}

/** The user research participants form and one draft of it, for the pages that show them. */
const urpForm = (): MockedResponse => ({
  request: { query: FrameworkFormDocument, variables: { name: 'SERVICE_SUBMISSION', frameworkSlug: DOS6, lotSlug: 'user-research-participants' } },
  result: { data: { form: URP_FORM } },
  maxUsageCount: 20,
});
const urpDraft = (id: string, copiedFromServiceId: string | null = null): MockedResponse => ({
  request: { query: SubmissionDraftDocument, variables: { id } },
  result: {
    data: {
      draftService: {
        ...draftRow({ id, lot: 'user-research-participants' }, copiedFromServiceId),
        lot: { ...lotRef('user-research-participants'), oneServiceLimit: true },
        framework: { __typename: 'Framework', id: '30', slug: DOS6 },
      },
    },
  },
  maxUsageCount: 20,
});

/** Shows where the router is (and the flash it carries) under every page. */
function Where() {
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash;
  return (
    <p data-testid="where">
      {location.pathname}
      {flash ? ` (${flash})` : ''}
    </p>
  );
}

function renderAt(path: string, responses: MockedResponse[]) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        hydrateFallbackElement: <p className="govuk-body">Loading…</p>,
        element: (
          <>
            <Outlet />
            <Where />
          </>
        ),
        children: [...submissionsRoutes, { path: '*', element: null }],
      },
    ],
    { initialEntries: [path] },
  );
  render(
    <MockedProvider mocks={responses}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
  return router;
}

const where = () => screen.getByTestId('where').textContent;
// The first page a test opens loads the module's lazy pages: longer than findBy's default wait on a busy machine.
const LOADED = { timeout: 5000 };
const heading = async () => (await screen.findByRole('heading', { level: 1 }, LOADED)).textContent;
const crumbs = () =>
  Array.from(document.querySelectorAll('.govuk-breadcrumbs__list-item')).map((li) => {
    const a = li.querySelector('a');
    return a ? `${li.textContent} → ${a.getAttribute('href')}` : li.textContent;
  });
const ACCOUNT_CRUMBS = ['Digital Marketplace → /', 'Your account → /suppliers', `Apply to Digital Outcomes and Specialists 6 → /suppliers/frameworks/${DOS6}`];
const SERVICES_CRUMB = `Your Digital Outcomes and Specialists 6 services → ${BASE}`;

describe('the lot page of a one-service lot', () => {
  it('goes to the supplier’s draft on the lot when there is one (even with a previous service to copy)', async () => {
    renderAt(
      `${BASE}/user-research-participants`,
      mocks({
        drafts: [
          { id: '71', lot: 'digital-specialists' },
          { id: '72', lot: 'user-research-participants' },
        ],
        toCopy: { 'user-research-participants': ['401'] },
        extra: [urpForm(), urpDraft('72')],
      }),
    );
    expect(await heading()).toBe('Unnamed User research participants service');
    expect(where()).toBe(`${BASE}/user-research-participants/72`);
  });

  it('asks whether to reuse the previous framework’s service when one can be copied', async () => {
    renderAt(`${BASE}/user-research-participants`, mocks({ drafts: [{ id: '71', lot: 'digital-specialists' }], toCopy: { 'user-research-participants': ['401'] } }));
    expect(await heading()).toBe('Do you want to reuse your Digital Outcomes and Specialists 5 User research participants service?');
    expect(where()).toBe(`${BASE}/user-research-participants/previous-services`);
  });

  it('starts a new service when there is neither a draft nor a service to copy', async () => {
    renderAt(`${BASE}/user-research-participants`, mocks({ drafts: [{ id: '71', lot: 'digital-specialists' }], extra: [urpForm()] }));
    expect(await screen.findByText('Add a User research participants service', {}, LOADED)).toBeTruthy();
    expect(where()).toBe(`${BASE}/user-research-participants/create`);
    // The content's first page of questions.
    expect(screen.getByRole('group', { name: /recruit participants without revealing details of the organisation/ })).toBeTruthy();
  });

  it('a multi-service lot of the same framework keeps its own page', async () => {
    renderAt(
      `${BASE}/user-research-studios`,
      mocks({ extra: [{ ...urpForm(), request: { ...urpForm().request, variables: { name: 'SERVICE_SUBMISSION', frameworkSlug: DOS6, lotSlug: 'user-research-studios' } } }] }),
    );
    expect(await heading()).toBe('User research studios services');
    expect(where()).toBe(`${BASE}/user-research-studios`);
  });
});

describe('reusing the previous service of a one-service lot', () => {
  const QUESTION = 'Do you want to reuse your Digital Outcomes and Specialists 5 User research participants service?';
  const copied = (): MockedResponse => ({
    request: { query: CopyServiceDocument, variables: { frameworkSlug: DOS6, serviceId: '401' } },
    result: {
      data: {
        copyServiceToDraft: {
          __typename: 'DraftService',
          id: '88',
          status: 'NOT_SUBMITTED',
          data: { recruitMethods: ['Entirely offline'] },
          missingAnswers: {},
          updatedAt: '2031-03-02T10:00:00.000Z',
        },
      },
    },
  });

  it('must be answered: the error summary and the inline error, and nothing is copied', async () => {
    renderAt(`${BASE}/user-research-participants/previous-services`, mocks({ toCopy: { 'user-research-participants': ['401'] } }));
    expect(await heading()).toBe(QUESTION);
    await act(() => screen.getByRole('button', { name: 'Save and continue' }).click());
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('There is a problem')).toBeTruthy();
    const line = within(summary).getByRole('link', { name: 'Select yes if you want to reuse your Digital Outcomes and Specialists 5 User research participants service' });
    expect(line.getAttribute('href')).toBe('#reuse');
    expect(document.getElementById('reuse')).toBeTruthy();
    expect(document.querySelector('.govuk-error-message')?.textContent).toMatch(/Select yes if you want to reuse/);
    expect(document.title).toMatch(/^Error: /);
    expect(where()).toBe(`${BASE}/user-research-participants/previous-services`);
  });

  it('Yes copies the previous service and goes to the new draft', async () => {
    renderAt(
      `${BASE}/user-research-participants/previous-services`,
      mocks({ toCopy: { 'user-research-participants': ['401'] }, extra: [copied(), urpForm(), urpDraft('88', '401')] }),
    );
    expect(await heading()).toBe(QUESTION);
    fireEvent.click(screen.getByRole('radio', { name: 'Yes' }));
    await act(() => screen.getByRole('button', { name: 'Save and continue' }).click());
    await screen.findByRole('heading', { level: 1, name: 'Unnamed User research participants service' }, LOADED);
    expect(where()).toBe(
      `${BASE}/user-research-participants/88 (Your Digital Outcomes and Specialists 5 answers were copied: check every answer before you mark the service as complete)`,
    );
  });

  it('No copies nothing and starts a new service', async () => {
    // No copy mutation is mocked: were one sent, the page would show its failure instead of moving on.
    renderAt(`${BASE}/user-research-participants/previous-services`, mocks({ toCopy: { 'user-research-participants': ['401'] }, extra: [urpForm()] }));
    expect(await heading()).toBe(QUESTION);
    fireEvent.click(screen.getByRole('radio', { name: 'No' }));
    await act(() => screen.getByRole('button', { name: 'Save and continue' }).click());
    expect(await screen.findByText('Add a User research participants service', {}, LOADED)).toBeTruthy();
    expect(where()).toBe(`${BASE}/user-research-participants/create`);
  });
});

describe('the services list of an application', () => {
  const rows = (testId: string) =>
    Array.from(screen.getByTestId(testId).querySelectorAll('tr')).map((tr) => Array.from(tr.querySelectorAll('th, td')).map((cell) => cell.textContent));

  it('DOS: lot, then name', async () => {
    renderAt(
      BASE,
      mocks({
        drafts: [
          { id: '71', lot: 'digital-specialists' },
          { id: '72', lot: 'user-research-studios', data: { serviceName: 'Lab in Leeds' } },
          { id: '73', lot: 'digital-outcomes', status: 'SUBMITTED' },
        ],
      }),
    );
    expect(await heading()).toBe('Your Digital Outcomes and Specialists 6 services');
    expect(rows('draft-services')).toEqual([
      ['Lot', 'Service name'],
      ['Digital specialists', 'Unnamed Digital specialists service'],
      ['User research studios', 'Lab in Leeds'],
    ]);
    expect(rows('complete-services')).toEqual([
      ['Lot', 'Service name'],
      ['Digital outcomes', 'Unnamed Digital outcomes service'],
    ]);
    expect(within(screen.getByTestId('draft-services')).getByRole('link', { name: 'Unnamed Digital specialists service' }).getAttribute('href')).toBe(
      `${BASE}/digital-specialists/71`,
    );
  });

  it('G-Cloud: name, then lot', async () => {
    const slug = 'g-cloud-14';
    renderAt(
      `/suppliers/frameworks/${slug}/submissions`,
      mocks({ family: 'G_CLOUD', slug, drafts: [{ id: '61', lot: 'cloud-hosting', data: { serviceName: 'Backup as a service' } }] }),
    );
    expect(await heading()).toBe('Your G-Cloud 14 services');
    expect(rows('draft-services')).toEqual([
      ['Service name', 'Lot'],
      ['Backup as a service', 'Cloud hosting'],
    ]);
  });
});

describe('breadcrumbs and back links of a one-service lot skip its lot page', () => {
  const LOT = `${BASE}/user-research-participants`;

  it('the reuse question', async () => {
    renderAt(`${LOT}/previous-services`, mocks({ toCopy: { 'user-research-participants': ['401'] } }));
    await heading();
    expect(crumbs()).toEqual([...ACCOUNT_CRUMBS, SERVICES_CRUMB, 'User research participants']);
    expect(screen.getByRole('link', { name: 'Back' }).getAttribute('href')).toBe(BASE);
  });

  it('the create page', async () => {
    renderAt(`${LOT}/create`, mocks({ extra: [urpForm()] }));
    await screen.findByText('Add a User research participants service', {}, LOADED);
    expect(crumbs()).toEqual([...ACCOUNT_CRUMBS, SERVICES_CRUMB, 'Add a service']);
    expect(screen.getByRole('link', { name: 'Back' }).getAttribute('href')).toBe(BASE);
    expect(screen.getByRole('link', { name: 'Cancel' }).getAttribute('href')).toBe(BASE);
  });

  it('the draft page', async () => {
    renderAt(`${LOT}/72`, mocks({ drafts: [{ id: '72', lot: 'user-research-participants' }], extra: [urpForm(), urpDraft('72')] }));
    await heading();
    expect(crumbs()).toEqual([...ACCOUNT_CRUMBS, SERVICES_CRUMB, 'Unnamed User research participants service']);
    expect(screen.getByRole('link', { name: 'Return to your Digital Outcomes and Specialists 6 services' }).getAttribute('href')).toBe(BASE);
  });

  it('the remove page', async () => {
    renderAt(`${LOT}/72/remove`, mocks({ drafts: [{ id: '72', lot: 'user-research-participants' }], extra: [urpForm(), urpDraft('72')] }));
    await heading();
    expect(crumbs()).toEqual([...ACCOUNT_CRUMBS, SERVICES_CRUMB, `Unnamed User research participants service → ${LOT}/72`, 'Remove']);
    expect(screen.getByRole('link', { name: 'Back' }).getAttribute('href')).toBe(`${LOT}/72`);
  });

  it('a multi-service lot keeps its lot page in the trail', async () => {
    const studios = `${BASE}/user-research-studios`;
    renderAt(
      `${studios}/create`,
      mocks({ extra: [{ ...urpForm(), request: { ...urpForm().request, variables: { name: 'SERVICE_SUBMISSION', frameworkSlug: DOS6, lotSlug: 'user-research-studios' } } }] }),
    );
    await screen.findByText('Add a User research studios service', {}, LOADED);
    expect(crumbs()).toEqual([...ACCOUNT_CRUMBS, SERVICES_CRUMB, `User research studios → ${studios}`, 'Add a service']);
    expect(screen.getByRole('link', { name: 'Back' }).getAttribute('href')).toBe(studios);
  });
});
