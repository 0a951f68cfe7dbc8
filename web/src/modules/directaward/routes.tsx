import { Navigate, type RouteObject } from 'react-router';

const P = 'buyers/direct-award/g-cloud';
const project = `${P}/projects/:id`;

/** G-Cloud direct award: saved searches, projects, end search, downloads, outcome (§5, A13), lazy. */
export const directAwardRoutes: RouteObject[] = [
  { path: P, lazy: async () => ({ Component: (await import('./SavedSearchesPage')).SavedSearchesPage }) },
  { path: `${P}/projects`, element: <Navigate replace to={`/${P}`} /> },
  { path: `${P}/save-search`, lazy: async () => ({ Component: (await import('./SaveSearchPages')).SaveSearchPage }) },
  { path: `${P}/save-new-search`, lazy: async () => ({ Component: (await import('./SaveSearchPages')).SaveNewSearchPage }) },
  { path: project, lazy: async () => ({ Component: (await import('./ProjectPage')).ProjectPage }) },
  { path: `${project}/end-search`, lazy: async () => ({ Component: (await import('./EndSearchPage')).EndSearchPage }) },
  { path: `${project}/results`, lazy: async () => ({ Component: (await import('./ResultsPage')).ResultsPage }) },
  { path: `${project}/results/download`, lazy: async () => ({ Component: (await import('./ResultsPage')).DownloadPage }) },
  { path: `${project}/did-you-award-contract`, lazy: async () => ({ Component: (await import('./OutcomePages')).DidYouAwardPage }) },
  { path: `${project}/which-service-won-contract`, lazy: async () => ({ Component: (await import('./OutcomePages')).WhichServicePage }) },
  { path: `${project}/why-didnt-you-award-contract`, lazy: async () => ({ Component: (await import('./OutcomePages')).WhyNotPage }) },
  { path: `${project}/outcomes/:outcomeId/tell-us-about-contract`, lazy: async () => ({ Component: (await import('./OutcomePages')).TellUsAboutContractPage }) },
];
