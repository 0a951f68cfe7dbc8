import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The admin app talks to the API through its own origin, so it carries its own session cookie. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache({ typePolicies: { Framework: { keyFields: ['slug'] } } }),
  });
}
