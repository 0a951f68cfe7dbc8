import type { RouteObject } from 'react-router';

/** The framework agreement pages (S9), lazy. */
export const agreementsRoutes: RouteObject[] = [
  {
    path: 'suppliers/frameworks/:framework/start-framework-agreement-signing',
    lazy: async () => ({ Component: (await import('./StartSigningPage')).StartSigningPage }),
  },
  {
    path: 'suppliers/frameworks/:framework/legal-authority-needed',
    lazy: async () => ({ Component: (await import('./LegalAuthorityNeededPage')).LegalAuthorityNeededPage }),
  },
  {
    path: 'suppliers/frameworks/:framework/sign-framework-agreement',
    lazy: async () => ({ Component: (await import('./SignAgreementPage')).SignAgreementPage }),
  },
  {
    path: 'suppliers/frameworks/:framework/framework-agreement-signed',
    lazy: async () => ({ Component: (await import('./AgreementSignedPage')).AgreementSignedPage }),
  },
];
