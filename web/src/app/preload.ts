import type { ApolloClient } from '@apollo/client';
import { preloadServiceSearch } from '../modules/search/serviceSearchQueries';
import { preloadViewer } from '../ui/session/viewer';

/**
 * Starts the queries the page at this URL asks first, so that they run while React and the page's
 * code load. The page then gets them from Apollo's cache or joins the request in flight. Kept free
 * of React so that the entry can call it before loading React.
 */
export function preloadPage(client: ApolloClient, url: URL): void {
  preloadViewer(client);
  if (url.pathname.replace(/\/$/, '') === '/g-cloud/search') preloadServiceSearch(client, url);
}
