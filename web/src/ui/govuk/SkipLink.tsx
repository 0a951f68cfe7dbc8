import type { MouseEvent, ReactNode } from 'react';
import { cx, inner, type Common } from './common';
import { domAttributes } from './props';

export interface SkipLinkProps extends Common {
  /** The fragment of the main content, "#content" unless given. */
  href?: string;
  text?: ReactNode;
  children?: ReactNode;
}

// Moves focus to the link's target, as GOV.UK Frontend's script does, so that keyboard and screen
// reader users carry on from the content: the target is made focusable for as long as it has focus.
function focusTarget(event: MouseEvent<HTMLAnchorElement>) {
  const id = decodeURIComponent(event.currentTarget.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  if (!target.hasAttribute('tabindex')) {
    target.setAttribute('tabindex', '-1');
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
  }
  target.classList.add('govuk-skip-link-focused-element');
  target.addEventListener('blur', () => target.classList.remove('govuk-skip-link-focused-element'), { once: true });
  target.focus();
}

/** GOV.UK skip link: the page's first link, shown on focus, to jump past the header to the content. */
export function SkipLink({ href, text, html, children, classes, attributes }: SkipLinkProps) {
  return (
    <a
      href={href || '#content'}
      className={cx('govuk-skip-link', classes)}
      {...domAttributes(attributes)}
      data-module="govuk-skip-link"
      onClick={focusTarget}
      {...inner(children === undefined ? html : undefined, children ?? text)}
    />
  );
}
