import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { describeFixtures } from './fixtures';
import { Textarea } from './Textarea';

describeFixtures('textarea', (options) => <Textarea {...options} />);

describe('Textarea', () => {
  afterEach(cleanup);

  it('is labelled and described by its hint and error', () => {
    render(<Textarea name="more" label={{ text: 'More detail' }} hint={{ text: 'Do not include personal details' }} errorMessage={{ text: 'Enter more detail' }} />);
    const textarea = screen.getByRole('textbox', { name: 'More detail' });
    expect(textarea.getAttribute('aria-describedby')).toBe('more-hint more-error');
    expect(textarea.getAttribute('rows')).toBe('5');
    expect(textarea.className).toContain('govuk-textarea--error');
  });

  it('is controlled by value with onChange, and keeps what is typed without', () => {
    function Controlled() {
      const [value, setValue] = useState('a');
      return <Textarea name="c" label={{ text: 'Controlled' }} value={value} onChange={(e) => setValue(e.target.value.trim())} />;
    }
    render(
      <>
        <Controlled />
        <Textarea name="u" label={{ text: 'Uncontrolled' }} value="start" />
      </>,
    );
    const controlled = screen.getByRole('textbox', { name: 'Controlled' }) as HTMLTextAreaElement;
    fireEvent.change(controlled, { target: { value: ' b ' } });
    expect(controlled.value).toBe('b');
    const uncontrolled = screen.getByRole('textbox', { name: 'Uncontrolled' }) as HTMLTextAreaElement;
    expect(uncontrolled.value).toBe('start');
    fireEvent.change(uncontrolled, { target: { value: 'changed' } });
    expect(uncontrolled.value).toBe('changed');
  });
});
