import type { ReactNode } from 'react';
import { cx, inner, type Common } from './common';
import { domAttributes } from './props';

export interface DetailsProps extends Common {
  summaryText?: ReactNode;
  /** Trusted HTML for the summary (replaces summaryText). */
  summaryHtml?: string;
  text?: ReactNode;
  children?: ReactNode;
  id?: string;
  /** Open at first. */
  open?: boolean;
}

/** GOV.UK details: a summary that the user opens to read more (the browser's own disclosure). */
export function Details({ summaryText, summaryHtml, text, html, children, id, open, classes, attributes }: DetailsProps) {
  return (
    <details id={id} className={cx('govuk-details', classes)} {...domAttributes(attributes)} open={open || undefined}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text" {...inner(summaryHtml, summaryText)} />
      </summary>
      <div className="govuk-details__text" {...inner(children === undefined ? html : undefined, children ?? text)} />
    </details>
  );
}
