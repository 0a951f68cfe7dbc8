import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeFixtures } from './fixtures';
import { Panel, type PanelProps } from './Panel';

describeFixtures('panel', (options) => <Panel {...(options as PanelProps)} />);

describe('Panel', () => {
  afterEach(cleanup);

  it('calls an action’s onClick', () => {
    const onClick = vi.fn();
    render(
      <Panel
        classes="govuk-panel--interruption"
        titleText="Withdraw your application?"
        actions={{
          items: [
            { text: 'Yes, withdraw', onClick },
            { text: 'No', href: '/back' },
          ],
        }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Yes, withdraw' }));
    expect(onClick).toHaveBeenCalledOnce();
    expect(screen.getByRole('link', { name: 'No' }).className).toBe('govuk-link govuk-link--inverse');
  });
});
