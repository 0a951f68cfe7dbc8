import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';

/** The WebSocket link for subscriptions (loaded on the first subscription, see apollo.ts). */
export function createWsLink(): GraphQLWsLink {
  const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
  return new GraphQLWsLink(createClient({ url, lazy: true }));
}
