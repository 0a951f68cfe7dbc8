import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { useEnhanced } from './client';
import { cx, inner, type Attributes, type Common } from './common';

/** One error: its message, linking (with `href="#<field id>"`) to the field it is about. */
export interface ErrorSummaryItem {
  text?: ReactNode;
  html?: string;
  href?: string;
  attributes?: Attributes;
}

export interface ErrorSummaryProps extends Omit<Common, 'html'> {
  titleText?: ReactNode;
  titleHtml?: string;
  descriptionText?: ReactNode;
  descriptionHtml?: string;
  /** The description as React nodes (the macro's caller content). */
  children?: ReactNode;
  errorList?: ReadonlyArray<ErrorSummaryItem>;
  /** Never move focus to the summary. */
  disableAutoFocus?: boolean;
  /**
   * Focus moves to the summary when it mounts and each time this changes, never on other
   * re-renders: pass a value (compared with Object.is) that changes once per submission, such as a
   * submission counter.
   */
  focusKey?: unknown;
}

const notYet = Symbol('not focused yet');

/** The field an error links to gets focus, with its legend or label scrolled into view above it. */
function focusTarget(hash: string): boolean {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  const input = id ? document.getElementById(id) : null;
  if (!input) return false;
  const legend = input.closest('fieldset')?.querySelector('legend');
  const isChoice = input instanceof HTMLInputElement && (input.type === 'checkbox' || input.type === 'radio');
  const heading = (isChoice ? legend : null) ?? [...document.querySelectorAll('label')].find((label) => label.htmlFor === id) ?? input.closest('label') ?? legend;
  if (!heading) return false;
  heading.scrollIntoView?.();
  input.focus({ preventScroll: true });
  return true;
}

function onLinkClick(event: MouseEvent<HTMLAnchorElement>) {
  const href = event.currentTarget.getAttribute('href') ?? '';
  if (href.startsWith('#') && focusTarget(href)) event.preventDefault();
}

/**
 * GOV.UK error summary: the list of a form's errors at the top of the page, each linking to its
 * field. It takes focus (it has tabindex -1 in the browser) once per submission, see `focusKey`.
 */
export function ErrorSummary({
  titleText,
  titleHtml,
  descriptionText,
  descriptionHtml,
  children,
  errorList = [],
  disableAutoFocus,
  focusKey,
  classes,
  attributes,
}: ErrorSummaryProps) {
  const enhanced = useEnhanced();
  const root = useRef<HTMLDivElement>(null);
  const focusedFor = useRef<unknown>(notYet);
  useEffect(() => {
    if (disableAutoFocus || focusedFor.current === focusKey) return;
    focusedFor.current = focusKey;
    root.current?.focus();
  }, [disableAutoFocus, focusKey]);

  const description = children ?? descriptionText;
  const hasDescription = Boolean(descriptionHtml) || (description !== undefined && description !== null && description !== false && description !== '');
  return (
    <div
      ref={root}
      className={cx('govuk-error-summary', classes)}
      data-disable-auto-focus={disableAutoFocus === undefined ? undefined : String(disableAutoFocus)}
      tabIndex={enhanced ? -1 : undefined}
      {...attributes}
      data-module="govuk-error-summary"
    >
      <div role="alert">
        <h2 className="govuk-error-summary__title" {...inner(titleHtml || undefined, titleText)} />
        <div className="govuk-error-summary__body">
          {hasDescription ? <p {...inner(children ? undefined : descriptionHtml || undefined, description)} /> : null}
          {errorList.length ? (
            <ul className="govuk-list govuk-error-summary__list">
              {errorList.map((item, index) => (
                <li
                  key={index}
                  {...(item.href
                    ? { children: <a href={item.href} {...item.attributes} onClick={onLinkClick} {...inner(item.html || undefined, item.text)} /> }
                    : inner(item.html || undefined, item.text))}
                />
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </div>
  );
}
