import type { ReactNode } from 'react';
import { ScrollRestoration, useLocation } from 'react-router';
import { accountHref, useSite } from '../app/site';
import { Footer, type FooterLink } from '../govuk/Footer';
import { Header } from '../govuk/Header';
import { LinkProvider } from '../govuk/links';
import { PhaseBanner } from '../govuk/PhaseBanner';
import { ServiceNavigation, type ServiceNavigationItem } from '../govuk/ServiceNavigation';
import { SkipLink } from '../govuk/SkipLink';
import { ROLE_LABELS } from '../session/roles';
import { useViewer } from '../session/session';
import { RouterLink } from './RouterLink';

export interface TemplateProps {
  /** The app's own navigation, before the account links the template adds. */
  navigation?: ServiceNavigationItem[];
  /** Links in the footer's meta list (help, cookies, privacy…). */
  footerLinks?: FooterLink[];
  /** Shown first on every page, before the skip link (the cookie banner). */
  banner?: ReactNode;
  /** Where "Give feedback" in the phase banner goes. */
  feedbackHref?: string;
  children: ReactNode;
}

/** Marks the item the user is on (the page) or in (its section). */
function marked(item: ServiceNavigationItem, pathname: string): ServiceNavigationItem {
  if (!item.href) return item;
  if (item.href === pathname) return { ...item, current: true };
  return item.href !== '/' && pathname.startsWith(`${item.href}/`) ? { ...item, active: true } : item;
}

function useAccountItems(): ServiceNavigationItem[] {
  const { data } = useViewer();
  const site = useSite();
  if (!data) return [];
  if (!data.viewer) return [{ href: '/sign-in', text: 'Sign in' }];
  const { viewer } = data;
  const label = site.audience === 'admin' ? `${viewer.name} (${ROLE_LABELS[viewer.role]})` : viewer.name;
  return [{ text: <span data-testid="signed-in-as">{label}</span> }, { href: accountHref(site, viewer.role), text: 'Your account' }, { href: '/sign-out', text: 'Sign out' }];
}

/**
 * The GOV.UK page template both apps use: skip link, header, service navigation (the app's items
 * and the account links), phase banner, the page in <main>, and the footer. As GOV.UK's template,
 * the header and the footer are landmarks (<header>, <footer>) around the components. Links of the kit inside
 * it navigate client-side.
 */
export function Template({ navigation = [], footerLinks = [], banner, feedbackHref = '/help', children }: TemplateProps) {
  const site = useSite();
  const { pathname } = useLocation();
  const items = [...navigation, ...useAccountItems()].map((item) => marked(item, pathname));
  return (
    <LinkProvider value={RouterLink}>
      <ScrollRestoration />
      {banner}
      <SkipLink href="#main-content" text="Skip to main content" />
      <header className="govuk-template__header">
        <Header homepageUrl="https://www.gov.uk/" />
        <ServiceNavigation
          serviceName={site.serviceName}
          serviceUrl={site.home}
          navigation={items}
          classes={site.audience === 'admin' ? 'govuk-service-navigation--inverse' : undefined}
        />
      </header>
      <div className="govuk-width-container">
        <PhaseBanner tag={{ text: 'Beta' }}>
          This is a new service. Help us improve it and{' '}
          <a className="govuk-link" href={feedbackHref}>
            give your feedback
          </a>
          .
        </PhaseBanner>
        <main className="govuk-main-wrapper" id="main-content">
          {children}
        </main>
      </div>
      <footer className="govuk-template__footer">
        <Footer meta={footerLinks.length ? { items: footerLinks, visuallyHiddenTitle: 'Support links' } : undefined} />
      </footer>
    </LinkProvider>
  );
}
