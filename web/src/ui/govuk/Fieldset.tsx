import type { ReactNode } from 'react';
import { cx, inner, type Common } from './common';

export interface LegendOptions {
  text?: ReactNode;
  html?: string;
  classes?: string;
  /** Puts the legend's text in the page's `<h1>`. */
  isPageHeading?: boolean;
}

/** Fieldset options; its content is React children (the macro's content `html` is not taken). */
export interface FieldsetProps extends Omit<Common, 'html'> {
  legend?: LegendOptions;
  /** Ids of the hint and error message the group is described by. */
  describedBy?: string;
  role?: string;
  children?: ReactNode;
}

function Legend({ text, html, classes, isPageHeading }: LegendOptions) {
  const content = inner(html || undefined, text);
  const className = cx('govuk-fieldset__legend', classes);
  if (!isPageHeading) return <legend className={className} {...content} />;
  return (
    <legend className={className}>
      <h1 className="govuk-fieldset__heading" {...content} />
    </legend>
  );
}

/** GOV.UK fieldset: groups related fields (radios, checkboxes, a date) under a legend. */
export function Fieldset({ legend, describedBy, role, classes, attributes, children }: FieldsetProps) {
  return (
    <fieldset className={cx('govuk-fieldset', classes)} role={role} aria-describedby={describedBy || undefined} {...attributes}>
      {legend && (legend.html || (legend.text !== undefined && legend.text !== '')) ? <Legend {...legend} /> : null}
      {children}
    </fieldset>
  );
}
