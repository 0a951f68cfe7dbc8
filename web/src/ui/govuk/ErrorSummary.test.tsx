import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorSummary } from './ErrorSummary';
import { describeFixtures } from './fixtures';

describeFixtures('error-summary', (options) => <ErrorSummary {...options} />);

const errors = [{ text: 'Enter your name', href: '#name' }];

function Page({ submission, errorList = errors }: { submission: number; errorList?: typeof errors }) {
  return (
    <>
      <ErrorSummary titleText="There is a problem" errorList={errorList} focusKey={submission} />
      <label htmlFor="name">Name</label>
      <input id="name" />
    </>
  );
}

describe('ErrorSummary', () => {
  afterEach(cleanup);

  it('takes focus when it appears, being focusable by script only', () => {
    render(<Page submission={1} />);
    const summary = document.querySelector<HTMLElement>('.govuk-error-summary')!;
    expect(summary.getAttribute('tabindex')).toBe('-1');
    expect(document.activeElement).toBe(summary);
    expect(screen.getByRole('alert').textContent).toContain('There is a problem');
  });

  it('does not steal focus on a re-render of the same submission, and takes it on a new one', () => {
    const { rerender } = render(<Page submission={1} />);
    const input = screen.getByRole('textbox', { name: 'Name' });
    input.focus();
    rerender(<Page submission={1} errorList={[...errors]} />);
    rerender(<Page submission={1} errorList={[{ text: 'Enter your full name', href: '#name' }]} />);
    expect(document.activeElement).toBe(input);
    rerender(<Page submission={2} />);
    expect(document.activeElement).toBe(document.querySelector('.govuk-error-summary'));
  });

  it('never takes focus with disableAutoFocus', () => {
    render(<ErrorSummary titleText="There is a problem" errorList={errors} disableAutoFocus />);
    expect(document.activeElement).toBe(document.body);
  });

  it('moves focus to the field when an error is followed', () => {
    render(<Page submission={1} />);
    const link = screen.getByRole('link', { name: 'Enter your name' });
    const notPrevented = fireEvent.click(link);
    expect(notPrevented).toBe(false);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name' }));
  });
});
