import type { RouteObject } from 'react-router';

/** The supplier pages: opening an account (public), then everything a signed-in supplier does. */
export const supplierRoutes: RouteObject[] = [
  { path: 'suppliers/create', lazy: async () => ({ Component: (await import('./create/StartPage')).CreateSupplierStartPage }) },
  { path: 'suppliers/create/duns-number', lazy: async () => ({ Component: (await import('./create/DunsNumberPage')).DunsNumberPage }) },
  { path: 'suppliers/create/company-details', lazy: async () => ({ Component: (await import('./create/CompanyDetailsPage')).CompanyDetailsPage }) },
  { path: 'suppliers/create/login-email', lazy: async () => ({ Component: (await import('./create/LoginEmailPage')).LoginEmailPage }) },
  { path: 'suppliers/create/check-your-answers', lazy: async () => ({ Component: (await import('./create/CheckAnswersPage')).CheckAnswersPage }) },
  { path: 'suppliers/create/complete', lazy: async () => ({ Component: (await import('./create/CompletePage')).CreateSupplierCompletePage }) },
];
