import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { checkOf, FORMS, renderQuestion, roundTrip, summaryOf } from './testing';

afterEach(cleanup);

const brief = {
  lotSlug: 'digital-specialists',
  startDate: '2024-06-03',
  essentialRequirements: ['Experience of agile delivery', 'Knowledge of GOV.UK Frontend'],
  niceToHaveRequirements: ['Worked in local government'],
};
const values = { brief };

describe('dynamic_list', () => {
  it('asks its questions once for each item of the brief, the item in each question', () => {
    renderQuestion(FORMS.briefResponse, 'essentialRequirements', { values });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Give evidence of the essential skills and experience');
    expect(screen.getByRole('textbox', { name: 'Experience of agile delivery' }).id).toBe('essentialRequirements-0-evidence');
    expect(screen.getByRole('textbox', { name: 'Knowledge of GOV.UK Frontend' }).id).toBe('essentialRequirements-1-evidence');
    expect(screen.getAllByText('You can enter up to 100 words')).toHaveLength(2);
  });

  it('stores one object per item, without the follow-ups an item does not ask', () => {
    const answers = { essentialRequirements: [{ evidence: 'Five years' }, { evidence: 'Built three services' }] };
    expect(roundTrip(FORMS.briefResponse, 'essentialRequirements', answers, values)).toEqual(answers);
    const view = renderQuestion(FORMS.briefResponse, 'niceToHaveRequirements', { values });
    expect(view.answers()).toEqual({ niceToHaveRequirements: null });
    fireEvent.click(screen.getByLabelText('Yes'));
    fireEvent.change(screen.getByRole('textbox', { name: 'Evidence of Worked in local government' }), { target: { value: 'Two councils' } });
    expect(view.answers()).toEqual({ niceToHaveRequirements: [{ yesNo: true, evidence: 'Two councils' }] });
    fireEvent.click(screen.getByLabelText('No'));
    expect(view.answers()).toEqual({ niceToHaveRequirements: [{ yesNo: false }] });
  });

  it('checks each item’s questions, with the item in the content’s message', () => {
    expect(checkOf(FORMS.briefResponse, 'essentialRequirements', { essentialRequirements: [{ evidence: 'Yes' }] }, values)).toEqual({
      'essentialRequirements-1-evidence': 'Enter evidence for Knowledge of GOV.UK Frontend',
    });
    // An optional list asks nothing until it is answered at all.
    expect(checkOf(FORMS.briefResponse, 'niceToHaveRequirements', {}, values)).toEqual({});
  });

  it('summarises each item’s answers', () => {
    render(<>{summaryOf(FORMS.briefResponse, 'niceToHaveRequirements', { niceToHaveRequirements: [{ yesNo: true, evidence: 'Two councils' }] }, values)}</>);
    expect(screen.getByText('Worked in local government').nextElementSibling!.textContent).toBe('Yes');
    expect(screen.getByText('Evidence of Worked in local government').nextElementSibling!.textContent).toBe('Two councils');
  });

  it('shows an item’s error on its question, and the list’s own above the items', () => {
    renderQuestion(FORMS.briefResponse, 'essentialRequirements', {
      values,
      errors: { essentialRequirements: 'Answer every requirement', 'essentialRequirements-1-evidence': 'Enter evidence for Knowledge of GOV.UK Frontend' },
    });
    expect(document.getElementById('essentialRequirements-error')!.textContent).toBe('Error: Answer every requirement');
    expect(screen.getByRole('textbox', { name: 'Knowledge of GOV.UK Frontend' }).className).toContain('govuk-textarea--error');
  });

  it('fills the content’s templates from the brief (the lot’s wording, the buyer’s start date)', () => {
    renderQuestion(FORMS.briefResponse, 'availability', { values });
    expect(screen.getByRole('group', { name: 'When is the earliest the specialist can start work?' })).toBeTruthy();
    expect(screen.getByText(/The buyer needs the specialist to start: 3 June 2024/)).toBeTruthy();
  });
});
