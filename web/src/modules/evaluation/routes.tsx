import type { RouteObject } from 'react-router';

const base = 'buyers/frameworks/:framework/requirements/:lot/:id';

/** After publishing: supplier questions, responses, award and cancel (B9, B12–B14), lazy. */
export const evaluationRoutes: RouteObject[] = [
  { path: `${base}/supplier-questions`, lazy: async () => ({ Component: (await import('./SupplierQuestionsPage')).SupplierQuestionsPage }) },
  { path: `${base}/supplier-questions/answer-question`, lazy: async () => ({ Component: (await import('./SupplierQuestionsPage')).AnswerQuestionPage }) },
  { path: `${base}/responses`, lazy: async () => ({ Component: (await import('./ResponsesPage')).ResponsesPage }) },
  { path: `${base}/responses/:responseId`, lazy: async () => ({ Component: (await import('./ResponsesPage')).ResponsePage }) },
  { path: `${base}/award`, lazy: async () => ({ Component: (await import('./AwardPages')).AwardPage }) },
  { path: `${base}/award-contract`, lazy: async () => ({ Component: (await import('./AwardPages')).AwardContractPage }) },
  { path: `${base}/award/:responseId/contract-details`, lazy: async () => ({ Component: (await import('./AwardPages')).ContractDetailsPage }) },
  { path: `${base}/cancel-award`, lazy: async () => ({ Component: (await import('./AwardPages')).CancelAwardPage }) },
  { path: `${base}/cancel`, lazy: async () => ({ Component: (await import('./AwardPages')).CancelPage }) },
];
