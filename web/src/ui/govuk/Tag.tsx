import type { ReactNode } from 'react';
import { cx, inner, type Common } from './common';

export interface TagProps extends Common {
  text?: ReactNode;
  children?: ReactNode;
}

/** GOV.UK tag: a short status label ("Open", "Submitted"). */
export function Tag({ text, html, children, classes, attributes }: TagProps) {
  return <strong className={cx('govuk-tag', classes)} {...attributes} {...inner(html, children ?? text)} />;
}
