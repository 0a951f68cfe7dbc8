import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { getMainDefinition } from '@apollo/client/utilities';
import { from, mergeMap } from 'rxjs';

/**
 * Subscriptions over WebSocket, with graphql-ws loaded on the first subscription: no page needs it
 * to show its first content, so it stays out of the initial JavaScript.
 */
function lazySubscriptionLink(): ApolloLink {
  let link: Promise<ApolloLink> | undefined;
  const load = () => (link ??= import('./websocket').then(({ createWsLink }) => createWsLink()));
  return new ApolloLink((operation, forward) => from(load()).pipe(mergeMap((ws) => ws.request(operation, forward))));
}

/** The SHA-256 of a query's text, as automatic persisted queries name it (hex). */
async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Queries go by their hash over GET (automatic persisted queries): short URLs that the browser or a
 * CDN may cache when the API marks the answer public (anonymous public reads). An unknown hash is
 * sent once more with its text, and the API keeps it. Mutations stay POST. Where the page is not a
 * secure context there is no Web Crypto: queries are then plain POSTs.
 */
function persistedQueries(): ApolloLink {
  if (!globalThis.crypto?.subtle) return new ApolloLink((operation, forward) => forward(operation));
  return new PersistedQueryLink({ sha256, useGETForHashedQueries: true });
}

/** One client for the app: queries and mutations over HTTP, subscriptions over WebSocket, same origin. */
export function createApolloClient(): ApolloClient {
  // A GET needs a header a cross-site form cannot send (the API's CSRF rule); harmless on a POST.
  const http = persistedQueries().concat(new HttpLink({ uri: '/graphql', credentials: 'same-origin', headers: { 'apollo-require-preflight': 'true' } }));
  const link = ApolloLink.split(
    ({ query }) => {
      const def = getMainDefinition(query);
      return def.kind === 'OperationDefinition' && def.operation === 'subscription';
    },
    lazySubscriptionLink(),
    http,
  );
  return new ApolloClient({
    link,
    cache: new InMemoryCache({
      typePolicies: {
        Framework: { keyFields: ['slug'] },
        // A question's id is its answer key: the same key is a different question in another form or lot
        // (and a dynamic list's children repeat keys within one form), so questions stay inside their form.
        FormQuestion: { keyFields: false },
      },
    }),
  });
}
