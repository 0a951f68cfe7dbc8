import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorMessage } from './ErrorMessage';
import { describeFixtures } from './fixtures';

describeFixtures('error-message', (options) => <ErrorMessage {...options} />);

describe('ErrorMessage', () => {
  afterEach(cleanup);

  it('prefixes the message with a hidden "Error:" for screen readers', () => {
    const { container } = render(<ErrorMessage id="e">Enter your name</ErrorMessage>);
    expect(container.querySelector('.govuk-visually-hidden')?.textContent).toBe('Error:');
    expect(container.textContent).toBe('Error: Enter your name');
  });

  it('escapes the prefix when the message is trusted HTML', () => {
    const { container } = render(<ErrorMessage html="Enter <b>a</b> name" visuallyHiddenText="<i>Gwall</i>" />);
    expect(container.querySelector('i')).toBeNull();
    expect(container.textContent).toBe('<i>Gwall</i>: Enter a name');
  });
});
