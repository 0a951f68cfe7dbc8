import { Outlet, createBrowserRouter } from 'react-router';
import { Layout, RequireAdmin } from '../components/Layout';
import { SignInPage } from '../modules/users/SignInPage';
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
      {
        index: true,
        element: (
          <RequireAdmin>
            <FrameworksPage />
          </RequireAdmin>
        ),
      },
      { path: 'sign-in', element: <SignInPage /> },
      { path: '*', element: <PageNotFound /> },
    ],
  },
]);
