import type { RouteObject } from 'react-router';

/**
 * The services pages, lazy: a supplier's live services (S10) and, kept here with them, a
 * framework's updates for suppliers (S8).
 */
export const servicesRoutes: RouteObject[] = [
  { path: 'suppliers/services', lazy: async () => ({ Component: (await import('./YourServicesPage')).YourServicesPage }) },
  { path: 'suppliers/services/:id', lazy: async () => ({ Component: (await import('./SupplierServicePage')).SupplierServicePage }) },
  { path: 'suppliers/services/:id/edit/:section', lazy: async () => ({ Component: (await import('./EditServiceSectionPage')).EditServiceSectionPage }) },
  { path: 'suppliers/services/:id/remove', lazy: async () => ({ Component: (await import('./RemoveServicePage')).RemoveServicePage }) },
  { path: 'suppliers/frameworks/:framework/updates', lazy: async () => ({ Component: (await import('./FrameworkUpdatesPage')).FrameworkUpdatesPage }) },
];
