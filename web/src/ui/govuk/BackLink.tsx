import type { MouseEventHandler, ReactNode } from 'react';
import { cx, inner, type Common } from './common';
import { Link } from './links';
import { domAttributes } from './props';

export interface BackLinkProps extends Common {
  /** "#" unless given. */
  href?: string;
  /** "Back" unless given. */
  text?: ReactNode;
  children?: ReactNode;
  onClick?: MouseEventHandler<HTMLAnchorElement>;
}

/** GOV.UK back link: to the previous page of a journey, above the page's content. */
export function BackLink({ href, text, html, children, onClick, classes, attributes }: BackLinkProps) {
  return (
    <Link
      href={href || '#'}
      className={cx('govuk-back-link', classes)}
      onClick={onClick}
      {...domAttributes(attributes)}
      {...inner(children === undefined ? html : undefined, children ?? (text || 'Back'))}
    />
  );
}
