import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { CookieBanner, type CookieBannerProps } from './CookieBanner';
import { describeFixtures } from './fixtures';

describeFixtures('cookie-banner', (options) => <CookieBanner {...(options as unknown as CookieBannerProps)} />);

// A banner as an app would use it: the question, then the confirmation, then nothing.
function Example() {
  const [answer, setAnswer] = useState<string>();
  const [closed, setClosed] = useState(false);
  return (
    <CookieBanner
      hidden={closed}
      messages={[
        {
          headingText: 'Cookies on Digital Marketplace',
          text: 'We’d like to use analytics cookies.',
          hidden: answer !== undefined,
          actions: [
            { text: 'Accept analytics cookies', type: 'button', onClick: () => setAnswer('accepted') },
            { text: 'Reject analytics cookies', type: 'button', onClick: () => setAnswer('rejected') },
            { text: 'View cookies', href: '/cookies' },
          ],
        },
        {
          text: `You’ve ${answer} analytics cookies.`,
          role: 'alert',
          hidden: answer === undefined,
          actions: [{ text: 'Hide cookie message', type: 'button', onClick: () => setClosed(true) }],
        },
      ]}
    />
  );
}

describe('CookieBanner', () => {
  afterEach(cleanup);

  it('shows the message the app chooses and calls the actions’ handlers', () => {
    render(<Example />);
    expect(screen.getByRole('region', { name: 'Cookie banner' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('link', { name: 'View cookies' }).getAttribute('href')).toBe('/cookies');
    fireEvent.click(screen.getByRole('button', { name: 'Reject analytics cookies' }));
    expect(screen.getByRole('alert').textContent).toContain('You’ve rejected analytics cookies.');
    expect(screen.queryByRole('button', { name: 'Accept analytics cookies' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Hide cookie message' }));
    expect(screen.queryByRole('region')).toBeNull();
  });
});
