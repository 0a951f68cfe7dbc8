import type { RouteObject } from 'react-router';

/**
 * The account pages every app has, as lazy routes: sign in and out, forgotten password and its
 * emailed link, an invitation's link, your account and changing your password.
 */
export const accountRoutes = (yourAccount: RouteObject['lazy'] = async () => ({ Component: (await import('../pages/YourAccountPage')).YourAccountPage })): RouteObject[] => [
  { path: 'sign-in', lazy: async () => ({ Component: (await import('../pages/SignInPage')).SignInPage }) },
  { path: 'sign-out', lazy: async () => ({ Component: (await import('../pages/SignOutPage')).SignOutPage }) },
  { path: 'reset-password', lazy: async () => ({ Component: (await import('../pages/ForgottenPasswordPage')).ForgottenPasswordPage }) },
  { path: 'reset-password/:token', lazy: async () => ({ Component: (await import('../pages/ResetPasswordPage')).ResetPasswordPage }) },
  { path: 'create-account/:token', lazy: async () => ({ Component: (await import('../pages/CreateAccountPage')).CreateAccountPage }) },
  { path: 'account', lazy: yourAccount },
  { path: 'account/change-password', lazy: async () => ({ Component: (await import('../pages/ChangePasswordPage')).ChangePasswordPage }) },
];
