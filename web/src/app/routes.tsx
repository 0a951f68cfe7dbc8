import { Outlet, createBrowserRouter } from 'react-router';
import { Layout } from '../components/Layout';
import { PageNotFound } from '../components/ErrorPage';
import { HomePage } from '../modules/frameworks/HomePage';
import { OpportunitiesPage } from '../modules/search/OpportunitiesPage';
import { OpportunityPage } from '../modules/search/OpportunityPage';
import { ServicePage } from '../modules/search/ServicePage';
import { ServiceSearchPage } from '../modules/search/ServiceSearchPage';
import { SignInPage } from '../modules/users/SignInPage';

/** The one route table of the public app. */
export const router = createBrowserRouter([
  {
    element: (
      <Layout>
        <Outlet />
      </Layout>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'g-cloud/search', element: <ServiceSearchPage /> },
      { path: 'g-cloud/services/:id', element: <ServicePage /> },
      { path: 'digital-outcomes-and-specialists/opportunities', element: <OpportunitiesPage /> },
      { path: 'digital-outcomes-and-specialists/opportunities/:id', element: <OpportunityPage /> },
      { path: '*', element: <PageNotFound /> },
    ],
  },
]);
