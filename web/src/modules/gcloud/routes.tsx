import { Navigate, type RouteObject } from 'react-router';
import { GONE_PATHS, MOVED_GUIDES } from './guides';
import { START_PATH } from './paths';

/**
 * A2 G-Cloud entry, lazy: `/g-cloud` goes on to the direct award start page, then the category
 * choice that leads to the search; old guide addresses go on to GOV.UK, or say they are gone.
 */
export const gcloudRoutes: RouteObject[] = [
  { path: 'g-cloud', element: <Navigate replace to={START_PATH} /> },
  { path: 'buyers/direct-award/g-cloud/start', lazy: async () => ({ Component: (await import('./StartPage')).StartPage }) },
  { path: 'buyers/direct-award/g-cloud/choose-lot', lazy: async () => ({ Component: (await import('./ChooseLotPage')).ChooseLotPage }) },
  ...MOVED_GUIDES.map((guide) => ({ path: guide.path, lazy: async () => ({ Component: (await import('./MovedGuidePage')).MovedGuidePage }) })),
  ...GONE_PATHS.map((path) => ({ path, lazy: async () => ({ Component: (await import('./MovedGuidePage')).PageGone }) })),
];
