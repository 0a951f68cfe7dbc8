import { Outlet, createBrowserRouter } from 'react-router';
import { PageNotFound, RouteError, accountRoutes } from '@dm/web/ui';
import { Layout } from '../components/Layout';
import { RequireTask } from './RequireTask';

/** The one route table of the admin app: lazy pages, the kit's account pages, a 404 for the rest. */
export const router = createBrowserRouter([
  {
    element: (
      <Layout>
        <Outlet />
      </Layout>
    ),
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        hydrateFallbackElement: <p className="govuk-body">Loading…</p>,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('../modules/home/HomePage')).HomePage }) },
          {
            path: 'frameworks',
            lazy: async () => {
              const { FrameworksPage } = await import('../modules/frameworks/FrameworksPage');
              return { Component: () => <RequireTask id="frameworks">{() => <FrameworksPage />}</RequireTask> };
            },
          },
          // AD15 admin accounts (admin-managers)
          { path: 'admin-users', lazy: async () => ({ Component: (await import('../modules/adminusers/AdminUsersPage')).AdminUsersPage }) },
          { path: 'admin-users/invite', lazy: async () => ({ Component: (await import('../modules/adminusers/InviteAdminPage')).InviteAdminPage }) },
          { path: 'admin-users/:id/edit', lazy: async () => ({ Component: (await import('../modules/adminusers/EditAdminPage')).EditAdminPage }) },
          ...accountRoutes(),
          { path: '*', Component: PageNotFound },
        ],
      },
    ],
  },
]);
