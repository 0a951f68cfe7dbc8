import type { ReactNode } from 'react';
import { cx, inner, type Attributes } from './common';
import { Link } from './links';
import { domAttributes } from './props';

/** A page on the way to this one; the last, without an address, is the current page. */
export interface BreadcrumbsItem {
  text?: ReactNode;
  html?: string;
  href?: string;
  attributes?: Attributes;
}

export interface BreadcrumbsProps {
  items: BreadcrumbsItem[];
  /** Shows only the first and last items on small screens. */
  collapseOnMobile?: boolean;
  /** The navigation landmark's name, "Breadcrumb" unless given. */
  labelText?: string;
  classes?: string;
  attributes?: Attributes;
}

/** GOV.UK breadcrumbs: where the page is in the service's hierarchy, above its content. */
export function Breadcrumbs({ items, collapseOnMobile, labelText, classes, attributes }: BreadcrumbsProps) {
  return (
    <nav
      className={cx('govuk-breadcrumbs', classes, collapseOnMobile && 'govuk-breadcrumbs--collapse-on-mobile')}
      {...domAttributes(attributes)}
      aria-label={labelText ?? 'Breadcrumb'}
    >
      <ol className="govuk-breadcrumbs__list">
        {items.map((item, i) =>
          item.href ? (
            <li key={i} className="govuk-breadcrumbs__list-item">
              <Link className="govuk-breadcrumbs__link" href={item.href} {...domAttributes(item.attributes)} {...inner(item.html, item.text)} />
            </li>
          ) : (
            <li key={i} className="govuk-breadcrumbs__list-item" aria-current="page" {...inner(item.html, item.text)} />
          ),
        )}
      </ol>
    </nav>
  );
}
