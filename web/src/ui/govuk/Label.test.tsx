import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { describeFixtures } from './fixtures';
import { Label } from './Label';

describeFixtures('label', (options) => <Label {...options} />);

describe('Label', () => {
  afterEach(cleanup);

  it('takes React children and can be the page heading', () => {
    render(
      <Label htmlFor="email" isPageHeading classes="govuk-label--l">
        What is your <em>email</em> address?
      </Label>,
    );
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.querySelector('label')?.getAttribute('for')).toBe('email');
    expect(heading.textContent).toBe('What is your email address?');
  });

  it('renders nothing without text', () => {
    const { container } = render(<Label htmlFor="x" />);
    expect(container.innerHTML).toBe('');
  });
});
