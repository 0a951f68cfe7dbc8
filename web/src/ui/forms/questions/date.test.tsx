import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { checkOf, FORMS, renderQuestion, roundTrip, summaryOf } from './testing';

afterEach(cleanup);

describe('date', () => {
  it('asks day, month and year under the question', () => {
    renderQuestion(FORMS.brief, 'startDate');
    expect(screen.getByRole('group', { name: 'Latest start date' })).toBeTruthy();
    expect(['Day', 'Month', 'Year'].map((label) => screen.getByLabelText(label).id)).toEqual(['startDate-day', 'startDate-month', 'startDate-year']);
    expect(screen.getByText('For example, 31 5 2021')).toBeTruthy();
  });

  it('turns "YYYY-MM-DD" into the boxes and back', () => {
    expect(roundTrip(FORMS.brief, 'startDate', { startDate: '2024-05-01' })).toEqual({ startDate: '2024-05-01' });
    const view = renderQuestion(FORMS.brief, 'startDate', { answers: { startDate: '2024-05-01' } });
    expect((screen.getByLabelText('Day') as HTMLInputElement).value).toBe('1');
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '31' } });
    fireEvent.change(screen.getByLabelText('Month'), { target: { value: '12' } });
    expect(view.answers()).toEqual({ startDate: '2024-12-31' });
    for (const label of ['Day', 'Month', 'Year']) fireEvent.change(screen.getByLabelText(label), { target: { value: '' } });
    expect(view.answers()).toEqual({ startDate: null });
  });

  it('needs a real date, with the content’s messages', () => {
    expect(checkOf(FORMS.brief, 'startDate', {})).toEqual({ startDate: 'Enter the start date.' });
    const view = renderQuestion(FORMS.brief, 'startDate', { answers: { startDate: '2024-02-01' } });
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '30' } });
    expect(view.check()).toEqual({ startDate: 'Enter a real start date.' });
  });

  it('reads as GOV.UK writes dates in a summary', () => {
    render(<>{summaryOf(FORMS.brief, 'startDate', { startDate: '2024-05-01' })}</>);
    expect(screen.getByText('1 May 2024')).toBeTruthy();
  });

  it('shows an error inline, every box marked', () => {
    renderQuestion(FORMS.award, 'awardedContractStartDate', { errors: { awardedContractStartDate: 'Enter a real start date.' } });
    expect(document.getElementById('awardedContractStartDate-error')!.textContent).toBe('Error: Enter a real start date.');
    expect(screen.getByLabelText('Year').className).toContain('govuk-input--error');
  });
});
