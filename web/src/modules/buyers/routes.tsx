import type { RouteObject } from 'react-router';

/** Buyer accounts (A9), the buyer dashboard (B1) and buyer account settings (B15), lazy. */
export const buyersRoutes: RouteObject[] = [
  // A9: public
  { path: 'buyers/create', lazy: async () => ({ Component: (await import('./CreateBuyerAccountPage')).CreateBuyerAccountPage }) },
  { path: 'buyers/create-your-account-complete', lazy: async () => ({ Component: (await import('./CreateBuyerAccountCompletePage')).CreateBuyerAccountCompletePage }) },
  // B1 with B15's account settings: buyers only
  { path: 'buyers', lazy: async () => ({ Component: (await import('./DashboardPage')).BuyerDashboardPage }) },
];
