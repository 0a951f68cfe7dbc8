import { createContext, useContext, type ReactNode } from 'react';

/** What the kit's shared pages need to know about the app they are in. */
export interface Site {
  /** "Digital Marketplace" or "Digital Marketplace admin": ends every page title, names the service. */
  serviceName: string;
  /** Where a signed-in user lands when no page asked for them. */
  home: string;
  /** Who may sign in here: the public site refuses admins and the admin site everyone else. */
  audience: 'public' | 'admin';
  /** Where a user of this role starts after signing in or creating their account. */
  landingFor: (role: string) => string;
  /** Where "Your account" leads a user of this role, and where account settings pages return to (default `/account`). */
  accountFor?: (role: string) => string;
}

const SiteContext = createContext<Site>({ serviceName: 'Digital Marketplace', home: '/', audience: 'public', landingFor: () => '/' });

export function SiteProvider({ site, children }: { site: Site; children: ReactNode }) {
  return <SiteContext value={site}>{children}</SiteContext>;
}

export const useSite = () => useContext(SiteContext);

/** Where "Your account" is for this role on this site. */
export const accountHref = (site: Site, role: string | undefined): string => (role && site.accountFor ? site.accountFor(role) : '/account');
