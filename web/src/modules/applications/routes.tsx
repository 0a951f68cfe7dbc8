import type { RouteObject } from 'react-router';

/** The applications pages, lazy: a supplier's application to a framework (S5) and its declaration (S6). */
export const applicationsRoutes: RouteObject[] = [
  { path: 'suppliers/frameworks/:framework', lazy: async () => ({ Component: (await import('./ApplicationPage')).ApplicationPage }) },
  { path: 'suppliers/frameworks/:framework/declaration', lazy: async () => ({ Component: (await import('./DeclarationOverviewPage')).DeclarationOverviewPage }) },
  { path: 'suppliers/frameworks/:framework/declaration/start', lazy: async () => ({ Component: (await import('./DeclarationStartPage')).DeclarationStartPage }) },
  { path: 'suppliers/frameworks/:framework/declaration/reuse', lazy: async () => ({ Component: (await import('./DeclarationReusePage')).DeclarationReusePage }) },
  { path: 'suppliers/frameworks/:framework/declaration/edit/:section', lazy: async () => ({ Component: (await import('./DeclarationSectionPage')).DeclarationSectionPage }) },
];
