import type { ReactNode } from 'react';
import { cx, type Common } from './common';
import { domAttributes, escapeHtml } from './props';

export interface WarningTextProps extends Common {
  text?: ReactNode;
  children?: ReactNode;
  /** Read by screen readers in place of the icon, "Warning" unless given. */
  iconFallbackText?: string;
}

/** GOV.UK warning text: something the user must know about (a legal consequence, a deadline). */
export function WarningText({ text, html, children, iconFallbackText, classes, attributes }: WarningTextProps) {
  const fallback = iconFallbackText || 'Warning';
  // Trusted HTML goes in as the element's HTML, after the hidden fallback text.
  const content =
    html !== undefined && children === undefined
      ? { dangerouslySetInnerHTML: { __html: `<span class="govuk-visually-hidden">${escapeHtml(fallback)}</span> ${html}` } }
      : {
          children: (
            <>
              <span className="govuk-visually-hidden">{fallback}</span> {children ?? text}
            </>
          ),
        };
  return (
    <div className={cx('govuk-warning-text', classes)} {...domAttributes(attributes)}>
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text" {...content} />
    </div>
  );
}
