import type { MouseEventHandler, ReactNode } from 'react';
import { cx, inner, type Common } from './common';
import { Link } from './links';

export interface ButtonProps extends Common {
  text?: ReactNode;
  children?: ReactNode;
  /** Renders a link styled as a button. */
  href?: string;
  type?: 'submit' | 'button' | 'reset';
  name?: string;
  value?: string;
  disabled?: boolean;
  /** Adds `data-prevent-double-click` (GOV.UK's double-submission guard; our forms guard themselves). */
  preventDoubleClick?: boolean;
  /** The larger call-to-action button with an arrow, for a service's start page. */
  isStartButton?: boolean;
  id?: string;
  onClick?: MouseEventHandler<HTMLButtonElement | HTMLAnchorElement>;
}

function StartIcon() {
  return (
    <svg className="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
    </svg>
  );
}

/** GOV.UK button (or a link that looks like one, with `href`). */
export function Button({ text, html, children, href, type, name, value, disabled, preventDoubleClick, isStartButton, id, classes, attributes, onClick }: ButtonProps) {
  const common = { className: cx('govuk-button', classes, isStartButton && 'govuk-button--start'), 'data-module': 'govuk-button', ...attributes, id };
  // A start button lays its content out with flexbox, so trusted HTML gets a span of its own there.
  const label = html ? <span dangerouslySetInnerHTML={{ __html: html }} /> : (children ?? text);
  const body =
    html && !isStartButton
      ? inner(html, null)
      : {
          children: (
            <>
              {label}
              {isStartButton ? <StartIcon /> : null}
            </>
          ),
        };
  if (href !== undefined) return <Link href={href || '#'} role="button" draggable="false" {...common} onClick={onClick} {...body} />;
  return (
    <button
      type={type ?? 'submit'}
      value={value || undefined}
      name={name || undefined}
      disabled={disabled || undefined}
      aria-disabled={disabled ? 'true' : undefined}
      data-prevent-double-click={preventDoubleClick === undefined ? undefined : String(preventDoubleClick)}
      {...common}
      onClick={onClick}
      {...body}
    />
  );
}
