import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { describeFixtures } from './fixtures';
import { NotificationBanner, type NotificationBannerProps } from './NotificationBanner';

describeFixtures('notification-banner', (options) => <NotificationBanner {...(options as NotificationBannerProps)} />);

describe('NotificationBanner', () => {
  afterEach(cleanup);

  it('announces a success banner, named by its title, and focuses it until the user moves on', () => {
    render(
      <>
        <NotificationBanner type="success" titleId="saved-title" text="Your answers have been saved" />
        <button>Continue</button>
      </>,
    );
    const banner = screen.getByRole('alert', { name: 'Success' });
    expect(banner.getAttribute('aria-labelledby')).toBe('saved-title');
    expect(document.activeElement).toBe(banner);
    expect(banner.getAttribute('tabindex')).toBe('-1');
    screen.getByRole('button').focus();
    expect(banner.hasAttribute('tabindex')).toBe(false);
  });

  it('leaves focus alone when asked to, and for an ordinary banner', () => {
    render(
      <>
        <NotificationBanner type="success" disableAutoFocus text="Saved" />
        <NotificationBanner titleText="Deadline" titleId="deadline" text="Applications close on 1 May" />
      </>,
    );
    expect(screen.getByRole('region', { name: 'Deadline' })).toBeTruthy();
    expect(document.activeElement).toBe(document.body);
  });

  it('takes its content as children', () => {
    render(
      <NotificationBanner>
        <h3 className="govuk-notification-banner__heading">You have 2 drafts</h3>
      </NotificationBanner>,
    );
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('You have 2 drafts');
  });
});
