import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { SiteProvider, createApolloClient, type Site } from '@dm/web/ui';
import { router } from './app/routes';

const client = createApolloClient();
const SITE: Site = { serviceName: 'Digital Marketplace admin', home: '/', audience: 'admin', landingFor: () => '/' };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <SiteProvider site={SITE}>
        <RouterProvider router={router} />
      </SiteProvider>
    </ApolloProvider>
  </StrictMode>,
);
