import type { ApolloClient } from '@apollo/client';
import { Outlet, createBrowserRouter } from 'react-router';
import { Layout } from '../components/Layout';
import { PageNotFound, RouteError } from '../ui/pages/ErrorPages';
import { accountRoutes } from '../ui/app/routes';
import { preloadServiceSearch } from '../modules/search/serviceSearchQueries';
import { supplierRoutes, yourAccountPage } from '../modules/suppliers/routes';
import { contentRoutes } from '../modules/content/routes';
import { applicationsRoutes } from '../modules/applications/routes';
import { servicesRoutes } from '../modules/services/routes';
import { opportunitiesRoutes } from '../modules/opportunities/routes';
import { agreementsRoutes } from '../modules/agreements/routes';
import { submissionsRoutes } from '../modules/submissions/routes';
import { gcloudRoutes } from '../modules/gcloud/routes';
import { buyersRoutes } from '../modules/buyers/routes';
import { requirementsRoutes } from '../modules/requirements/routes';
import { evaluationRoutes } from '../modules/evaluation/routes';
import { directAwardRoutes } from '../modules/directaward/routes';

/**
 * The one route table of the public app. Each page's code is its own chunk, loaded when the page is
 * first visited; a page's loader only starts its queries (it does not wait for them), so the data
 * and the page's code arrive in parallel.
 */
export function createRouter(client: ApolloClient) {
  return createBrowserRouter([
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
            { index: true, lazy: async () => ({ Component: (await import('../modules/frameworks/HomePage')).HomePage }) },
            ...accountRoutes(yourAccountPage),
            ...supplierRoutes,
            ...contentRoutes,
            ...applicationsRoutes,
            ...servicesRoutes,
            ...opportunitiesRoutes,
            ...agreementsRoutes,
            ...submissionsRoutes,
            ...gcloudRoutes,
            ...buyersRoutes,
            ...requirementsRoutes,
            ...evaluationRoutes,
            ...directAwardRoutes,
            {
              path: 'g-cloud/search',
              loader: ({ request }) => {
                preloadServiceSearch(client, new URL(request.url));
                return null;
              },
              lazy: async () => ({ Component: (await import('../modules/search/ServiceSearchPage')).ServiceSearchPage }),
            },
            { path: 'g-cloud/services/:id', lazy: async () => ({ Component: (await import('../modules/search/ServicePage')).ServicePage }) },
            { path: 'digital-outcomes-and-specialists/opportunities', lazy: async () => ({ Component: (await import('../modules/search/OpportunitiesPage')).OpportunitiesPage }) },
            { path: 'digital-outcomes-and-specialists/opportunities/:id', lazy: async () => ({ Component: (await import('../modules/search/OpportunityPage')).OpportunityPage }) },
            { path: '*', Component: PageNotFound },
          ],
        },
      ],
    },
  ]);
}
