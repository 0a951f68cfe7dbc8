import type { RouteObject } from 'react-router';

/**
 * The content pages (help, cookies, privacy, accessibility, terms, crown hosting), the G-Cloud
 * supplier A to Z and supplier pages, "become a supplier" and its mailing list, lazy.
 */
export const contentRoutes: RouteObject[] = [
  { path: 'help', lazy: async () => ({ Component: (await import('./HelpPage')).HelpPage }) },
  { path: 'cookies', lazy: async () => ({ Component: (await import('./CookiesPage')).CookiesPage }) },
  { path: 'privacy-notice', lazy: async () => ({ Component: (await import('./PrivacyNoticePage')).PrivacyNoticePage }) },
  { path: 'accessibility-statement', lazy: async () => ({ Component: (await import('./AccessibilityStatementPage')).AccessibilityStatementPage }) },
  { path: 'terms-and-conditions', lazy: async () => ({ Component: (await import('./TermsAndConditionsPage')).TermsAndConditionsPage }) },
  { path: 'crown-hosting', lazy: async () => ({ Component: (await import('./CrownHostingPage')).CrownHostingPage }) },
  { path: 'g-cloud/suppliers', lazy: async () => ({ Component: (await import('./SupplierAToZPage')).SupplierAToZPage }) },
  { path: 'g-cloud/supplier/:id', lazy: async () => ({ Component: (await import('./SupplierPage')).SupplierPage }) },
  { path: 'suppliers/supply', lazy: async () => ({ Component: (await import('./BecomeASupplierPage')).BecomeASupplierPage }) },
  { path: 'suppliers/mailing-list', lazy: async () => ({ Component: (await import('./MailingListPage')).MailingListPage }) },
];
