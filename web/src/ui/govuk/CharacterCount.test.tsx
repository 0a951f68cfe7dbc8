import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_DELAY_MS, CharacterCount } from './CharacterCount';
import { countText } from './countMessage';
import { describeFixtures } from './fixtures';

describeFixtures('character-count', (options) => <CharacterCount {...options} />);

const parts = (container: HTMLElement) => ({
  description: container.querySelector('[id$="-info"]')!,
  visible: container.querySelector('.govuk-character-count__status')!,
  live: container.querySelector('.govuk-character-count__sr-status')!,
});

describe('CharacterCount', () => {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('counts words as they are typed, and announces the count once typing pauses', () => {
    vi.useFakeTimers();
    const { container } = render(<CharacterCount name="summary" label={{ text: 'Summary' }} maxwords={15} />);
    const textarea = screen.getByRole('textbox', { name: 'Summary' });
    const { description, visible, live } = parts(container);
    expect(textarea.getAttribute('aria-describedby')).toBe('summary-info');
    expect(description.textContent).toBe('You can enter up to 15 words');
    expect(description.className).toContain('govuk-visually-hidden');
    expect(visible.getAttribute('aria-hidden')).toBe('true');
    expect(visible.textContent).toBe('You have 15 words remaining');
    expect(live.getAttribute('aria-live')).toBe('polite');

    fireEvent.change(textarea, { target: { value: 'one two  three' } });
    expect(visible.textContent).toBe('You have 12 words remaining');
    expect(live.textContent).toBe('You have 15 words remaining');
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS));
    expect(live.textContent).toBe('You have 12 words remaining');
  });

  it('shows text over the limit as an error without blocking it', () => {
    const { container } = render(<CharacterCount name="s" label={{ text: 'Summary' }} maxwords={5} value="a b c d e f g h" attributes={{ maxLength: 10 }} />);
    const textarea = screen.getByRole('textbox', { name: 'Summary' });
    const { visible, live } = parts(container);
    expect(visible.textContent).toBe('You have 3 words too many');
    expect(live.textContent).toBe('You have 3 words too many');
    expect(visible.className).toContain('govuk-error-message');
    expect(visible.className).not.toContain('govuk-hint');
    expect(textarea.className).toContain('govuk-textarea--error');
    expect(textarea.hasAttribute('maxlength')).toBe(false);
  });

  it('counts characters (graphemes with countType characters) and uses the singular', () => {
    const { container } = render(<CharacterCount name="c" label={{ text: 'Name' }} maxlength={4} countType="characters" value="ab👍" />);
    expect(parts(container).visible.textContent).toBe('You have 1 character remaining');
    expect(countText('ab👍', 'length', false)).toBe(4);
  });

  it('stays faint and silent below the threshold', () => {
    const { container } = render(<CharacterCount name="t" label={{ text: 'Detail' }} maxlength={10} threshold={50} value="abc" />);
    const { visible, live } = parts(container);
    expect(visible.className).toContain('govuk-character-count__message--disabled');
    expect(live.getAttribute('aria-hidden')).toBe('true');
    fireEvent.change(screen.getByRole('textbox', { name: 'Detail' }), { target: { value: 'abcdef' } });
    expect(visible.className).not.toContain('govuk-character-count__message--disabled');
    expect(live.hasAttribute('aria-hidden')).toBe(false);
  });

  it('uses translated messages and follows a controlled value', () => {
    const onChange = vi.fn();
    const { container, rerender } = render(
      <CharacterCount
        name="w"
        label={{ text: 'Cyfeiriad' }}
        maxlength={10}
        value=""
        onChange={onChange}
        charactersUnderLimitText={{ one: 'Un nod ar ôl', other: '%{count} nod ar ôl' }}
      />,
    );
    expect(parts(container).visible.textContent).toBe('10 nod ar ôl');
    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'abc' } });
    expect(onChange).toHaveBeenCalledOnce();
    expect(parts(container).visible.textContent).toBe('10 nod ar ôl');
    rerender(<CharacterCount name="w" label={{ text: 'Cyfeiriad' }} maxlength={10} value="123456789" onChange={onChange} charactersUnderLimitText={{ one: 'Un nod ar ôl' }} />);
    expect(parts(container).visible.textContent).toBe('Un nod ar ôl');
  });
});
