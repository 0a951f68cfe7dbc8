import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { describeFixtures } from './fixtures';
import { Hint } from './Hint';

describeFixtures('hint', (options) => <Hint {...options} />);

describe('Hint', () => {
  afterEach(cleanup);

  it('takes React children', () => {
    render(
      <Hint id="h">
        For example, <strong>QQ 12 34 56 C</strong>
      </Hint>,
    );
    expect(screen.getByText('QQ 12 34 56 C').closest('.govuk-hint')?.id).toBe('h');
  });
});
