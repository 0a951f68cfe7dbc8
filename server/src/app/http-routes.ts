import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from './context.js';

/** What a module's HTTP endpoints get from the API: the same per-request context GraphQL resolvers get. */
export interface RouteTools {
  /** The request's context: its EntityManager fork, surface, viewer (from the site's cookie) and adapters. */
  context(request: FastifyRequest): Promise<AppContext>;
  /** Origins whose pages may send requests with the session cookie (the two sites unless configured). */
  allowedOrigins: readonly string[];
}

/**
 * HTTP endpoints of a module besides GraphQL (file uploads and downloads), registered in their own
 * encapsulated Fastify context under `prefix`, so that parsers they add apply to them alone.
 */
export interface HttpRoutes {
  prefix: string;
  /** The largest request body these endpoints take (the API's default otherwise); they enforce finer limits themselves. */
  maxBodyBytes?: number;
  register(app: FastifyInstance, tools: RouteTools): Promise<void>;
}
