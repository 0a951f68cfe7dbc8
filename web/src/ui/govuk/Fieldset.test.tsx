import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Fieldset } from './Fieldset';
import { describeFixtures } from './fixtures';

describeFixtures('fieldset', (options) => <Fieldset {...options} />, {
  'html fieldset content': 'the content of a fieldset is React children; the macro-only `html` content option is not taken',
});

describe('Fieldset', () => {
  afterEach(cleanup);

  it('names the group by its legend, which can be the page heading', () => {
    render(
      <Fieldset legend={{ text: 'What is your address?', isPageHeading: true, classes: 'govuk-fieldset__legend--l' }} describedBy="address-hint">
        <input aria-label="Line 1" />
      </Fieldset>,
    );
    const group = screen.getByRole('group', { name: 'What is your address?' });
    expect(group.getAttribute('aria-describedby')).toBe('address-hint');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('What is your address?');
  });
});
