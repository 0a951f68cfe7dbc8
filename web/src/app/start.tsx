import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createRouter } from './routes';
import { SiteProvider, type Site } from '../ui/app/site';

const SITE: Site = {
  serviceName: 'Digital Marketplace',
  home: '/',
  audience: 'public',
  // Suppliers and buyers start at their dashboards.
  landingFor: (role) => (role === 'SUPPLIER' ? '/suppliers' : role === 'BUYER' ? '/buyers' : '/'),
  // A buyer's dashboard is their account (B15 settings are on it); suppliers have "Your account".
  accountFor: (role) => (role === 'BUYER' ? '/buyers' : '/account'),
};

/** Renders the app: React, the router and the page's code (see main.tsx for what runs before). */
export function start(client: ApolloClient): void {
  const router = createRouter(client);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <SiteProvider site={SITE}>
          <RouterProvider router={router} />
        </SiteProvider>
      </ApolloProvider>
    </StrictMode>,
  );
}
