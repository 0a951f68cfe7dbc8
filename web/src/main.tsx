import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import './app/app.css';
import { createApolloClient } from './ui/app/apollo';
import { preloadPage } from './app/preload';

// The first page's queries start as soon as Apollo has loaded, while React, the router and the
// page's code are still loading and compiling (index.html preloads them too), not after they have.
const client = createApolloClient();
preloadPage(client, new URL(window.location.href));
void import('./app/start').then(({ start }) => start(client));
