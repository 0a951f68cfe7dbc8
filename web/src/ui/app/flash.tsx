import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { NotificationBanner } from '../govuk/NotificationBanner';

/** Navigation state that carries a one-off confirmation to the next page ("Your password has been changed"). */
export const flash = (message: string) => ({ state: { flash: message } });

const messageOf = (state: unknown) => {
  const message = (state as { flash?: unknown } | null)?.flash;
  return typeof message === 'string' ? message : null;
};

/**
 * Shows the confirmation the previous page left, as a GOV.UK success banner, once: the message is
 * taken out of the history entry, so reloading the page or coming back to it does not say it again.
 */
export function Flash() {
  const location = useLocation();
  const navigate = useNavigate();
  const carried = messageOf(location.state);
  const [shown, setShown] = useState(carried);
  // A new confirmation replaces the one shown (state derived while rendering, as React advises).
  if (carried && carried !== shown) setShown(carried);
  useEffect(() => {
    if (carried) void navigate({ pathname: location.pathname, search: location.search, hash: location.hash }, { replace: true, state: null });
  }, [carried, navigate, location.pathname, location.search, location.hash]);
  if (!shown) return null;
  return <NotificationBanner type="success" text={shown} titleText="Success" />;
}
