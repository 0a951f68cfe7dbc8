import type { RouteObject } from 'react-router';

/** The opportunities pages of a signed-in supplier, lazy: asking a question (S12), the dashboard (S13) and applying for one (S11: start, a question a page, check and submit, what happens next). */
export const opportunitiesRoutes: RouteObject[] = [
  { path: 'suppliers/opportunities/:id/ask-a-question', lazy: async () => ({ Component: (await import('./AskQuestionPage')).AskQuestionPage }) },
  { path: 'suppliers/opportunities/:id/responses/start', lazy: async () => ({ Component: (await import('./ResponseStartPage')).ResponseStartPage }) },
  { path: 'suppliers/opportunities/:id/responses/result', lazy: async () => ({ Component: (await import('./ResponseResultPage')).ResponseResultPage }) },
  { path: 'suppliers/opportunities/:id/responses/:responseId', lazy: async () => ({ Component: (await import('./ResponseQuestionPage')).ResponseResumePage }) },
  {
    path: 'suppliers/opportunities/:id/responses/:responseId/application',
    lazy: async () => ({ Component: (await import('./ResponseApplicationPage')).ResponseApplicationPage }),
  },
  { path: 'suppliers/opportunities/:id/responses/:responseId/:questionId', lazy: async () => ({ Component: (await import('./ResponseQuestionPage')).ResponseQuestionPage }) },
  {
    path: 'suppliers/opportunities/:id/responses/:responseId/:questionId/edit',
    lazy: async () => ({ Component: (await import('./ResponseQuestionPage')).ResponseEditQuestionPage }),
  },
  {
    path: 'suppliers/opportunities/frameworks/:framework',
    lazy: async () => ({ Component: (await import('./OpportunitiesDashboardPage')).OpportunitiesDashboardPage }),
  },
];
