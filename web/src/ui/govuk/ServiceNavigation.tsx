import { isValidElement, useState, type ReactNode } from 'react';
import { cx, inner, type Attributes } from './common';
import { Link } from './links';
import { useTabletUp } from './media';
import { domAttributes, present, type Skipped } from './props';

export interface ServiceNavigationItem {
  href?: string;
  text?: ReactNode;
  html?: string;
  /** The user is in this section (aria-current="true"). */
  active?: boolean;
  /** The user is on this page (aria-current="page"). */
  current?: boolean;
  attributes?: Attributes;
}

/** The end slot, with `align: 'inline'` to sit beside the navigation rather than under it on wide screens. */
export interface ServiceNavigationEndSlot {
  html?: ReactNode;
  align?: 'inline';
}

/** React content put at fixed places of the component (a language switcher at the end, say). */
export interface ServiceNavigationSlots {
  start?: ReactNode;
  end?: ReactNode | ServiceNavigationEndSlot;
  navigationStart?: ReactNode;
  navigationEnd?: ReactNode;
}

export interface ServiceNavigationProps {
  serviceName?: ReactNode;
  serviceUrl?: string;
  navigation?: Array<ServiceNavigationItem | Skipped>;
  /** The landmark's name when there is a service name, "Service information" unless given. */
  ariaLabel?: string;
  /** The navigation's name, the menu button's text unless given. */
  navigationLabel?: string;
  navigationClasses?: string;
  /** The list's id, "navigation" unless given. */
  navigationId?: string;
  /** "Menu" unless given. */
  menuButtonText?: string;
  menuButtonLabel?: string;
  /** Collapses the navigation behind a menu button on small screens; the default when there are two items or more. */
  collapseNavigationOnMobile?: boolean;
  slots?: ServiceNavigationSlots;
  classes?: string;
  attributes?: Attributes;
}

const isEndSlotObject = (end: ServiceNavigationSlots['end']): end is ServiceNavigationEndSlot =>
  typeof end === 'object' && end !== null && !isValidElement(end) && !Array.isArray(end) && ('html' in end || 'align' in end);

function Item({ item }: { item: ServiceNavigationItem }) {
  const marked = item.active || item.current;
  const ariaCurrent = marked ? (item.current ? 'page' : 'true') : undefined;
  // The selected item is also bold, so that it shows even where the user's own colours replace the styles.
  const content = marked ? { children: <strong className="govuk-service-navigation__active-fallback" {...inner(item.html, item.text)} /> } : inner(item.html, item.text);
  return (
    <li className={cx('govuk-service-navigation__item', marked && 'govuk-service-navigation__item--active')}>
      {item.href ? (
        <Link className="govuk-service-navigation__link" href={item.href} aria-current={ariaCurrent} {...domAttributes(item.attributes)} {...content} />
      ) : (
        (item.html || item.text) && <span className="govuk-service-navigation__text" aria-current={ariaCurrent} {...content} />
      )}
    </li>
  );
}

/**
 * GOV.UK service navigation: the service's name (linking to its start) and its main navigation, under
 * the GOV.UK header. On small screens two or more items collapse behind a menu button, which opens
 * and closes the list (React state in place of GOV.UK Frontend's script); without a browser, and at
 * tablet width and up, the button is hidden and the list shows.
 */
export function ServiceNavigation(props: ServiceNavigationProps) {
  const { serviceName, serviceUrl, slots = {}, classes, attributes } = props;
  const [open, setOpen] = useState(false);
  const tabletUp = useTabletUp();
  const items = present(props.navigation);
  const menuButtonText = props.menuButtonText || 'Menu';
  const navigationId = props.navigationId || 'navigation';
  const collapse = props.collapseNavigationOnMobile ?? items.length > 1;
  const endSlot = isEndSlotObject(slots.end) ? slots.end.html : slots.end;
  const endInline = isEndSlotObject(slots.end) && slots.end.align === 'inline';
  const mobile = collapse && tabletUp === false;

  const inside = (
    <div className={cx('govuk-width-container', endInline && 'govuk-service-navigation__inlining-container')}>
      {slots.start}
      <div className="govuk-service-navigation__container">
        {serviceName && (
          <span className="govuk-service-navigation__service-name">
            {serviceUrl ? (
              <Link href={serviceUrl} className="govuk-service-navigation__link">
                {serviceName}
              </Link>
            ) : (
              <span className="govuk-service-navigation__text">{serviceName}</span>
            )}
          </span>
        )}
        {(items.length > 0 || slots.navigationStart || slots.navigationEnd) && (
          <nav aria-label={props.navigationLabel || menuButtonText} className={cx('govuk-service-navigation__wrapper', props.navigationClasses)}>
            {collapse && (
              <button
                type="button"
                className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
                aria-controls={navigationId}
                aria-label={props.menuButtonLabel && props.menuButtonLabel !== menuButtonText ? props.menuButtonLabel : undefined}
                {...(mobile ? { 'aria-expanded': open } : { hidden: true, 'aria-hidden': true })}
                onClick={() => setOpen(!open)}
              >
                {menuButtonText}
              </button>
            )}
            <ul className="govuk-service-navigation__list" id={navigationId} hidden={mobile && !open}>
              {slots.navigationStart}
              {items.map((item, i) => (
                <Item key={i} item={item} />
              ))}
              {slots.navigationEnd}
            </ul>
          </nav>
        )}
      </div>
      {endSlot}
    </div>
  );

  const root = { className: cx('govuk-service-navigation', classes), 'data-module': 'govuk-service-navigation', ...domAttributes(attributes) };
  // With a service name (or slotted content) the component is a region of its own; otherwise its <nav> is the landmark.
  return serviceName || slots.start || endSlot ? (
    <section aria-label={props.ariaLabel ?? 'Service information'} {...root}>
      {inside}
    </section>
  ) : (
    <div {...root}>{inside}</div>
  );
}
