import type { ReactNode } from 'react';
import { ActionItem, type Action } from './actions';
import { cx, inner, type Attributes } from './common';
import { domAttributes } from './props';

/** One message of the banner: the question, or the confirmation shown once the user has answered. */
export interface CookieBannerMessage {
  headingText?: ReactNode;
  headingHtml?: string;
  /** Shown in a `govuk-body` paragraph. */
  text?: ReactNode;
  html?: string;
  /** The message's content as React nodes (instead of text or html). */
  children?: ReactNode;
  /** Buttons (accept, reject, hide) and links (view cookies); give each an onClick to act on it. */
  actions?: Action[];
  /** "alert" for a confirmation, so that screen readers announce it. */
  role?: string;
  hidden?: boolean;
  classes?: string;
  attributes?: Attributes;
}

export interface CookieBannerProps {
  messages: CookieBannerMessage[];
  /** The region's name, "Cookie banner" unless given. */
  ariaLabel?: string;
  hidden?: boolean;
  classes?: string;
  attributes?: Attributes;
}

function Message({ message }: { message: CookieBannerMessage }) {
  const { headingText, headingHtml, text, html, children, actions } = message;
  const body = children ?? (html === undefined && text ? <p className="govuk-body">{text}</p> : undefined);
  return (
    <div
      className={cx('govuk-cookie-banner__message', message.classes, 'govuk-width-container')}
      role={message.role}
      {...domAttributes(message.attributes)}
      hidden={message.hidden || undefined}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {(headingHtml || headingText) && <h2 className="govuk-cookie-banner__heading govuk-heading-m" {...inner(headingHtml || undefined, headingText)} />}
          <div className="govuk-cookie-banner__content" {...inner(children === undefined ? html : undefined, body)} />
        </div>
      </div>
      {actions && (
        <div className="govuk-button-group">
          {actions.map((action, i) => (
            <ActionItem key={i} action={action} buttonType="button" />
          ))}
        </div>
      )}
    </div>
  );
}

/**
 * GOV.UK cookie banner: messages (asking about cookies, then confirming the choice), of which the
 * app shows one at a time with `hidden`, acting on the choice in its actions' onClick.
 */
export function CookieBanner({ messages, ariaLabel, hidden, classes, attributes }: CookieBannerProps) {
  return (
    <div
      className={cx('govuk-cookie-banner', classes)}
      data-nosnippet=""
      role="region"
      aria-label={ariaLabel || 'Cookie banner'}
      hidden={hidden || undefined}
      {...domAttributes(attributes)}
    >
      {messages.map((message, i) => (
        <Message key={i} message={message} />
      ))}
    </div>
  );
}
