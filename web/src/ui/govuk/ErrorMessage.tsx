import type { ReactNode } from 'react';
import { cx, type Common } from './common';

export interface ErrorMessageProps extends Common {
  id?: string;
  text?: ReactNode;
  children?: ReactNode;
  /** The prefix read out before the message ("Error" by default); empty or false for none. */
  visuallyHiddenText?: string | false;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** GOV.UK error message: what is wrong with a field, shown above it. */
export function ErrorMessage({ id, text, html, children, classes, attributes, visuallyHiddenText = 'Error' }: ErrorMessageProps) {
  const className = cx('govuk-error-message', classes);
  if (html) {
    // Trusted HTML cannot sit next to React children, so the prefix joins it as markup.
    const prefix = visuallyHiddenText ? `<span class="govuk-visually-hidden">${escapeHtml(visuallyHiddenText)}:</span> ` : '';
    return <p id={id} className={className} {...attributes} dangerouslySetInnerHTML={{ __html: prefix + html }} />;
  }
  return (
    <p id={id} className={className} {...attributes}>
      {visuallyHiddenText ? <span className="govuk-visually-hidden">{visuallyHiddenText}:</span> : null}
      {visuallyHiddenText ? ' ' : null}
      {children ?? text}
    </p>
  );
}
