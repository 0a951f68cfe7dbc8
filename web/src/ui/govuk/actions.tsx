import type { MouseEventHandler, ReactNode } from 'react';
import { domAttributes } from './props';
import { cx, type Attributes } from './common';
import { Link } from './links';

/** A button or link in a group of actions (a cookie banner's message, an interruption panel). */
export interface Action {
  text?: ReactNode;
  /** A link when given (unless `type` is "button", which makes a link styled as a button). */
  href?: string;
  /** The button's type: "button", "submit" (the default for a button) or "reset". */
  type?: string;
  name?: string;
  value?: string;
  classes?: string;
  attributes?: Attributes;
  onClick?: MouseEventHandler<HTMLElement>;
}

/** A GOV.UK button: a `<button>`, or an `<a>` looking like one when it has an address. */
export function ButtonMarkup({ text, href, type, name, value, classes, attributes, onClick }: Action) {
  const common = { className: cx('govuk-button', classes), 'data-module': 'govuk-button', ...domAttributes(attributes), onClick };
  if (href)
    return (
      <Link href={href} role="button" draggable="false" {...common}>
        {text}
      </Link>
    );
  const buttonType = (type ?? 'submit') as 'submit' | 'button' | 'reset';
  return (
    <button type={buttonType} value={value || undefined} name={name || undefined} {...common}>
      {text}
    </button>
  );
}

/** One action of a group: a button (or a link styled as one), otherwise a plain link. */
export function ActionItem({ action, buttonType, buttonClasses, linkClasses }: { action: Action; buttonType?: string; buttonClasses?: string; linkClasses?: string }) {
  if (!action.href || action.type === 'button') return <ButtonMarkup {...action} type={action.type ?? buttonType} classes={cx(buttonClasses, action.classes)} />;
  return (
    <Link href={action.href} className={cx('govuk-link', linkClasses, action.classes)} onClick={action.onClick} {...domAttributes(action.attributes)}>
      {action.text}
    </Link>
  );
}
