import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { checkOf, FORMS, formOf, renderQuestion, roundTrip, SINGLE, summaryOf } from './testing';

afterEach(cleanup);

describe('text', () => {
  it('renders the content’s question as the page’s heading, with its hint and advice', () => {
    renderQuestion(FORMS.cloudHosting, 'serviceName');
    const input = screen.getByRole('textbox', { name: 'What’s your service called?' });
    expect(input.closest('h1')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('What’s your service called?');
    expect(screen.getByText('Include your service name only. Don’t use extra keywords.')).toBeTruthy();
  });

  it('keeps an answer through the form, trims it, and clears it with null', () => {
    expect(roundTrip(FORMS.cloudHosting, 'serviceName', { serviceName: 'Cloud backup' })).toEqual({ serviceName: 'Cloud backup' });
    const view = renderQuestion(FORMS.cloudHosting, 'serviceName', { answers: { serviceName: 'Cloud backup' } });
    fireEvent.change(screen.getByRole('textbox'), { target: { value: '  Managed backup  ' } });
    expect(view.answers()).toEqual({ serviceName: 'Managed backup' });
    fireEvent.change(screen.getByRole('textbox'), { target: { value: '   ' } });
    expect(view.answers()).toEqual({ serviceName: null });
  });

  it('checks what the content limits: an answer needed, at most 100 characters, an email address’s format', () => {
    expect(checkOf(FORMS.cloudHosting, 'serviceName', {})).toEqual({ serviceName: 'Enter the service name.' });
    expect(checkOf(FORMS.cloudHosting, 'serviceName', {}, undefined, false)).toEqual({});
    expect(checkOf(FORMS.cloudHosting, 'serviceName', { serviceName: 'x'.repeat(101) })).toEqual({ serviceName: 'Your service name must be 100 characters or fewer.' });
    expect(checkOf(FORMS.briefResponse, 'respondToEmailAddress', { respondToEmailAddress: 'not an address' })).toEqual({
      respondToEmailAddress: expect.stringMatching(/email address/i),
    });
  });

  it('shows its answer in a summary, and nothing when unanswered', () => {
    render(<>{summaryOf(FORMS.cloudHosting, 'serviceName', { serviceName: 'Cloud backup' })}</>);
    expect(screen.getByText('Cloud backup')).toBeTruthy();
    expect(summaryOf(FORMS.cloudHosting, 'serviceName', {})).toBeNull();
  });

  it('shows an error inline, the field marked and described by it', () => {
    renderQuestion(FORMS.cloudHosting, 'serviceName', { errors: { serviceName: 'Enter the service name.' } });
    const input = screen.getByRole('textbox');
    expect(input.className).toContain('govuk-input--error');
    expect(document.getElementById(input.getAttribute('aria-describedby')!.split(' ').pop()!)!.textContent).toBe('Error: Enter the service name.');
  });

  it('asks for an email address with the email keyboard (the declaration’s text questions are plain)', () => {
    renderQuestion(FORMS.briefResponse, 'respondToEmailAddress');
    expect(screen.getByRole('textbox').getAttribute('type')).toBe('email');
  });
});

describe('service_id', () => {
  it('shows the service id as text, keeps it, and is never checked', () => {
    const form = formOf([SINGLE.id]);
    const view = renderQuestion(form, 'id', { answers: { id: '123456789012345' } });
    expect((screen.getByRole('textbox', { name: 'Service ID' }) as HTMLInputElement).value).toBe('123456789012345');
    expect(view.answers()).toEqual({ id: '123456789012345' });
    expect(checkOf(form, 'id', {})).toEqual({});
    render(<>{summaryOf(form, 'id', { id: '123456789012345' })}</>);
    expect(screen.getAllByText('123456789012345')).toHaveLength(1);
  });
});
