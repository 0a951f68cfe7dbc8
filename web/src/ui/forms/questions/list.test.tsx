import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { checkOf, FORMS, formOf, renderQuestion, roundTrip, summaryOf } from './testing';

afterEach(cleanup);

// A list on its own (in the content it sits in a multiquestion with the benefits).
const features = formOf(FORMS.cloudHosting.questions.filter((q) => q.id === 'serviceFeatures').map((q) => ({ ...q, parentId: null })));

describe('list', () => {
  it('starts with one box, adds another (focus moving to it) up to the content’s number, and removes', () => {
    const view = renderQuestion(features, 'serviceFeatures');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('List the service features.');
    expect(screen.getByText('10 words for each feature, 10 features maximum.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Service features, item 1' }), { target: { value: 'Real-time reporting' } });
    act(() => screen.getByRole('button', { name: 'Add another item' }).click());
    const second = screen.getByRole('textbox', { name: 'Service features, item 2' });
    expect(document.activeElement).toBe(second);
    fireEvent.change(second, { target: { value: 'Remote access' } });
    expect(view.answers()).toEqual({ serviceFeatures: ['Real-time reporting', 'Remote access'] });
    act(() => screen.getByRole('button', { name: 'Remove item 1' }).click());
    expect(view.answers()).toEqual({ serviceFeatures: ['Remote access'] });
    for (let i = 0; i < 9; i++) act(() => screen.getByRole('button', { name: 'Add another item' }).click());
    expect(screen.getAllByRole('textbox')).toHaveLength(10);
    expect(screen.queryByRole('button', { name: 'Add another item' })).toBeNull();
    expect(screen.getByText('You can add up to 10 items.')).toBeTruthy();
    // Empty boxes are no answers.
    expect(view.answers()).toEqual({ serviceFeatures: ['Remote access'] });
  });

  it('keeps a list through the form; an empty one clears the answer', () => {
    expect(roundTrip(features, 'serviceFeatures', { serviceFeatures: ['Backups', 'Monitoring'] })).toEqual({ serviceFeatures: ['Backups', 'Monitoring'] });
    expect(roundTrip(features, 'serviceFeatures', {})).toEqual({ serviceFeatures: null });
  });

  it('checks each item against the content’s limit, and needs one', () => {
    expect(checkOf(features, 'serviceFeatures', {})).toEqual({ serviceFeatures: 'Enter a service feature.' });
    expect(checkOf(features, 'serviceFeatures', { serviceFeatures: ['ok', 'one two three four five six seven eight nine ten eleven'] })).toEqual({
      'serviceFeatures-1': 'Each feature must be 10 words or fewer.',
    });
  });

  it('lists the items in a summary', () => {
    render(<>{summaryOf(features, 'serviceFeatures', { serviceFeatures: ['Backups', 'Monitoring'] })}</>);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Backups', 'Monitoring']);
  });

  it('shows the list’s error above its boxes and an item’s error on the item', () => {
    renderQuestion(features, 'serviceFeatures', {
      answers: { serviceFeatures: ['a', 'b'] },
      errors: { serviceFeatures: 'You can have no more than 10 features.', 'serviceFeatures-1': 'Each feature must be 10 words or fewer.' },
    });
    expect(document.querySelector('fieldset')!.getAttribute('aria-describedby')).toContain('serviceFeatures-error');
    expect(screen.getByRole('textbox', { name: 'Service features, item 2' }).className).toContain('govuk-input--error');
  });
});
