import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { checkOf, FORMS, renderQuestion, roundTrip, summaryOf } from './testing';

afterEach(cleanup);

describe('boolean', () => {
  it('asks Yes or No side by side under the question, its bullet list in the hint', () => {
    renderQuestion(FORMS.declaration, 'conspiracy', { alone: false });
    const group = screen.getByRole('group');
    expect(group.querySelector('legend')!.textContent).toMatch(/^12\. In the last 5 years, has anyone who represents, supervises or has control/);
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.parentElement!.textContent),
    ).toEqual(['Yes', 'No']);
    expect(group.querySelector('.govuk-radios--inline')).toBeTruthy();
    expect(within(group).getAllByRole('listitem')[0]!.textContent).toMatch(/^a participation offence as defined by section 45/);
  });

  it('turns true and false into the form and back; a choice made is the answer', () => {
    expect(roundTrip(FORMS.declaration, 'conspiracy', { conspiracy: false })).toEqual({ conspiracy: false });
    expect(roundTrip(FORMS.declaration, 'conspiracy', {})).toEqual({ conspiracy: null });
    const view = renderQuestion(FORMS.declaration, 'conspiracy', { answers: { conspiracy: true } });
    expect((screen.getByLabelText('Yes') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('No'));
    expect(view.answers()).toEqual({ conspiracy: false });
  });

  it('needs an answer unless optional', () => {
    expect(checkOf(FORMS.declaration, 'conspiracy', {})).toEqual({ conspiracy: 'You need to answer this question.' });
    expect(checkOf(FORMS.declaration, 'conspiracy', { conspiracy: false })).toEqual({});
  });

  it('reads Yes or No in a summary', () => {
    render(<>{summaryOf(FORMS.declaration, 'conspiracy', { conspiracy: false })}</>);
    expect(screen.getByText('No')).toBeTruthy();
    expect(summaryOf(FORMS.declaration, 'conspiracy', {})).toBeNull();
  });

  it('shows an error inline', () => {
    renderQuestion(FORMS.declaration, 'conspiracy', { errors: { conspiracy: 'You need to answer this question.' } });
    const group = screen.getByRole('group');
    expect(group.closest('.govuk-form-group--error')).toBeTruthy();
    expect(group.getAttribute('aria-describedby')).toContain('conspiracy-error');
    expect(document.getElementById('conspiracy-error')!.textContent).toBe('Error: You need to answer this question.');
  });
});
