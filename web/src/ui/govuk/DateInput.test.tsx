import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { DateInput } from './DateInput';
import { describeFixtures } from './fixtures';

describeFixtures('date-input', (options) => <DateInput id="" {...options} />);

describe('DateInput', () => {
  afterEach(cleanup);

  it('is a group of day, month and year, described by its hint and error', () => {
    render(
      <DateInput
        id="start"
        namePrefix="start"
        fieldset={{ legend: { text: 'Start date' } }}
        hint={{ text: 'For example, 27 3 2026' }}
        errorMessage={{ text: 'Enter a real date' }}
      />,
    );
    const group = screen.getByRole('group', { name: 'Start date' });
    expect(group.getAttribute('aria-describedby')).toBe('start-hint start-error');
    const day = screen.getByRole('textbox', { name: 'Day' });
    expect(day.id).toBe('start-day');
    expect(day.getAttribute('name')).toBe('start-day');
    expect(day.getAttribute('inputmode')).toBe('numeric');
    for (const name of ['Day', 'Month', 'Year']) expect(screen.getByRole('textbox', { name }).className).toContain('govuk-input--error');
  });

  it('marks only the inputs in error when some are', () => {
    render(<DateInput id="d" errorMessage={{ text: 'The date must include a year' }} year={{ error: true }} />);
    expect(screen.getByRole('textbox', { name: 'Day' }).className).not.toContain('govuk-input--error');
    expect(screen.getByRole('textbox', { name: 'Year' }).className).toContain('govuk-input--error govuk-input--width-4');
  });

  it('reports every value by input name when controlled', () => {
    function Controlled() {
      const [values, setValues] = useState<Record<string, string>>({ 'dob-day': '1', 'dob-month': '2', 'dob-year': '' });
      return (
        <>
          <DateInput id="dob" namePrefix="dob" values={values} onChange={setValues} />
          <output>{JSON.stringify(values)}</output>
        </>
      );
    }
    const { container } = render(<Controlled />);
    expect((screen.getByRole('textbox', { name: 'Month' }) as HTMLInputElement).value).toBe('2');
    fireEvent.change(screen.getByRole('textbox', { name: 'Year' }), { target: { value: '1990' } });
    expect(JSON.parse(container.querySelector('output')!.textContent!)).toEqual({ 'dob-day': '1', 'dob-month': '2', 'dob-year': '1990' });
    expect((screen.getByRole('textbox', { name: 'Year' }) as HTMLInputElement).value).toBe('1990');
  });
});
