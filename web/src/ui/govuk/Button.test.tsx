import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Button } from './Button';
import { describeFixtures } from './fixtures';

describeFixtures('button', (options) => <Button {...options} />);

describe('Button', () => {
  afterEach(cleanup);

  it('submits by default and calls onClick', () => {
    const onClick = vi.fn();
    render(<Button onClick={onClick}>Save and continue</Button>);
    const button = screen.getByRole('button', { name: 'Save and continue' });
    expect(button.getAttribute('type')).toBe('submit');
    fireEvent.click(button);
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('is a link with the role of a button when given an href, with the arrow when it starts a service', () => {
    render(<Button href="/start" isStartButton text="Start now" />);
    const link = screen.getByRole('button', { name: 'Start now' });
    expect(link.tagName).toBe('A');
    expect(link.getAttribute('href')).toBe('/start');
    expect(link.querySelector('svg.govuk-button__start-icon')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('is disabled for assistive technology too', () => {
    render(<Button disabled text="Send" />);
    const button = screen.getByRole('button', { name: 'Send' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-disabled')).toBe('true');
  });
});
