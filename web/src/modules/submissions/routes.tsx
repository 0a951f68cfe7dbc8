import type { RouteObject } from 'react-router';

const base = 'suppliers/frameworks/:framework/submissions';

/** The services of an application (S7), lazy: the list, the lot chosen, drafts and copies from the previous framework. */
export const submissionsRoutes: RouteObject[] = [
  { path: base, lazy: async () => ({ Component: (await import('./ServicesPage')).ServicesPage }) },
  { path: `${base}/service-type`, lazy: async () => ({ Component: (await import('./ServiceTypePage')).ServiceTypePage }) },
  { path: `${base}/:lot`, lazy: async () => ({ Component: (await import('./LotPage')).LotPage }) },
  { path: `${base}/:lot/create`, lazy: async () => ({ Component: (await import('./CreatePage')).CreatePage }) },
  { path: `${base}/:lot/previous-services`, lazy: async () => ({ Component: (await import('./PreviousServicesPage')).PreviousServicesPage }) },
  { path: `${base}/:lot/copy-all-previous-framework-services`, lazy: async () => ({ Component: (await import('./PreviousServicesPage')).CopyAllPage }) },
  { path: `${base}/:lot/:id`, lazy: async () => ({ Component: (await import('./DraftPage')).DraftPage }) },
  { path: `${base}/:lot/:id/remove`, lazy: async () => ({ Component: (await import('./RemoveDraftPage')).RemoveDraftPage }) },
  { path: `${base}/:lot/:id/edit/:section`, lazy: async () => ({ Component: (await import('./EditSectionPage')).EditSectionPage }) },
  { path: `${base}/:lot/:id/edit/:section/:page`, lazy: async () => ({ Component: (await import('./EditSectionPage')).EditSectionPage }) },
];
