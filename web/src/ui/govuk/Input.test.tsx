import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { describeFixtures } from './fixtures';
import { Input } from './Input';

describeFixtures('input', (options) => <Input {...options} />);

describe('Input', () => {
  afterEach(cleanup);

  it('is labelled, and described by its hint and error message in that order', () => {
    render(<Input name="cost" label={{ text: 'Cost' }} hint={{ text: 'In pounds' }} errorMessage={{ text: 'Enter a cost' }} describedBy="other" />);
    const input = screen.getByRole('textbox', { name: 'Cost' });
    expect(input.id).toBe('cost');
    expect(input.getAttribute('aria-describedby')).toBe('other cost-hint cost-error');
    expect(input.className).toContain('govuk-input--error');
    expect(input.closest('.govuk-form-group')?.className).toContain('govuk-form-group--error');
  });

  it('shows a prefix and suffix hidden from screen readers, and takes a width', () => {
    const { container } = render(
      <Input name="price" label={{ text: 'Price' }} prefix={{ text: '£' }} suffix={{ text: 'per day' }} width={5} inputmode="decimal" spellcheck={false} />,
    );
    expect(container.querySelector('.govuk-input__prefix')?.getAttribute('aria-hidden')).toBe('true');
    expect(container.querySelector('.govuk-input__suffix')?.textContent).toBe('per day');
    const input = screen.getByRole('textbox', { name: 'Price' });
    expect(input.className).toContain('govuk-input--width-5');
    expect(input.getAttribute('inputmode')).toBe('decimal');
    expect(input.getAttribute('spellcheck')).toBe('false');
  });

  it('keeps what is typed when uncontrolled, starting from value', () => {
    render(<Input name="n" label={{ text: 'Name' }} value="Ada" autocomplete="name" />);
    const input = screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement;
    expect(input.value).toBe('Ada');
    expect(input.getAttribute('autocomplete')).toBe('name');
    fireEvent.change(input, { target: { value: 'Ada L' } });
    expect(input.value).toBe('Ada L');
  });

  it('follows value when controlled with onChange', () => {
    function Upper() {
      const [value, setValue] = useState('');
      return <Input name="code" label={{ text: 'Code' }} value={value} onChange={(e) => setValue(e.target.value.toUpperCase())} />;
    }
    render(<Upper />);
    const input = screen.getByRole('textbox', { name: 'Code' }) as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'ab1' } });
    expect(input.value).toBe('AB1');
  });
});
