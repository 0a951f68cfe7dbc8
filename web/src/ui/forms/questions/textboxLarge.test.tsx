import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { checkOf, FORMS, renderQuestion, roundTrip, summaryOf } from './testing';

afterEach(cleanup);

describe('textbox_large', () => {
  it('counts words against the content’s limit as the user types', () => {
    renderQuestion(FORMS.cloudHosting, 'serviceDescription');
    const box = screen.getByRole('textbox', { name: 'Provide a summary describing what your service is for.' });
    expect(box.tagName).toBe('TEXTAREA');
    expect(screen.getByText('You can enter up to 50 words', { exact: false })).toBeTruthy();
    fireEvent.change(box, { target: { value: 'A managed backup service' } });
    expect(screen.getByText('You have 46 words remaining')).toBeTruthy();
  });

  it('a declaration’s explanation has no limit: a plain textarea, its [[references]] numbered', () => {
    renderQuestion(FORMS.declaration, 'mitigatingFactors');
    const box = screen.getByRole('textbox');
    expect(box.closest('.govuk-character-count')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/^30\. If you responded ‘yes’ to any of the questions 17 to 29, please provide details/);
  });

  it('keeps an answer over several paragraphs', () => {
    const text = 'First paragraph.\n\nSecond paragraph.';
    expect(roundTrip(FORMS.cloudHosting, 'serviceDescription', { serviceDescription: text })).toEqual({ serviceDescription: text });
    const view = renderQuestion(FORMS.cloudHosting, 'serviceDescription', { answers: { serviceDescription: text } });
    fireEvent.change(screen.getByRole('textbox'), { target: { value: '' } });
    expect(view.answers()).toEqual({ serviceDescription: null });
  });

  it('finds too many words with the content’s own message', () => {
    expect(checkOf(FORMS.cloudHosting, 'serviceDescription', { serviceDescription: 'word '.repeat(51) })).toEqual({ serviceDescription: 'Description must be 50 words or fewer.' });
    expect(checkOf(FORMS.cloudHosting, 'serviceDescription', {})).toEqual({ serviceDescription: 'Enter summary.' });
  });

  it('shows its paragraphs in a summary', () => {
    render(<>{summaryOf(FORMS.cloudHosting, 'serviceDescription', { serviceDescription: 'First.\n\nSecond.' })}</>);
    expect(screen.getByText('First.').tagName).toBe('SPAN');
    expect(screen.getByText('Second.').closest('p')).toBeTruthy();
  });

  it('shows an error inline', () => {
    renderQuestion(FORMS.cloudHosting, 'serviceDescription', { errors: { serviceDescription: 'Enter a service description.' } });
    expect(screen.getByRole('textbox').className).toContain('govuk-textarea--error');
    expect(screen.getByText('Enter a service description.').className).toContain('govuk-error-message');
  });
});
