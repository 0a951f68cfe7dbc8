import type { ReactNode } from 'react';
import { cx, inner, type Attributes } from './common';
import { Link } from './links';
import { domAttributes, type Skipped } from './props';

/** The link to the previous or next page. */
export interface PaginationLink {
  href: string;
  /** "Previous page" or "Next page" (the last word hidden visually) unless given. */
  text?: ReactNode;
  html?: string;
  /** The title of that page, shown under the link in the block style (with only previous and next). */
  labelText?: ReactNode;
  attributes?: Attributes;
}

/** A numbered page, or an ellipsis standing for those left out. */
export interface PaginationItem {
  number?: ReactNode;
  href?: string;
  current?: boolean;
  ellipsis?: boolean;
  /** The link's accessible name, "Page <number>" unless given. */
  visuallyHiddenText?: string;
  attributes?: Attributes;
}

export interface PaginationProps {
  items?: Array<PaginationItem | Skipped | Record<string, never>>;
  previous?: PaginationLink;
  next?: PaginationLink;
  /** The navigation landmark's name, "Pagination" unless given. */
  landmarkLabel?: string;
  classes?: string;
  attributes?: Attributes;
}

const arrows = {
  prev: 'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z',
  next: 'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z',
};

const Arrow = ({ type }: { type: 'prev' | 'next' }) => (
  <svg
    className={`govuk-pagination__icon govuk-pagination__icon--${type}`}
    xmlns="http://www.w3.org/2000/svg"
    height="13"
    width="15"
    aria-hidden="true"
    focusable="false"
    viewBox="0 0 15 13"
  >
    <path d={arrows[type]} />
  </svg>
);

function ArrowLink({ link, type, block }: { link: PaginationLink; type: 'prev' | 'next'; block: boolean }) {
  const title =
    link.html || link.text
      ? inner(link.html || undefined, link.text)
      : {
          children: (
            <>
              {type === 'prev' ? 'Previous' : 'Next'}
              <span className="govuk-visually-hidden"> page</span>
            </>
          ),
        };
  const label = block && Boolean(link.labelText);
  return (
    <div className={`govuk-pagination__${type}`}>
      <Link className="govuk-link govuk-pagination__link" href={link.href} rel={type} {...domAttributes(link.attributes)}>
        {(block || type === 'prev') && <Arrow type={type} />}
        <span className={cx('govuk-pagination__link-title', block && !link.labelText && 'govuk-pagination__link-title--decorated')} {...title} />
        {label && <span className="govuk-visually-hidden">:</span>}
        {label && <span className="govuk-pagination__link-label">{link.labelText}</span>}
        {!block && type === 'next' && <Arrow type={type} />}
      </Link>
    </div>
  );
}

function Item({ item }: { item: PaginationItem }) {
  return (
    <li className={cx('govuk-pagination__item', item.current && 'govuk-pagination__item--current', item.ellipsis && 'govuk-pagination__item--ellipsis')}>
      {item.ellipsis ? (
        '⋯'
      ) : (
        <Link
          className="govuk-link govuk-pagination__link"
          href={item.href ?? ''}
          aria-label={item.visuallyHiddenText ?? `Page ${item.number}`}
          aria-current={item.current ? 'page' : undefined}
          {...domAttributes(item.attributes)}
        >
          {item.number}
        </Link>
      )}
    </li>
  );
}

/**
 * GOV.UK pagination: numbered pages (with ellipses for those left out) between previous and next
 * links, or, with only previous and next, the block style for a sequence of pages (with labels).
 */
export function Pagination({ items, previous, next, landmarkLabel, classes, attributes }: PaginationProps) {
  const block = !items && Boolean(next || previous);
  const shown = (items ?? []).filter((item): item is PaginationItem => Boolean(item) && Object.keys(item as object).length > 0);
  return (
    <nav className={cx('govuk-pagination', block && 'govuk-pagination--block', classes)} aria-label={landmarkLabel || 'Pagination'} {...domAttributes(attributes)}>
      {previous?.href && <ArrowLink link={previous} type="prev" block={block} />}
      {items && (
        <ul className="govuk-pagination__list">
          {shown.map((item, i) => (
            <Item key={i} item={item} />
          ))}
        </ul>
      )}
      {next?.href && <ArrowLink link={next} type="next" block={block} />}
    </nav>
  );
}
