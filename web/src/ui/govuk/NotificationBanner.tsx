import { useEffect, useRef, type ReactNode } from 'react';
import { cx, inner, type Common } from './common';
import { domAttributes } from './props';

export interface NotificationBannerProps extends Common {
  /** "success" for the outcome of something the user did (green, announced and focused). */
  type?: string;
  text?: ReactNode;
  children?: ReactNode;
  /** "Important" unless given ("Success" for a success banner). */
  titleText?: ReactNode;
  titleHtml?: string;
  /** The title's id, which names the banner; "govuk-notification-banner-title" unless given. */
  titleId?: string;
  titleHeadingLevel?: number;
  /** "alert" for a success banner, "region" for the rest, unless given. */
  role?: string;
  /** Stops a banner with the alert role taking focus when it appears. */
  disableAutoFocus?: boolean;
}

/**
 * GOV.UK notification banner. A banner with the alert role (a success banner, unless its role is
 * given) takes focus when it mounts, as GOV.UK Frontend's script does, so that screen readers read it
 * and keyboard users carry on from it; `disableAutoFocus` stops that.
 */
export function NotificationBanner(props: NotificationBannerProps) {
  const { type, text, html, children, titleText, titleHtml, titleHeadingLevel, disableAutoFocus, classes, attributes } = props;
  const success = type === 'success';
  const role = props.role || (success ? 'alert' : 'region');
  const titleId = props.titleId || 'govuk-notification-banner-title';
  const Heading = `h${titleHeadingLevel || 2}` as 'h2';
  const ref = useRef<HTMLDivElement>(null);
  const autoFocus = role === 'alert' && !disableAutoFocus;

  useEffect(() => {
    const banner = ref.current;
    if (!autoFocus || !banner) return;
    // Focusable only until the user moves on, unless it was focusable anyway.
    if (!banner.hasAttribute('tabindex')) {
      banner.setAttribute('tabindex', '-1');
      banner.addEventListener('blur', () => banner.removeAttribute('tabindex'), { once: true });
    }
    banner.focus();
  }, [autoFocus]);

  const content = children ?? (html === undefined && text ? <p className="govuk-notification-banner__heading">{text}</p> : undefined);
  return (
    <div
      ref={ref}
      className={cx('govuk-notification-banner', success && 'govuk-notification-banner--success', classes)}
      role={role}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
      data-disable-auto-focus={disableAutoFocus === undefined ? undefined : String(disableAutoFocus)}
      {...domAttributes(attributes)}
    >
      <div className="govuk-notification-banner__header">
        <Heading className="govuk-notification-banner__title" id={titleId} {...inner(titleHtml, titleText || (success ? 'Success' : 'Important'))} />
      </div>
      <div className="govuk-notification-banner__content" {...inner(children === undefined ? html : undefined, content)} />
    </div>
  );
}
