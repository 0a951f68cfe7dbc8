import type { ReactNode } from 'react';
import { cx, inner, type Attributes } from './common';
import { Link } from './links';
import { Logo } from './Logo';
import { domAttributes } from './props';

export interface FooterLink {
  href: string;
  text: ReactNode;
  attributes?: Attributes;
}

/** A titled group of links above the footer's meta area. */
export interface FooterNavigation {
  title: ReactNode;
  items?: FooterLink[];
  /** A grid column width ("one-half", "two-thirds"), "full" unless given. */
  width?: string;
  /** Lists the links in this many columns. */
  columns?: number;
}

/** The support links (cookies, accessibility statement, privacy) and custom text at the foot. */
export interface FooterMeta {
  items?: FooterLink[];
  /** The hidden heading over the links, "Support links" unless given. */
  visuallyHiddenTitle?: string;
  text?: ReactNode;
  html?: string;
}

export interface FooterProps {
  navigation?: FooterNavigation[];
  meta?: FooterMeta;
  /** The content licence statement: the Open Government Licence unless given; null leaves it out. */
  contentLicence?: { text?: ReactNode; html?: string } | null;
  /** The copyright statement, "© Crown copyright" unless given. */
  copyright?: { text?: ReactNode; html?: string };
  containerClasses?: string;
  classes?: string;
  attributes?: Attributes;
}

const licenceUrl = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';
const copyrightUrl = 'https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/';
// The Open Government Licence's symbol.
const licenceLogo =
  'M421.5 142.8V.1l-50.7 32.3v161.1h112.4v-50.7zm-122.3-9.6A47.12 47.12 0 0 1 221 97.8c0-26 21.1-47.1 47.1-47.1 16.7 0 31.4 8.7 39.7 21.8l42.7-27.2A97.63 97.63 0 0 0 268.1 0c-36.5 0-68.3 20.1-85.1 49.7A98 98 0 0 0 97.8 0C43.9 0 0 43.9 0 97.8s43.9 97.8 97.8 97.8c36.5 0 68.3-20.1 85.1-49.7a97.76 97.76 0 0 0 149.6 25.4l19.4 22.2h3v-87.8h-80l24.3 27.5zM97.8 145c-26 0-47.1-21.1-47.1-47.1s21.1-47.1 47.1-47.1 47.2 21 47.2 47S123.8 145 97.8 145';

const hasContent = (content: { text?: ReactNode; html?: string } | undefined) => Boolean(content?.html || content?.text);

function Section({ nav }: { nav: FooterNavigation }) {
  const items = (nav.items ?? []).filter((item) => item.href && item.text);
  return (
    <div className={`govuk-footer__section govuk-grid-column-${nav.width || 'full'}`}>
      <h2 className="govuk-footer__heading govuk-heading-m">{nav.title}</h2>
      {(nav.items?.length ?? 0) > 0 && (
        <ul className={cx('govuk-footer__list', nav.columns ? `govuk-footer__list--columns-${nav.columns}` : undefined)}>
          {items.map((item, i) => (
            <li key={i} className="govuk-footer__list-item">
              <Link className="govuk-footer__link" href={item.href} {...domAttributes(item.attributes)}>
                {item.text}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Meta({ meta }: { meta: FooterMeta }) {
  return (
    <>
      <h2 className="govuk-visually-hidden">{meta.visuallyHiddenTitle || 'Support links'}</h2>
      {(meta.items?.length ?? 0) > 0 && (
        <ul className="govuk-footer__inline-list">
          {meta.items?.map((item, i) => (
            <li key={i} className="govuk-footer__inline-list-item">
              <Link className="govuk-footer__link" href={item.href} {...domAttributes(item.attributes)}>
                {item.text}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {hasContent(meta) && <div className="govuk-footer__meta-custom" {...inner(meta.html || undefined, meta.text)} />}
    </>
  );
}

function Licence({ licence }: { licence: FooterProps['contentLicence'] }) {
  const standard = (
    <>
      All content is available under the{' '}
      <a className="govuk-footer__link" href={licenceUrl} rel="license">
        Open Government Licence v3.0
      </a>
      , except where otherwise stated
    </>
  );
  return (
    <>
      <svg aria-hidden="true" focusable="false" className="govuk-footer__licence-logo" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 483.2 195.7" height="17" width="41">
        <path fill="currentColor" d={licenceLogo} />
      </svg>
      <span className="govuk-footer__licence-description" {...(hasContent(licence ?? undefined) ? inner(licence?.html || undefined, licence?.text) : { children: standard })} />
    </>
  );
}

/** GOV.UK footer: optional navigation, support links, the content licence and Crown copyright. */
export function Footer({ navigation, meta, contentLicence, copyright, containerClasses, classes, attributes }: FooterProps) {
  return (
    <div className={cx('govuk-footer', classes)} {...domAttributes(attributes)}>
      <div className={cx('govuk-width-container', containerClasses)}>
        <Logo className="govuk-footer__crown" useLogotype={false} />
        {navigation && navigation.length > 0 && (
          <>
            <div className="govuk-footer__navigation">
              {navigation.map((nav, i) => (
                <Section key={i} nav={nav} />
              ))}
            </div>
            <hr className="govuk-footer__section-break" />
          </>
        )}
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            {meta && <Meta meta={meta} />}
            {contentLicence !== null && <Licence licence={contentLicence} />}
          </div>
          <div className="govuk-footer__meta-item">
            <a
              className="govuk-footer__link govuk-footer__copyright-logo"
              href={copyrightUrl}
              {...(hasContent(copyright) ? inner(copyright?.html || undefined, copyright?.text) : { children: '© Crown copyright' })}
            />
          </div>
        </div>
      </div>
    </div>
  );
}
