import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { CookieBanner } from '../../ui/govuk/CookieBanner';
import { saveCookiePolicy, useCookiePolicy } from './cookiePolicy';

export const COOKIES_PATH = '/cookies';

/**
 * The public site's cookie banner: asks once about analytics cookies, then confirms the choice
 * until the visitor hides the message or moves to another page. Not shown on the cookies page,
 * which asks the same question itself.
 */
export function SiteCookieBanner() {
  const policy = useCookiePolicy();
  const { pathname } = useLocation();
  // The choice just made: confirmed until the visitor hides the message or moves to another page.
  const [answered, setAnswered] = useState<{ analytics: boolean } | null>(null);
  const [page, setPage] = useState(pathname);
  if (page !== pathname) {
    setPage(pathname);
    setAnswered(null);
  }

  useEffect(() => {
    // GOV.UK moves the focus to the confirmation, so that screen reader users hear it.
    if (answered) document.querySelector<HTMLElement>('[data-cookie-confirmation]')?.focus();
  }, [answered]);

  if (pathname === COOKIES_PATH) return null;
  if (answered) {
    return (
      <CookieBanner
        ariaLabel="Cookies on Digital Marketplace"
        messages={[
          {
            role: 'alert',
            attributes: { tabindex: -1, 'data-cookie-confirmation': true },
            children: (
              <p className="govuk-body">
                You’ve {answered.analytics ? 'accepted' : 'rejected'} analytics cookies. You can{' '}
                <Link className="govuk-link" to={COOKIES_PATH}>
                  change your cookie settings
                </Link>{' '}
                at any time.
              </p>
            ),
            actions: [{ text: 'Hide this message', type: 'button', onClick: () => setAnswered(null) }],
          },
        ]}
      />
    );
  }
  if (policy) return null;

  const choose = (analytics: boolean) => {
    saveCookiePolicy(analytics);
    setAnswered({ analytics });
  };
  return (
    <CookieBanner
      ariaLabel="Cookies on Digital Marketplace"
      messages={[
        {
          headingText: 'Cookies on Digital Marketplace',
          children: (
            <>
              <p className="govuk-body">We use some essential cookies to make this service work.</p>
              <p className="govuk-body">We’d also like to use analytics cookies so we can understand how you use the service and make improvements.</p>
            </>
          ),
          actions: [
            { text: 'Accept analytics cookies', type: 'button', onClick: () => choose(true) },
            { text: 'Reject analytics cookies', type: 'button', onClick: () => choose(false) },
            { text: 'View cookies', href: COOKIES_PATH },
          ],
        },
      ]}
    />
  );
}
