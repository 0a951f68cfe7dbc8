import { Outlet, createBrowserRouter } from 'react-router';
import { Layout } from '../components/Layout';
import { PageNotFound } from '../components/ErrorPage';
import { FrameworksPage } from '../modules/frameworks/FrameworksPage';

/** The one route table of the admin app. */
export const router = createBrowserRouter([
  {
    element: (
      <Layout>
        <Outlet />
      </Layout>
    ),
    children: [
      { index: true, element: <FrameworksPage /> },
      { path: '*', element: <PageNotFound /> },
    ],
  },
]);
