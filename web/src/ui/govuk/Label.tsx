import type { ReactNode } from 'react';
import { cx, inner, type Common } from './common';

export interface LabelProps extends Common {
  text?: ReactNode;
  children?: ReactNode;
  /** The id of the field it labels (the macro's `for`); `htmlFor` is the React spelling. */
  for?: string;
  htmlFor?: string;
  /** Wraps the label in the page's `<h1>`, for a question that is the page's only one. */
  isPageHeading?: boolean;
}

const isEmpty = (node: ReactNode) => node === undefined || node === null || node === false || node === '';

/** GOV.UK label: the visible name of a form field. Renders nothing without text. */
export function Label({ text, html, children, classes, attributes, isPageHeading, for: forId, htmlFor }: LabelProps) {
  const content = children ?? text;
  if (!html && isEmpty(content)) return null;
  const label = <label className={cx('govuk-label', classes)} {...attributes} htmlFor={htmlFor ?? forId} {...inner(html || undefined, content)} />;
  return isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label;
}
