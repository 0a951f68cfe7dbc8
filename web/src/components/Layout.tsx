import type { ReactNode } from 'react';
import { SiteCookieBanner } from '../modules/content/SiteCookieBanner';
import { Template } from '../ui/layout/Template';

const FOOTER_LINKS = [
  { href: '/help', text: 'Help' },
  { href: '/g-cloud/suppliers', text: 'G-Cloud supplier A to Z' },
  { href: '/cookies', text: 'Cookies' },
  { href: '/privacy-notice', text: 'Privacy' },
  { href: '/accessibility-statement', text: 'Accessibility statement' },
  { href: '/terms-and-conditions', text: 'Terms and conditions' },
];

/** The public site's template: the kit's, with the cookie banner and the public footer links. */
export function Layout({ children }: { children: ReactNode }) {
  return (
    <Template footerLinks={FOOTER_LINKS} banner={<SiteCookieBanner />}>
      {children}
    </Template>
  );
}
