import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { FrameworkForm } from '../../ui/forms/frameworkForm';
import specialistsForm from './fixtures/dos-5-brief-digital-specialists.json';
import { Overview } from './OverviewPage';
import type { Requirement } from './RequirementFrame';

const form = specialistsForm as unknown as FrameworkForm;
const base = '/buyers/frameworks/digital-outcomes-and-specialists-5/requirements/digital-specialists/7';

function requirement(status: Requirement['status'], extra: Partial<Requirement> = {}): Requirement {
  return {
    id: '7',
    status,
    data: { title: 'Delivery manager' },
    missingAnswers: {},
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    publishedAt: status === 'DRAFT' ? null : '2026-12-01T10:00:00.000Z',
    applicationsClosedAt: status === 'DRAFT' ? null : '2026-12-15T23:59:59.000Z',
    clarificationQuestionsClosedAt: status === 'DRAFT' ? null : '2026-12-08T23:59:59.000Z',
    clarificationQuestionsPublishedBy: status === 'DRAFT' ? null : '2026-12-14T23:59:59.000Z',
    withdrawnAt: null,
    isACopy: false,
    timetableIfPublishedNow: null,
    framework: { slug: 'digital-outcomes-and-specialists-5', name: 'Digital Outcomes and Specialists 5', status: 'LIVE' },
    lot: { slug: 'digital-specialists', name: 'Digital specialists' },
    users: [{ id: '1', name: 'Wren Writer', email: 'writer@example.gov.uk' }],
    outcome: null,
    responses: null,
    ...extra,
  };
}

afterEach(cleanup);

const show = (r: Requirement) =>
  render(
    <MemoryRouter>
      <Overview requirement={r} form={form} />
    </MemoryRouter>,
  );
const hrefOf = (name: string) => screen.getByRole('link', { name }).getAttribute('href');

describe('the task list of a requirement, by status', () => {
  it('a draft with questions to answer: sections tagged, the preview open, publishing not yet', () => {
    const { container } = show(requirement('DRAFT', { missingAnswers: { summary: 'x', specialistRole: 'x' }, data: { title: 'Delivery manager', organisation: 'DfE' } }));
    const status = (task: string) =>
      within(screen.getByText(task, { selector: 'a, div' }).closest('li')!).getByText(/Done|To do|In progress|Optional|Cannot start yet/).textContent;
    expect(status('Title')).toBe('Done');
    expect(status('Specialist role')).toBe('To do');
    expect(status('Description of work')).toBe('In progress');
    expect(status('Describe question and answer session')).toBe('Optional');
    expect(status('Publish your requirements')).toBe('Cannot start yet');
    expect(hrefOf('Preview your requirements')).toBe(`${base}/preview`);
    expect(screen.queryByRole('link', { name: 'Publish your requirements' })).toBeNull();
    expect(hrefOf('Delete draft requirements')).toBe(`${base}/delete`);
    expect(container.querySelector('[data-testid=step-4]')?.textContent).toMatch(/Once your requirements are published/);
  });

  it('a complete draft can be published', () => {
    show(requirement('DRAFT'));
    expect(hrefOf('Publish your requirements')).toBe(`${base}/publish`);
  });

  it('a live requirement: its closing time, its dates, questions to answer, withdraw', () => {
    const { container } = show(requirement('LIVE'));
    expect(container.querySelector('[data-testid=step-3]')?.textContent).toContain('Suppliers can apply until 11:59pm GMT on Tuesday 15 December 2026.');
    expect(hrefOf('View question and answer dates')).toBe(`${base}/timeline`);
    expect(hrefOf('View your published requirements')).toBe('/digital-outcomes-and-specialists/opportunities/7');
    expect(hrefOf('Publish questions and answers')).toBe(`${base}/supplier-questions`);
    expect(container.querySelector('[data-testid=step-4]')?.textContent).toContain('by 11:59pm GMT on Monday 14 December 2026');
    expect(hrefOf('Withdraw requirements')).toBe(`${base}/withdraw`);
    expect(screen.queryByRole('link', { name: 'Delete draft requirements' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Title' })).toBeNull();
  });

  it('a closed requirement: shortlist, award or cancel', () => {
    show(requirement('CLOSED'));
    expect(hrefOf('View and shortlist suppliers')).toBe(`${base}/responses`);
    expect(hrefOf('Let suppliers know the outcome')).toBe(`${base}/award`);
    expect(hrefOf('Cancel requirements')).toBe(`${base}/cancel`);
    expect(screen.queryByRole('link', { name: 'Withdraw requirements' })).toBeNull();
  });

  it('an awarded requirement names the winner; a cancelled one says no contract was awarded', () => {
    const { container, unmount } = show(
      requirement('AWARDED', { responses: [{ id: '3', status: 'AWARDED', supplier: { id: '9', name: 'Northern Hosting Co' } }], outcome: { result: 'AWARDED' } }),
    );
    expect(container.querySelector('[data-testid=step-7]')?.textContent).toContain('Awarded to Northern Hosting Co.');
    expect(hrefOf('View suppliers who applied')).toBe(`${base}/responses`);
    unmount();
    const cancelled = show(requirement('CANCELLED'));
    expect(cancelled.container.querySelector('[data-testid=step-7]')?.textContent).toContain('No contract was awarded: you cancelled the requirements.');
  });
});
