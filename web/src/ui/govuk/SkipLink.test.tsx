import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { describeFixtures } from './fixtures';
import { SkipLink, type SkipLinkProps } from './SkipLink';

describeFixtures('skip-link', (options) => <SkipLink {...(options as SkipLinkProps)} />);

describe('SkipLink', () => {
  afterEach(cleanup);

  it('moves focus to the main content, which is focusable only while it has focus', () => {
    render(
      <>
        <SkipLink text="Skip to main content" />
        <main id="content">Content</main>
        <button>Next</button>
      </>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Skip to main content' }));
    const main = screen.getByRole('main');
    expect(document.activeElement).toBe(main);
    expect(main.getAttribute('tabindex')).toBe('-1');
    expect(main.classList.contains('govuk-skip-link-focused-element')).toBe(true);
    screen.getByRole('button').focus();
    expect(main.hasAttribute('tabindex')).toBe(false);
    expect(main.classList.contains('govuk-skip-link-focused-element')).toBe(false);
  });
});
