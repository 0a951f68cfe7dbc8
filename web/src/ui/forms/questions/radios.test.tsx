import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { checkOf, FORMS, renderQuestion, roundTrip, summaryOf } from './testing';

afterEach(cleanup);

const YES =
  'Yes – your organisation has, or will have in place, employer’s liability insurance of at least £5 million and you will provide certification before the framework is awarded.';

describe('radios', () => {
  it('offers the content’s choices, with its hint (entities and all)', () => {
    renderQuestion(FORMS.declaration, 'employersInsurance');
    expect(screen.getAllByRole('radio')).toHaveLength(3);
    expect(screen.getByLabelText(YES)).toBeTruthy();
    expect(screen.getByText(/eligible for consideration for the G-Cloud 13 framework/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/^36\. Does your organisation have, or will it have before the framework is awarded/);
  });

  it('keeps the value chosen', () => {
    expect(roundTrip(FORMS.brief, 'requirementsLength', { requirementsLength: '2 weeks' })).toEqual({ requirementsLength: '2 weeks' });
    const view = renderQuestion(FORMS.brief, 'requirementsLength');
    expect(view.answers()).toEqual({ requirementsLength: null });
    fireEvent.click(screen.getByLabelText('1 week'));
    expect(view.answers()).toEqual({ requirementsLength: '1 week' });
  });

  it('needs a choice, with the content’s message', () => {
    expect(checkOf(FORMS.brief, 'requirementsLength', {})).toEqual({ requirementsLength: 'Select a time span.' });
  });

  it('shows the chosen label in a summary', () => {
    render(<>{summaryOf(FORMS.declaration, 'employersInsurance', { employersInsurance: YES })}</>);
    expect(screen.getByText(YES)).toBeTruthy();
  });

  it('shows an error inline', () => {
    renderQuestion(FORMS.brief, 'requirementsLength', { errors: { requirementsLength: 'Select a time span.' } });
    expect(document.getElementById('requirementsLength-error')!.textContent).toBe('Error: Select a time span.');
    expect(screen.getByRole('group').getAttribute('aria-describedby')).toBe('requirementsLength-error');
  });
});
