import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
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

/** One client for the app: queries and mutations over HTTP, subscriptions over WebSocket, same origin. */
export function createApolloClient(): ApolloClient {
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
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
    cache: new InMemoryCache({ typePolicies: { Framework: { keyFields: ['slug'] } } }),
  });
}
