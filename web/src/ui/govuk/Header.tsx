import type { ReactNode } from 'react';
import { cx, type Attributes } from './common';
import { Link } from './links';
import { Logo } from './Logo';
import { domAttributes } from './props';

export interface HeaderProps {
  /** Where the logo links, "//gov.uk" unless given. */
  homepageUrl?: string;
  /** A product's name beside the logo (for products of GOV.UK itself; a service puts its name in the service navigation). */
  productName?: ReactNode;
  /** Classes for the container, `govuk-width-container` unless given. */
  containerClasses?: string;
  classes?: string;
  attributes?: Attributes;
}

/**
 * GOV.UK header as GOV.UK Frontend 6 renders it: the GOV.UK logo (crown and logotype) linking to the
 * homepage. The service's name and navigation go in the ServiceNavigation under it.
 */
export function Header({ homepageUrl, productName, containerClasses, classes, attributes }: HeaderProps) {
  return (
    <div className={cx('govuk-header', classes)} {...domAttributes(attributes)}>
      <div className={cx('govuk-header__container', containerClasses || 'govuk-width-container')}>
        <div className="govuk-header__logo">
          <Link href={homepageUrl || '//gov.uk'} className="govuk-header__homepage-link">
            <Logo className="govuk-header__logotype" ariaLabelText="GOV.UK" />
            {productName && <span className="govuk-header__product-name">{productName}</span>}
          </Link>
        </div>
      </div>
    </div>
  );
}
