import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SectionSummary } from './SectionSummary';
import { FORMS } from './questions/testing';

afterEach(cleanup);

const form = FORMS.declaration;
const section = (slug: string) => form.sections.find((s) => s.slug === slug)!;
const href = (page: string) => `/suppliers/frameworks/g-cloud-14/declaration/edit/${page}`;

const rows = () =>
  screen.getAllByRole('term').map((dt) => {
    const row = dt.parentElement!;
    return [dt.textContent, row.querySelector('.govuk-summary-list__value')!.textContent, row.querySelector('.govuk-summary-list__actions a')?.getAttribute('href') ?? null];
  });

describe('SectionSummary', () => {
  it('lists a section’s questions by number and name with their answers, each with a Change link to its page', () => {
    render(
      <SectionSummary
        form={form}
        section={section('grounds-for-mandatory-exclusion')}
        answers={{ conspiracy: false, corruptionBribery: true }}
        changeHref={(page) => href(page)}
      />,
    );
    expect(rows()).toEqual([
      ['12. Organised crime or conspiracy convictions', 'No', href('grounds-for-mandatory-exclusion')],
      ['13. Bribery or corruption convictions', 'Yes', href('grounds-for-mandatory-exclusion')],
      ['14. Fraud convictions', 'Answer question Fraud convictions', null],
      ['15. Terrorism convictions', 'Answer question Terrorism convictions', null],
      ['16. Organised crime convictions', 'Answer question Organised crime convictions', null],
    ]);
    expect(screen.getAllByRole('link', { name: /^Change\s*Organised crime or conspiracy convictions$/ })).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Answer question Fraud convictions' }).getAttribute('href')).toBe(href('grounds-for-mandatory-exclusion'));
  });

  it('offers an earlier declaration’s answer to review, and shows a multiquestion’s answers in one row', () => {
    render(
      <MockedProvider>
        <SectionSummary form={form} section={section('modern-slavery')} answers={{}} prefilled={{ modernSlaveryTurnover: false }} changeHref={(page) => href(page)} />
      </MockedProvider>,
    );
    expect(screen.getByRole('link', { name: /^Review answer/ })).toBeTruthy();
    cleanup();
    render(
      <MockedProvider>
        <SectionSummary form={form} section={section('modern-slavery')} answers={{ modernSlaveryTurnover: false }} changeHref={(page) => href(page)} />
      </MockedProvider>,
    );
    const value = document.querySelector<HTMLElement>('.govuk-summary-list__value')!;
    expect(within(value).getByText('Modern slavery turnover').nextElementSibling!.textContent).toBe('No');
  });

  it('without a page to go to, says what is not answered and offers no link', () => {
    render(<SectionSummary form={form} section={section('how-you-apply')} answers={{}} />);
    expect(screen.getAllByText('Not answered')).toHaveLength(3);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('names rows by their whole question where the content gives two the same short name', () => {
    const response = FORMS.briefResponse;
    render(
      <MockedProvider>
        <SectionSummary
          form={response}
          section={response.sections[0]!}
          answers={{ essentialRequirementsMet: true, respondToEmailAddress: 'bids@example.com' }}
          values={{ lot: 'digital-specialists', brief: { lotSlug: 'digital-specialists', essentialRequirements: ['Agile'], niceToHaveRequirements: [] } }}
        />
      </MockedProvider>,
    );
    const keys = rows().map(([key]) => key);
    expect(keys).toContain('Do you have all the essential skills and experience?');
    expect(keys).toContain('Give evidence of the essential skills and experience');
    expect(keys).toContain('Email address');
    expect(keys).not.toContain('Essential skills and experience');
  });
});
