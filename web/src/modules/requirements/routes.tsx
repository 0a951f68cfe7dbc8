import type { RouteObject } from 'react-router';

const base = 'buyers/frameworks/:framework/requirements';
const one = `${base}/:lot/:id`;

/** DOS requirements: start pages, writing, preview, publishing, withdraw, delete, copy and the requirements dashboard (B3–B8, B10, B11), lazy. */
export const requirementsRoutes: RouteObject[] = [
  { path: 'buyers/requirements/digital-outcomes-and-specialists', lazy: async () => ({ Component: (await import('./DashboardPage')).DashboardPage }) },
  { path: `${base}/user-research-studios`, lazy: async () => ({ Component: (await import('./StartPage')).StudiosPage }) },
  { path: `${base}/:lot`, lazy: async () => ({ Component: (await import('./StartPage')).StartPage }) },
  { path: `${base}/:lot/create`, lazy: async () => ({ Component: (await import('./CreatePage')).CreatePage }) },
  { path: one, lazy: async () => ({ Component: (await import('./OverviewPage')).OverviewPage }) },
  { path: `${one}/preview`, lazy: async () => ({ Component: (await import('./PreviewPage')).PreviewPage }) },
  { path: `${one}/publish`, lazy: async () => ({ Component: (await import('./PublishPage')).PublishPage }) },
  { path: `${one}/timeline`, lazy: async () => ({ Component: (await import('./PublishPage')).TimelinePage }) },
  { path: `${one}/withdraw`, lazy: async () => ({ Component: (await import('./EndPages')).WithdrawPage }) },
  { path: `${one}/delete`, lazy: async () => ({ Component: (await import('./EndPages')).DeletePage }) },
  { path: `${one}/share`, lazy: async () => ({ Component: (await import('./SharePage')).SharePage }) },
  { path: `${one}/edit`, lazy: async () => ({ Component: (await import('./FirstQuestionPage')).FirstQuestionPage }) },
  { path: `${one}/edit/:section/:question`, lazy: async () => ({ Component: (await import('./QuestionEditPage')).QuestionEditPage }) },
  { path: `${one}/:section`, lazy: async () => ({ Component: (await import('./SectionPage')).SectionPage }) },
];
