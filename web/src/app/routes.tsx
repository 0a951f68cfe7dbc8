import { Outlet, createBrowserRouter } from 'react-router';
import { Layout } from '../components/Layout';
import { PageNotFound } from '../components/ErrorPage';
import { HomePage } from '../modules/frameworks/HomePage';
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
      { path: '*', element: <PageNotFound /> },
    ],
  },
]);
