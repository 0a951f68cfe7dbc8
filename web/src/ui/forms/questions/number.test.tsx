import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { checkOf, FORMS, formOf, renderQuestion, roundTrip, summaryOf } from './testing';

afterEach(cleanup);

// A brief's weighting on its own (in the content it sits with the others in a multiquestion).
const weighting = formOf(
  FORMS.brief.questions.filter((q) => q.id === 'technicalWeighting').map((q) => ({ ...q, parentId: null })),
  FORMS.brief,
);

describe('number', () => {
  it('asks for a whole number between the content’s bounds, a percentage with its unit after the box', () => {
    renderQuestion(weighting, 'technicalWeighting');
    const input = screen.getByRole('textbox', { name: 'Technical competence' });
    expect(input.getAttribute('inputmode')).toBe('numeric');
    expect(input.parentElement!.querySelector('.govuk-input__suffix')!.textContent).toBe('%');
    expect(screen.getByText('This can be between 10% and 75%')).toBeTruthy();
  });

  it('keeps a number as a number, the unit left out if typed', () => {
    expect(roundTrip(FORMS.brief, 'numberOfSuppliers', { numberOfSuppliers: 5 })).toEqual({ numberOfSuppliers: 5 });
    const view = renderQuestion(weighting, 'technicalWeighting');
    fireEvent.change(screen.getByRole('textbox'), { target: { value: '60%' } });
    expect(view.answers()).toEqual({ technicalWeighting: 60 });
    fireEvent.change(screen.getByRole('textbox'), { target: { value: '' } });
    expect(view.answers()).toEqual({ technicalWeighting: null });
  });

  it('finds what is not a number or out of bounds, with the content’s message', () => {
    expect(checkOf(FORMS.brief, 'numberOfSuppliers', {})).toEqual({ numberOfSuppliers: 'Enter the number of suppliers.' });
    expect(checkOf(FORMS.brief, 'numberOfSuppliers', { numberOfSuppliers: 2 })).toEqual({ numberOfSuppliers: 'Number of suppliers must be between 3 and 15.' });
    expect(checkOf(FORMS.brief, 'numberOfSuppliers', { numberOfSuppliers: '4.5' })).toEqual({ numberOfSuppliers: 'Number of suppliers must be between 3 and 15.' });
    expect(checkOf(FORMS.brief, 'numberOfSuppliers', { numberOfSuppliers: 'three' })).toEqual({ numberOfSuppliers: 'Number of suppliers must be between 3 and 15.' });
    expect(checkOf(FORMS.brief, 'numberOfSuppliers', { numberOfSuppliers: 15 })).toEqual({});
  });

  it('reads with its unit in a summary', () => {
    render(<>{summaryOf(weighting, 'technicalWeighting', { technicalWeighting: 60 })}</>);
    expect(screen.getByText('60%')).toBeTruthy();
  });

  it('shows an error inline', () => {
    renderQuestion(FORMS.brief, 'numberOfSuppliers', { errors: { numberOfSuppliers: 'Enter the number of suppliers.' } });
    expect(screen.getByRole('textbox').className).toContain('govuk-input--error');
    expect(document.getElementById('numberOfSuppliers-error')!.textContent).toBe('Error: Enter the number of suppliers.');
  });
});
