import type { RouteObject } from 'react-router';

/** "Your account" with a supplier's company links and the user research list (for `accountRoutes`). */
export const yourAccountPage: RouteObject['lazy'] = async () => ({ Component: (await import('./account/AccountPage')).AccountPage });

/** The supplier pages: opening an account (public), then everything a signed-in supplier does. */
export const supplierRoutes: RouteObject[] = [
  { path: 'suppliers/create', lazy: async () => ({ Component: (await import('./create/StartPage')).CreateSupplierStartPage }) },
  { path: 'suppliers/create/duns-number', lazy: async () => ({ Component: (await import('./create/DunsNumberPage')).DunsNumberPage }) },
  { path: 'suppliers/create/company-details', lazy: async () => ({ Component: (await import('./create/CompanyDetailsPage')).CompanyDetailsPage }) },
  { path: 'suppliers/create/login-email', lazy: async () => ({ Component: (await import('./create/LoginEmailPage')).LoginEmailPage }) },
  { path: 'suppliers/create/check-your-answers', lazy: async () => ({ Component: (await import('./create/CheckAnswersPage')).CheckAnswersPage }) },
  { path: 'suppliers/create/complete', lazy: async () => ({ Component: (await import('./create/CompletePage')).CreateSupplierCompletePage }) },
  // S2 dashboard
  { path: 'suppliers', lazy: async () => ({ Component: (await import('./dashboard/DashboardPage')).SupplierDashboardPage }) },
  // S3 company details
  { path: 'suppliers/details', lazy: async () => ({ Component: (await import('./details/CompanyDetailsPage')).CompanyDetailsPage }) },
  { path: 'suppliers/what-buyers-will-see/edit', lazy: async () => ({ Component: (await import('./details/WhatBuyersSeePage')).WhatBuyersSeePage }) },
  { path: 'suppliers/registered-company-name/edit', lazy: async () => ({ Component: (await import('./details/RegisteredNamePage')).RegisteredNamePage }) },
  { path: 'suppliers/registered-address/edit', lazy: async () => ({ Component: (await import('./details/RegisteredAddressPage')).RegisteredAddressPage }) },
  { path: 'suppliers/registration-number/edit', lazy: async () => ({ Component: (await import('./details/RegistrationNumberPage')).RegistrationNumberPage }) },
  { path: 'suppliers/trading-status/edit', lazy: async () => ({ Component: (await import('./details/TradingStatusPage')).TradingStatusPage }) },
  { path: 'suppliers/organisation-size/edit', lazy: async () => ({ Component: (await import('./details/OrganisationSizePage')).OrganisationSizePage }) },
  { path: 'suppliers/vat-number/edit', lazy: async () => ({ Component: (await import('./details/VatNumberPage')).VatNumberPage }) },
  { path: 'suppliers/duns-number/edit', lazy: async () => ({ Component: (await import('./details/DunsNumberPage')).DunsNumberCorrectionPage }) },
  // S4 contributors
  { path: 'suppliers/users', lazy: async () => ({ Component: (await import('./users/ContributorsPage')).ContributorsPage }) },
  { path: 'suppliers/invite-user', lazy: async () => ({ Component: (await import('./users/InviteContributorPage')).InviteContributorPage }) },
  { path: 'suppliers/users/:id/remove', lazy: async () => ({ Component: (await import('./users/RemoveContributorPage')).RemoveContributorPage }) },
  // S14 account settings (any signed-in user may use the mailing list page)
  { path: 'account/user-research', lazy: async () => ({ Component: (await import('./account/UserResearchPage')).UserResearchPage }) },
];
