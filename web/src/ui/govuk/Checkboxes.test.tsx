import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Checkboxes } from './Checkboxes';
import { describeFixtures } from './fixtures';

describeFixtures('checkboxes', (options) => <Checkboxes items={[]} {...options} />);

const needs = [
  { value: 'toilets', text: 'Accessible toilets' },
  { value: 'other', text: 'Another need', conditional: { children: <textarea aria-label="Other needs" /> } },
  { divider: 'or' },
  { value: 'none', text: 'None of these', behaviour: 'exclusive' as const },
];

const checked = (name: string) => (screen.getByRole('checkbox', { name }) as HTMLInputElement).checked;

describe('Checkboxes', () => {
  afterEach(cleanup);

  it('clears the others when "None" is checked, and "None" when another is', () => {
    const { container } = render(
      <form>
        <Checkboxes name="needs" fieldset={{ legend: { text: 'Access needs' } }} items={needs} values={['toilets', 'other']} />
      </form>,
    );
    const form = container.querySelector('form')!;
    expect(new FormData(form).getAll('needs')).toEqual(['toilets', 'other']);
    expect(container.querySelector('#conditional-needs-2')?.className).not.toContain('--hidden');
    fireEvent.click(screen.getByRole('checkbox', { name: 'None of these' }));
    expect(new FormData(form).getAll('needs')).toEqual(['none']);
    expect(container.querySelector('#conditional-needs-2')?.className).toContain('govuk-checkboxes__conditional--hidden');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Accessible toilets' }));
    expect(checked('None of these')).toBe(false);
    expect(new FormData(form).getAll('needs')).toEqual(['toilets']);
  });

  it('reveals conditional content while its item is checked', () => {
    const { container } = render(<Checkboxes name="needs" items={needs} small />);
    const other = screen.getByRole('checkbox', { name: 'Another need' });
    expect(other.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(other);
    expect(other.getAttribute('aria-expanded')).toBe('true');
    expect(container.querySelector('#conditional-needs-2')?.className).toBe('govuk-checkboxes__conditional');
    expect(container.querySelector('.govuk-checkboxes')?.className).toContain('govuk-checkboxes--small');
  });

  it('follows values when controlled and reports the new values', () => {
    function Controlled() {
      const [values, setValues] = useState<string[]>(['none']);
      return (
        <>
          <Checkboxes name="needs" items={needs} values={values} onChange={setValues} />
          <output>{values.join(',')}</output>
        </>
      );
    }
    const { container } = render(<Controlled />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Another need' }));
    expect(container.querySelector('output')?.textContent).toBe('other');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Accessible toilets' }));
    expect(container.querySelector('output')?.textContent).toBe('toilets,other');
    expect(checked('None of these')).toBe(false);
  });

  it('describes each input by the group hint and error when there is no fieldset', () => {
    render(<Checkboxes name="terms" hint={{ text: 'Read them first' }} errorMessage={{ text: 'Accept the terms' }} items={[{ value: 'yes', text: 'I accept' }]} />);
    expect(screen.getByRole('checkbox', { name: 'I accept' }).getAttribute('aria-describedby')).toBe('terms-hint terms-error');
  });
});
