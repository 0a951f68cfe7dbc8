import type { RouteObject } from 'react-router';

/** The opportunities pages of a signed-in supplier, lazy: asking a question (S12), the dashboard (S13) and the start of an application (S11). */
export const opportunitiesRoutes: RouteObject[] = [
  { path: 'suppliers/opportunities/:id/ask-a-question', lazy: async () => ({ Component: (await import('./AskQuestionPage')).AskQuestionPage }) },
  { path: 'suppliers/opportunities/:id/responses/start', lazy: async () => ({ Component: (await import('./ResponseStartPage')).ResponseStartPage }) },
  {
    path: 'suppliers/opportunities/frameworks/:framework',
    lazy: async () => ({ Component: (await import('./OpportunitiesDashboardPage')).OpportunitiesDashboardPage }),
  },
];
