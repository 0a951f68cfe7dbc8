import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { checkOf, FORMS, formOf, renderQuestion, roundTrip, summaryOf } from './testing';
import type { Question } from './types';

afterEach(cleanup);

// Boolean lists are only in legacy DOS 1 brief responses, which the service does not serve: this one
// is shaped as the API would serve DOS 1's "essentialRequirements" (a Yes or No per requirement of the brief).
const base = FORMS.briefResponse.questions.find((q) => q.id === 'essentialRequirementsMet')!;
const question: Question = {
  ...base,
  id: 'essentialRequirements',
  type: 'boolean_list',
  name: 'Essential requirements',
  question: 'Essential requirements',
  hint: 'Answer yes if you can meet each requirement.',
  questionAdvice: null,
  followup: null,
  validations: [{ name: 'answer_required', message: 'You need to answer this question.', field: null }],
};
const form = formOf([question], FORMS.briefResponse);
const brief = { essentialRequirements: ['Agile delivery', 'Accessibility audits'] };

describe('boolean_list', () => {
  it('asks Yes or No for each item the page supplies', () => {
    renderQuestion(form, 'essentialRequirements', { values: { brief } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Essential requirements');
    expect(screen.getByRole('group', { name: 'Agile delivery' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Accessibility audits' })).toBeTruthy();
    expect(screen.getAllByRole('radio')).toHaveLength(4);
  });

  it('keeps one boolean per item', () => {
    expect(roundTrip(form, 'essentialRequirements', { essentialRequirements: [true, false] }, { brief })).toEqual({ essentialRequirements: [true, false] });
    const view = renderQuestion(form, 'essentialRequirements', { values: { brief } });
    expect(view.answers()).toEqual({ essentialRequirements: null });
    fireEvent.click(screen.getAllByLabelText('Yes')[0]!);
    fireEvent.click(screen.getAllByLabelText('No')[1]!);
    expect(view.answers()).toEqual({ essentialRequirements: [true, false] });
  });

  it('needs an answer for every item', () => {
    expect(checkOf(form, 'essentialRequirements', { essentialRequirements: [true] }, { brief })).toEqual({ 'essentialRequirements-1': 'You need to answer this question.' });
  });

  it('reads each item’s answer in a summary', () => {
    render(<>{summaryOf(form, 'essentialRequirements', { essentialRequirements: [true, false] }, { brief })}</>);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Agile delivery: Yes', 'Accessibility audits: No']);
  });

  it('shows an item’s error on the item', () => {
    renderQuestion(form, 'essentialRequirements', { values: { brief }, errors: { 'essentialRequirements-1': 'You need to answer this question.' } });
    expect(document.getElementById('essentialRequirements-1-error')!.textContent).toBe('Error: You need to answer this question.');
  });
});
