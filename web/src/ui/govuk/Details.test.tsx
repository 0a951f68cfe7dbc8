import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Details, type DetailsProps } from './Details';
import { describeFixtures } from './fixtures';

describeFixtures('details', (options) => <Details {...(options as DetailsProps)} />);

describe('Details', () => {
  afterEach(cleanup);

  it('takes its content as children', () => {
    render(
      <Details summaryText="Help with your DUNS number">
        <p>Ask Dun &amp; Bradstreet.</p>
      </Details>,
    );
    expect(screen.getByText('Help with your DUNS number').closest('details')?.open).toBe(false);
    expect(screen.getByText('Ask Dun & Bradstreet.').tagName).toBe('P');
  });
});
