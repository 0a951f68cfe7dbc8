import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { checkOf, FORMS, renderQuestion, roundTrip, summaryOf } from './testing';

afterEach(cleanup);

describe('multiquestion', () => {
  it('asks its questions under its heading, each follow-up only under the choice that asks it', () => {
    renderQuestion(FORMS.cloudHosting, 'multiqEmailOrTicketingSupport');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Email or ticketing support');
    expect(screen.queryByRole('textbox', { name: 'How quickly do you respond to questions?' })).toBeNull();
    fireEvent.click(screen.getByLabelText('Yes, at extra cost'));
    const times = screen.getByRole('textbox', { name: 'How quickly do you respond to questions?' });
    expect(times.closest('.govuk-radios__conditional')!.previousElementSibling!.textContent).toBe('Yes, at extra cost');
    // A follow-up of a follow-up (the accessibility standard asked when users manage their tickets).
    fireEvent.click(screen.getAllByLabelText('Yes')[1]!);
    expect(screen.getByRole('group', { name: 'What accessibility standards does your online ticketing support management meet?' })).toBeTruthy();
    // Choosing another value that asks the same follow-up moves it, keeping what was typed.
    fireEvent.change(times, { target: { value: 'Within 4 hours' } });
    fireEvent.click(screen.getAllByLabelText('Yes')[0]!);
    expect((screen.getByRole('textbox', { name: 'How quickly do you respond to questions?' }) as HTMLTextAreaElement).value).toBe('Within 4 hours');
  });

  it('stores its questions’ own keys, and null for follow-ups no longer asked', () => {
    const given = { emailOrTicketingSupport: 'yes', emailOrTicketingSupportResponseTimes: 'Within 4 hours', emailOrTicketingSupportPriority: false };
    expect(roundTrip(FORMS.cloudHosting, 'multiqEmailOrTicketingSupport', given)).toEqual({ ...given, emailOrTicketingSupportAccessibility: null });
    const view = renderQuestion(FORMS.cloudHosting, 'multiqEmailOrTicketingSupport', { answers: given });
    act(() => screen.getByLabelText('No', { selector: '#emailOrTicketingSupport-3' }).click());
    expect(view.answers()).toEqual({
      emailOrTicketingSupport: 'no',
      emailOrTicketingSupportResponseTimes: null,
      emailOrTicketingSupportPriority: null,
      emailOrTicketingSupportAccessibility: null,
    });
  });

  it('checks only the questions asked', () => {
    expect(checkOf(FORMS.cloudHosting, 'multiqEmailOrTicketingSupport', {})).toEqual({ emailOrTicketingSupport: 'Select the type of email or ticketing support you offer.' });
    expect(checkOf(FORMS.cloudHosting, 'multiqEmailOrTicketingSupport', { emailOrTicketingSupport: 'yes' })).toEqual({
      emailOrTicketingSupportResponseTimes: 'Enter how quickly you respond to questions.',
      emailOrTicketingSupportPriority: 'Select yes if users can manage the status and priority of their support tickets.',
    });
    expect(checkOf(FORMS.cloudHosting, 'multiqEmailOrTicketingSupport', { emailOrTicketingSupport: 'no' })).toEqual({});
  });

  it('summarises the questions answered, each named', () => {
    render(
      <>
        {summaryOf(FORMS.cloudHosting, 'multiqEmailOrTicketingSupport', {
          emailOrTicketingSupport: 'yes_extra_cost',
          emailOrTicketingSupportResponseTimes: 'Same day',
          emailOrTicketingSupportPriority: false,
        })}
      </>,
    );
    expect(screen.getByText('Email or online ticketing support').nextElementSibling!.textContent).toBe('Yes, at extra cost');
    expect(screen.getByText('Support response times').nextElementSibling!.textContent).toBe('Same day');
    expect(screen.queryByText('Online ticketing support accessibility')).toBeNull();
    expect(summaryOf(FORMS.cloudHosting, 'multiqEmailOrTicketingSupport', {})).toBeNull();
  });

  it('shows each question’s error on it', () => {
    renderQuestion(FORMS.cloudHosting, 'multiqEmailOrTicketingSupport', {
      answers: { emailOrTicketingSupport: 'yes' },
      errors: { emailOrTicketingSupportResponseTimes: 'Enter how quickly you respond to questions.' },
    });
    expect(screen.getByRole('textbox', { name: 'How quickly do you respond to questions?' }).className).toContain('govuk-textarea--error');
  });

  it('renders the declaration’s modern slavery questions (a follow-up upload on each answer)', () => {
    renderQuestion(FORMS.declaration, 'multiqModernSlavery', { alone: false });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/^52\. You must meet the reporting requirements/);
    fireEvent.click(screen.getByLabelText('No'));
    expect(screen.getByLabelText(/You don’t need to publish a slavery and human trafficking statement/).getAttribute('type')).toBe('file');
  });
});
