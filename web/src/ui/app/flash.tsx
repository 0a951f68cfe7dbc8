import { useLocation } from 'react-router';
import { NotificationBanner } from '../govuk/NotificationBanner';

/** Navigation state that carries a one-off confirmation to the next page ("Your password has been changed"). */
export const flash = (message: string) => ({ state: { flash: message } });

/** Shows the confirmation the previous page left, as a GOV.UK success banner. */
export function Flash() {
  const location = useLocation();
  const message = (location.state as { flash?: unknown } | null)?.flash;
  if (typeof message !== 'string') return null;
  return <NotificationBanner type="success" text={message} titleText="Success" />;
}
