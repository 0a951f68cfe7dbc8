import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { describeFixtures } from './fixtures';
import { Radios } from './Radios';

describeFixtures('radios', (options) => <Radios items={[]} {...options} />);

const contact = [
  { value: 'email', text: 'Email', conditional: { children: <input aria-label="Email address" /> } },
  { value: 'phone', text: 'Phone', hint: { text: 'A UK number' } },
  { divider: 'or' },
  { value: 'none', text: 'Do not contact me' },
];

describe('Radios', () => {
  afterEach(cleanup);

  it('is a group named by its legend, and reveals conditional content while its item is checked', () => {
    const { container } = render(<Radios name="contact" fieldset={{ legend: { text: 'How should we contact you?' } }} hint={{ text: 'Choose one' }} items={contact} />);
    const group = screen.getByRole('group', { name: 'How should we contact you?' });
    expect(group.getAttribute('aria-describedby')).toBe('contact-hint');
    const email = screen.getByRole('radio', { name: 'Email' });
    const conditional = container.querySelector('#conditional-contact')!;
    expect(email.getAttribute('aria-controls')).toBe('conditional-contact');
    // A radio may not have aria-expanded (axe: aria-allowed-attr); what it reveals is said by aria-controls.
    expect(email.hasAttribute('aria-expanded')).toBe(false);
    expect(conditional.className).toContain('govuk-radios__conditional--hidden');
    fireEvent.click(email);
    expect(conditional.className).not.toContain('--hidden');
    fireEvent.click(screen.getByRole('radio', { name: 'Phone' }));
    expect(conditional.className).toContain('govuk-radios__conditional--hidden');
    expect(screen.getByRole('radio', { name: 'Phone' }).getAttribute('aria-describedby')).toBe('contact-2-item-hint');
    expect(container.querySelector('.govuk-radios__divider')?.textContent).toBe('or');
  });

  it('submits its name and value when uncontrolled, starting from value', () => {
    const { container } = render(
      <form>
        <Radios name="contact" items={contact} value="phone" />
      </form>,
    );
    const form = container.querySelector('form')!;
    expect(new FormData(form).get('contact')).toBe('phone');
    fireEvent.click(screen.getByRole('radio', { name: 'Do not contact me' }));
    expect(new FormData(form).get('contact')).toBe('none');
    expect(screen.getByRole('radio', { name: 'Phone' })).toHaveProperty('checked', false);
  });

  it('follows value when controlled with onChange', () => {
    function Controlled() {
      const [value, setValue] = useState<string>('email');
      return (
        <>
          <Radios name="contact" items={contact} value={value} onChange={setValue} small inline />
          <output>{value}</output>
        </>
      );
    }
    const { container } = render(<Controlled />);
    expect(container.querySelector('.govuk-radios')?.className).toBe('govuk-radios govuk-radios--small govuk-radios--inline');
    expect(container.querySelector('#conditional-contact')?.className).not.toContain('--hidden');
    fireEvent.click(screen.getByRole('radio', { name: 'Phone' }));
    expect(container.querySelector('output')?.textContent).toBe('phone');
    expect(screen.getByRole('radio', { name: 'Phone' })).toHaveProperty('checked', true);
  });
});
