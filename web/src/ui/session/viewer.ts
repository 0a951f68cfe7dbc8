import type { ApolloClient } from '@apollo/client';
import { graphql } from '../gql';

/** Kept apart from the session hooks so that the entry can start it without loading React. */
export const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      id
      name
      email
      role
    }
  }
`);

/** Starts the viewer query before the template renders (the template asks it again, from the cache). */
export function preloadViewer(client: ApolloClient): void {
  client.query({ query: ViewerDocument }).catch(() => undefined);
}
