import { Outlet, createBrowserRouter } from 'react-router';
import { PageNotFound, RouteError, accountRoutes } from '@dm/web/ui';
import { Layout, RequireAdmin } from '../components/Layout';

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
          {
            index: true,
            lazy: async () => {
              const { FrameworksPage } = await import('../modules/frameworks/FrameworksPage');
              return {
                Component: () => (
                  <RequireAdmin>
                    <FrameworksPage />
                  </RequireAdmin>
                ),
              };
            },
          },
          ...accountRoutes(),
          { path: '*', Component: PageNotFound },
        ],
      },
    ],
  },
]);
