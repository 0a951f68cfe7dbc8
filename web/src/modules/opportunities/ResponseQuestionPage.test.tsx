import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { FrameworkFormDocument } from '../../ui/forms/frameworkForm';
import { FORMS } from '../../ui/forms/questions/testing';
import { ViewerDocument } from '../../ui/session/viewer';
import { BriefResponsePageDocument, ResponseRateServicesDocument, UpdateBriefResponseDocument } from './queries';
import { ResponseEditQuestionPage, ResponseQuestionPage, ResponseResumePage } from './ResponseQuestionPage';

afterEach(cleanup);

const BRIEF = {
  __typename: 'Brief',
  id: '7',
  status: 'LIVE',
  applicationsClosedAt: '2031-06-01T23:59:00.000Z',
  data: {
    title: 'Developer for a benefits service',
    specialistRole: 'developer',
    startDate: '2031-07-01',
    essentialRequirements: ['Have built public services', 'Have worked in agile teams'],
    niceToHaveRequirements: [],
  },
  lot: { __typename: 'Lot', slug: 'digital-specialists', name: 'Digital specialists' },
  framework: { __typename: 'Framework', slug: 'digital-outcomes-and-specialists-5', name: 'Digital Outcomes and Specialists 5' },
};

const response = (data: Record<string, unknown>, status = 'DRAFT', briefId = '7') => ({
  __typename: 'BriefResponse',
  id: '9',
  status,
  data,
  submittedAt: status === 'DRAFT' ? null : '2031-05-01T10:00:00.000Z',
  brief: { __typename: 'Brief', id: briefId },
});

function mocks(answers: Record<string, unknown>, { status = 'DRAFT', briefId = '7', saves = [] as Array<Record<string, unknown>> } = {}): MockedResponse[] {
  return [
    { request: { query: ViewerDocument }, result: { data: { viewer: { __typename: 'User', id: '1', name: 'Nia', email: 'nia@example.com', role: 'SUPPLIER' } } } },
    {
      request: { query: BriefResponsePageDocument, variables: { id: '7', responseId: '9' } },
      result: { data: { brief: BRIEF, briefResponse: response(answers, status, briefId) } },
      maxUsageCount: 10,
    },
    {
      request: { query: FrameworkFormDocument, variables: { name: 'BRIEF_RESPONSE', frameworkSlug: 'digital-outcomes-and-specialists-5', lotSlug: 'digital-specialists' } },
      result: { data: { form: FORMS.briefResponse } },
      maxUsageCount: 10,
    },
    {
      request: { query: ResponseRateServicesDocument, variables: { frameworkSlug: 'digital-outcomes-and-specialists-5' } },
      result: {
        data: {
          viewer: {
            __typename: 'User',
            id: '1',
            supplier: {
              __typename: 'Supplier',
              id: '3',
              services: [
                {
                  __typename: 'Service',
                  id: '40',
                  status: 'PUBLISHED',
                  data: { developerLocations: ['London'], developerPriceMax: '800' },
                  lot: { __typename: 'Lot', slug: 'digital-specialists' },
                },
              ],
            },
          },
        },
      },
      maxUsageCount: 10,
    },
    ...saves.map((changes) => ({
      request: { query: UpdateBriefResponseDocument, variables: { id: '9', answers: changes } },
      result: { data: { updateBriefResponse: { ...response({ ...answers, ...changes }, status), brief: undefined } } },
    })),
  ];
}

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
  const base = '/suppliers/opportunities/:id/responses';
  render(
    <MockedProvider mocks={responses}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path={`${base}/:responseId`} element={<ResponseResumePage />} />
          <Route path={`${base}/:responseId/application`} element={<Where />} />
          <Route path={`${base}/:responseId/:questionId`} element={<ResponseQuestionPage />} />
          <Route path={`${base}/:responseId/:questionId/edit`} element={<ResponseEditQuestionPage />} />
          <Route path="*" element={<Where />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

const where = async () => (await screen.findByTestId('where')).textContent;
const heading = async () => (await screen.findByRole('heading', { level: 1 })).textContent;

describe('a question page of a response', () => {
  it('asks its question with the brief’s values, saves what changed, and goes on to the next page', async () => {
    renderAt('/suppliers/opportunities/7/responses/9/dayRate', mocks({ availability: '2031-07-01' }, { saves: [{ dayRate: '650' }] }));
    expect(await heading()).toBe('What’s the specialist’s day rate?');
    expect(document.body.textContent).toMatch(/Your maximum day rate:\s*£800/);
    expect(screen.getByRole('link', { name: 'Back to previous page' }).getAttribute('href')).toBe('/suppliers/opportunities/7/responses/9/availability');
    fireEvent.change(screen.getByRole('textbox', { name: 'What’s the specialist’s day rate?' }), { target: { value: '650' } });
    await act(() => screen.getByRole('button', { name: 'Save and continue' }).click());
    // The next page: the essential skills question.
    await screen.findByRole('heading', { level: 1, name: 'Do you have all the essential skills and experience?' });
  });

  it('goes from the last page to the answers page; the brief with no nice-to-have skills has no such page', async () => {
    renderAt('/suppliers/opportunities/7/responses/9/respondToEmailAddress', mocks({}, { saves: [{ respondToEmailAddress: 'bids@example.com' }] }));
    expect(await heading()).toBe('Email address the buyer should use to contact you');
    expect(screen.getByRole('link', { name: 'Back to previous page' }).getAttribute('href')).toBe('/suppliers/opportunities/7/responses/9/essentialRequirements');
    fireEvent.change(screen.getByRole('textbox', { name: 'Email address the buyer should use to contact you' }), { target: { value: 'bids@example.com' } });
    await act(() => screen.getByRole('button', { name: 'Save and continue' }).click());
    expect(await where()).toBe('/suppliers/opportunities/7/responses/9/application');
  });

  it('returns a change to a submitted application to its answers, saying it was updated', async () => {
    const answers = { availability: '2031-07-01', dayRate: '650', respondToEmailAddress: 'bids@example.com' };
    renderAt(
      '/suppliers/opportunities/7/responses/9/respondToEmailAddress/edit',
      mocks(answers, { status: 'SUBMITTED', saves: [{ respondToEmailAddress: 'tenders@example.com' }] }),
    );
    expect(await heading()).toBe('Email address the buyer should use to contact you');
    expect(screen.getByRole('link', { name: 'Back to your application' }).getAttribute('href')).toBe('/suppliers/opportunities/7/responses/9/application');
    fireEvent.change(screen.getByRole('textbox', { name: 'Email address the buyer should use to contact you' }), { target: { value: 'tenders@example.com' } });
    await act(() => screen.getByRole('button', { name: 'Save and return' }).click());
    expect(await where()).toBe('/suppliers/opportunities/7/responses/9/application (Your application has been updated)');
  });

  it('is not found for a question the brief does not ask, or a response under another opportunity', async () => {
    renderAt('/suppliers/opportunities/7/responses/9/niceToHaveRequirements', mocks({}));
    expect(await heading()).toBe('Page not found');
    cleanup();
    renderAt('/suppliers/opportunities/7/responses/9/availability', mocks({}, { briefId: '8' }));
    expect(await heading()).toBe('Page not found');
  });

  it('carries on from the first question not answered', async () => {
    renderAt('/suppliers/opportunities/7/responses/9', mocks({ availability: '2031-07-01', dayRate: '650' }));
    expect(await heading()).toBe('Do you have all the essential skills and experience?');
  });
});
