import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { checkOf, FORMS, renderQuestion, roundTrip, summaryOf } from './testing';

afterEach(cleanup);

const YOURSELF = 'yourself without the use of third parties (subcontractors)';
const PRIME = 'as a prime contractor, using third parties (subcontractors) to provide some services';

describe('checkboxes', () => {
  it('offers the content’s choices, each with its description as a hint, "(optional)" when optional', () => {
    renderQuestion(FORMS.brief, 'evaluationType');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('How you’ll assess specialists (optional)');
    const interview = screen.getByLabelText('Interview');
    expect(document.getElementById(interview.getAttribute('aria-describedby')!)!.textContent).toMatch(/^An interview can help you understand/);
  });

  it('keeps the values chosen in the content’s order; none chosen clears the answer', () => {
    expect(roundTrip(FORMS.declaration, 'subcontracting', { subcontracting: [PRIME, YOURSELF] })).toEqual({ subcontracting: [YOURSELF, PRIME] });
    const view = renderQuestion(FORMS.declaration, 'subcontracting', { answers: { subcontracting: [PRIME] } });
    fireEvent.click(screen.getByLabelText(YOURSELF));
    expect(view.answers()).toEqual({ subcontracting: [YOURSELF, PRIME] });
    fireEvent.click(screen.getByLabelText(YOURSELF));
    fireEvent.click(screen.getByLabelText(PRIME));
    expect(view.answers()).toEqual({ subcontracting: null });
  });

  it('needs at least one unless optional', () => {
    expect(checkOf(FORMS.declaration, 'subcontracting', {})).toEqual({ subcontracting: 'You need to answer this question.' });
    expect(checkOf(FORMS.brief, 'evaluationType', {})).toEqual({});
  });

  it('lists the chosen labels in a summary', () => {
    render(<>{summaryOf(FORMS.declaration, 'subcontracting', { subcontracting: [YOURSELF, PRIME] })}</>);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([YOURSELF, PRIME]);
  });

  it('shows an error inline', () => {
    renderQuestion(FORMS.declaration, 'subcontracting', { errors: { subcontracting: 'Select how you will provide your services' } });
    expect(document.getElementById('subcontracting-error')!.textContent).toBe('Error: Select how you will provide your services');
  });
});
