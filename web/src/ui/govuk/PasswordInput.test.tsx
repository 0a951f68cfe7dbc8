import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { describeFixtures } from './fixtures';
import { PasswordInput } from './PasswordInput';

describeFixtures('password-input', (options) => <PasswordInput {...options} />);

describe('PasswordInput', () => {
  afterEach(cleanup);

  it('shows and hides the password with its button, announcing each change', () => {
    const { container } = render(<PasswordInput name="password" label={{ text: 'Password' }} hint={{ text: 'At least 12 characters' }} />);
    const input = container.querySelector('input')!;
    expect(input.type).toBe('password');
    expect(input.getAttribute('autocomplete')).toBe('current-password');
    expect(input.getAttribute('aria-describedby')).toBe('password-hint');
    const status = container.querySelector('.govuk-password-input__sr-status')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('');

    const show = screen.getByRole('button', { name: 'Show password' });
    expect(show.hasAttribute('hidden')).toBe(false);
    expect(show.getAttribute('aria-controls')).toBe('password');
    fireEvent.click(show);
    expect(input.type).toBe('text');
    expect(show.textContent).toBe('Hide');
    expect(show.getAttribute('aria-label')).toBe('Hide password');
    expect(status.textContent).toBe('Your password is visible');
    fireEvent.click(show);
    expect(input.type).toBe('password');
    expect(status.textContent).toBe('Your password is hidden');
  });

  it('hides the password again when its form is submitted', () => {
    const { container } = render(
      <form onSubmit={(e) => e.preventDefault()}>
        <PasswordInput name="pw" label={{ text: 'Password' }} autocomplete="new-password" />
      </form>,
    );
    const input = container.querySelector('input')!;
    expect(input.getAttribute('autocomplete')).toBe('new-password');
    fireEvent.click(screen.getByRole('button', { name: 'Show password' }));
    expect(input.type).toBe('text');
    fireEvent.submit(container.querySelector('form')!);
    expect(input.type).toBe('password');
  });
});
