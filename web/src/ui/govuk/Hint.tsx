import type { ReactNode } from 'react';
import { cx, inner, type Common } from './common';

export interface HintProps extends Common {
  id?: string;
  text?: ReactNode;
  children?: ReactNode;
}

/** GOV.UK hint: help text under a label or legend (its id goes in the field's aria-describedby). */
export function Hint({ id, text, html, children, classes, attributes }: HintProps) {
  return <div id={id} className={cx('govuk-hint', classes)} {...attributes} {...inner(html || undefined, children ?? text)} />;
}
