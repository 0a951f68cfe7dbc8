import type { ReactNode } from 'react';
import { cx, inner, type Common } from './common';
import { domAttributes } from './props';

export interface InsetTextProps extends Common {
  text?: ReactNode;
  children?: ReactNode;
  id?: string;
}

/** GOV.UK inset text: a quotation, example or extra information set apart from the text around it. */
export function InsetText({ text, html, children, id, classes, attributes }: InsetTextProps) {
  return <div id={id} className={cx('govuk-inset-text', classes)} {...domAttributes(attributes)} {...inner(children === undefined ? html : undefined, children ?? text)} />;
}
