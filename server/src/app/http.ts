import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import type { MikroORM } from '@mikro-orm/postgresql';
import Fastify, { LogController, type FastifyInstance } from 'fastify';

import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import type { IncomingMessage } from 'node:http';
import { GraphQLError, specifiedRules, validate, type ExecutionArgs, type OperationDefinitionNode } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import { Surface, createContext, type AppContext, type IdentifyViewer, type SessionCookie } from './context.js';
import { DATABASE_UNAVAILABLE_MESSAGE, DomainError, createFormatError, forbidden, isDatabaseUnavailable, requestError } from './errors.js';
import { QUERY_LIMITS, parseLimited, queryLimitRules } from './limits.js';
import { createNetworkRules, type NetworkRules } from './network.js';
import { createRateLimits } from './rate-limit.js';
import { guardOperation, requestGuardPlugin } from './request-guard.js';
import type { JobQueue } from './jobs.js';
import type { AnswerSchemas } from './answer-schemas.js';
import type { ContentCatalogue } from './content-port.js';
import type { SearchIndex } from './search-port.js';
import type { EventWatcher } from './event-watch.js';
import type { TransactionHandler } from './events.js';
import type { Logger } from './logger.js';
import { startNotifyBridge } from './pubsub.js';
import { publicReadsPlugin, type CacheHints, type PublicReadCache } from './public-reads.js';
import type { AppSchema } from './schema.js';
import type { HttpRoutes } from './http-routes.js';
import type { DocumentStorage } from './storage-port.js';
import { createDocumentStorage } from './storage/index.js';

export interface HttpDeps {
  orm: MikroORM;
  /** The schema with its subscriptions' pub/sub (`buildAppSchema`). */
  schema: AppSchema;
  clock: Clock;
  logger: Logger;
  config: Config;
  jobs: JobQueue;
  identify: IdentifyViewer;
  schemas: AnswerSchemas;
  search: SearchIndex;
  /** The process's framework content catalogue (one per process, shared by every request). */
  content: ContentCatalogue;
  /** Every module's in-transaction subscribers (given by the entry point, like the resolvers). */
  inTransaction: readonly TransactionHandler[];
  /**
   * The process's domain event watcher (built by the composition root with the modules' process
   * subscribers): started before the API takes requests, so that a framework change reaches this
   * process's content and reference data; stopped on close.
   */
  watcher?: EventWatcher;
  /**
   * Anonymous public reads answered from the process's cache and marked cacheable (absent when
   * PUBLIC_CACHE is off): the cache is dropped on every search index update, here, and on the
   * domain events a visitor can see, by the watcher's subscriber the composition root gave it.
   */
  publicReads?: { cache: PublicReadCache; hints: CacheHints };
  /** The document storage the request contexts carry (built from the configuration when absent). */
  storage?: DocumentStorage;
  /** Every module's HTTP endpoints besides GraphQL. */
  routes?: readonly HttpRoutes[];
  /** Records a request refused by the admin IP allow-list (an audit event; given by the entry point). */
  recordAdminRefusal(em: EntityManager, now: Date, refusal: { ip: string; host: string; path: string; hadAdminCookie: boolean }): Promise<void>;
}

/** The largest request body (HTTP) and WebSocket message the API reads. */
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;
const WS_MESSAGE_LIMIT_BYTES = 64 * 1024;
/** Oversized bodies up to this size are read and dropped before the 413 is sent (see the onRequest hook). */
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;

/** A response refused before GraphQL runs, in the shape GraphQL errors have. */
const errorBody = (message: string, code: string, details?: Record<string, unknown>) => ({ errors: [{ message, extensions: { code, ...details } }] });

/** Reads a request body to its end, keeping none of it. */
function drain(req: IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    req
      .on('end', resolve)
      .on('close', resolve)
      .on('error', () => resolve());
    req.resume();
  });
}

export const COOKIE_NAMES: Record<Surface, string> = { [Surface.WEB]: 'dm_session', [Surface.ADMIN]: 'dm_admin_session' };

/** Requests through the admin site's host (its own origin) belong to the admin surface. */
export function surfaceOf(host: string | undefined, config: Config): Surface {
  return host === new URL(config.ADMIN_WEB_URL).host ? Surface.ADMIN : Surface.WEB;
}

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

export interface HttpApp {
  fastify: FastifyInstance;
  /** Binds the port; rejects with a message naming the port when it is taken. */
  listen(host: string, port: number): Promise<{ url: string; port: number }>;
  close(): Promise<void>;
}

export async function createHttpApp(deps: HttpDeps): Promise<HttpApp> {
  const { orm, clock, logger, config, jobs, identify, schemas, search, content, inTransaction, recordAdminRefusal } = deps;
  const storage = deps.storage ?? createDocumentStorage(config);
  const routes = deps.routes ?? [];
  const { schema, pubSub } = deps.schema;
  const network: NetworkRules = createNetworkRules(config);
  const rateLimits = createRateLimits(String(orm.config.get('clientUrl')), config, logger.child({ component: 'rate-limit' }));
  const limitRules = queryLimitRules();
  const cookieOptions = { httpOnly: true, sameSite: 'lax', secure: new URL(config.WEB_URL).protocol === 'https:', path: '/' } as const;

  /** Builds the per-request context: an EntityManager fork, the surface, its cookie and the viewer. */
  const buildContext = async (
    requestId: string,
    req: IncomingMessage,
    requestLogger: Logger,
    cookieOps: { write(name: string, value: string): void; clear(name: string): void } | null,
  ): Promise<AppContext> => {
    const headers = req.headers;
    const surface = surfaceOf(network.hostOf(req), config);
    const name = COOKIE_NAMES[surface];
    const value = parseCookies(headers.cookie)[name];
    const em = orm.em.fork();
    let viewer: Awaited<ReturnType<IdentifyViewer>>;
    try {
      viewer = value ? await identify(em, surface, value, clock.now(), config) : null;
    } catch (e) {
      // The session is looked up before any resolver runs: an outage there answers as one anywhere (503).
      if (isDatabaseUnavailable(e)) throw requestError(new DomainError('SERVICE_UNAVAILABLE', DATABASE_UNAVAILABLE_MESSAGE));
      throw e;
    }
    const cookie: SessionCookie = {
      name,
      read: () => value,
      write: (v) => cookieOps?.write(name, v),
      clear: () => cookieOps?.clear(name),
    };
    return createContext({
      requestId,
      ip: network.clientIp(req),
      em,
      clock,
      logger: requestLogger,
      config,
      jobs,
      surface,
      schemas,
      search,
      content,
      storage,
      inTransaction,
      viewer,
      cookie,
    });
  };

  /**
   * The admin IP allow-list (the original router's rule): a request for the admin host, or one
   * carrying the admin session cookie, from outside ADMIN_ALLOWED_CIDRS is refused and audited.
   */
  const adminRefusal = async (req: IncomingMessage, path: string): Promise<boolean> => {
    const host = network.hostOf(req) ?? '';
    const hadAdminCookie = COOKIE_NAMES[Surface.ADMIN] in parseCookies(req.headers.cookie);
    if (surfaceOf(host, config) !== Surface.ADMIN && !hadAdminCookie) return false;
    const ip = network.clientIp(req);
    if (network.adminAllowed(ip)) return false;
    logger.warn({ ip, host, path }, 'admin request from outside the allow-list refused');
    try {
      await recordAdminRefusal(orm.em.fork(), clock.now(), { ip, host, path: path.slice(0, 200), hadAdminCookie });
    } catch (err) {
      logger.error({ err }, 'could not audit a refused admin request');
    }
    return true;
  };
  const refusedBody = (e: DomainError) => errorBody(e.message, e.code, e.details);
  const fastify = Fastify({
    loggerInstance: logger.child({ component: 'http' }),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,100}$/.test(given) ? given : randomUUID();
    },
    // Requests are logged once, on completion, by the onResponse hook below.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT_BYTES,
  }) as unknown as FastifyInstance;
  // The API answers JSON only; helmet's defaults plus a CSP that allows nothing to be loaded or framed.
  await fastify.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"] } },
    crossOriginResourcePolicy: { policy: 'same-site' },
    strictTransportSecurity: new URL(config.WEB_URL).protocol === 'https:',
  });
  fastify.addHook('onRequest', async (req, reply) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    const limit = (req.method === 'POST' && routes.find((r) => req.url.startsWith(r.prefix))?.maxBodyBytes) || BODY_LIMIT_BYTES;
    if (declared > limit) {
      // Read what was sent (up to a bound) before answering: a proxy still writing the body would
      // otherwise see the connection reset and answer 502 instead of this 413.
      if (declared <= DRAIN_LIMIT_BYTES) await drain(req.raw);
      return reply
        .code(413)
        .header('connection', 'close')
        .send(errorBody(`The request is too large: send at most ${limit / 1024 / 1024} MB`, 'PAYLOAD_TOO_LARGE'));
    }
    if (await adminRefusal(req.raw, req.url)) {
      return reply.code(403).send(refusedBody(forbidden('The admin site cannot be used from your network')));
    }
    if (req.url === '/healthz') return;
    try {
      await rateLimits.request(network.clientIp(req.raw));
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      return reply
        .code(429)
        .header('retry-after', String(e.details?.retryAfterSeconds ?? 60))
        .send(refusedBody(e));
    }
  });
  // Errors raised by Fastify itself (a body that is not JSON, an unsupported content type) answer in
  // the API's own shape: a GraphQL error with a code; anything unexpected is logged and masked.
  fastify.setErrorHandler((error: Error & { statusCode?: number }, req, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) req.log.error({ err: error }, 'unexpected error in an HTTP request');
    const code = status === 500 ? 'INTERNAL_SERVER_ERROR' : status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST';
    return reply.code(status).send(errorBody(status === 500 ? 'Internal server error' : error.message, code));
  });
  fastify.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  fastify.addHook('onResponse', async (req, reply) => {
    if (req.url === '/healthz' && reply.statusCode === 200) return;
    req.log.info({ method: req.method, url: req.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
  });

  const formatError = createFormatError(logger);
  const toGraphQLError = (e: unknown): GraphQLError => (e instanceof DomainError ? requestError(e) : (e as GraphQLError));
  // Search index events come from the workers through Postgres; once listening, this process relays them to its subscribers.
  let notifyBridge: { stop(): Promise<void> } | null = null;
  // Upgrades are routed by hand so the WebSocket server never re-emits the HTTP server's errors.
  // A WebSocket message is one subscription: far smaller than an HTTP body may be.
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: WS_MESSAGE_LIMIT_BYTES });
  const refuseUpgrade = (socket: import('node:stream').Duplex, status: number, reason: string) => {
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  };
  (fastify.server as Server).on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== '/graphql') {
      socket.destroy();
      return;
    }
    // Browsers always send Origin on a WebSocket handshake: only pages of the two sites may open one
    // (with a victim's cookie, any other page could otherwise act as them).
    const origin = req.headers.origin;
    if (origin !== undefined && !config.ALLOWED_ORIGINS.includes(origin)) {
      logger.warn({ origin, ip: network.clientIp(req) }, 'WebSocket handshake from a foreign origin refused');
      refuseUpgrade(socket, 403, 'Forbidden');
      return;
    }
    void adminRefusal(req, path).then((refused) => {
      if (refused) refuseUpgrade(socket, 403, 'Forbidden');
      else wsServer.handleUpgrade(req, socket, head, (ws) => wsServer.emit('connection', ws, req));
    });
  });
  const formatWsErrors = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));
  const wsCleanup = useServer<Record<string, unknown>, { request: IncomingMessage }>(
    {
      schema,
      context: async (ctx) => {
        const requestId = randomUUID();
        return (await buildContext(requestId, ctx.extra.request, logger.child({ requestId, transport: 'ws' }), null)) as unknown as Record<string, unknown>;
      },
      // Every operation over the WebSocket passes what HTTP requests pass: the request rate limit,
      // the token limit, graphql's and the query limits' validation, and the input guard. Queries and
      // mutations go over HTTP (where CSRF protection, cookies and status codes apply): only
      // subscriptions are served here.
      onSubscribe: async (ctx, _id, payload) => {
        const ip = network.clientIp(ctx.extra.request);
        let document;
        try {
          await rateLimits.request(ip);
        } catch (e) {
          return [toGraphQLError(e)];
        }
        try {
          document = parseLimited(payload.query);
        } catch (e) {
          return [new GraphQLError((e as Error).message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
        }
        const errors = validate(schema, document, [...specifiedRules, ...limitRules]);
        if (errors.length) return errors;
        const operation = document.definitions.find(
          (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && (!payload.operationName || d.name?.value === payload.operationName),
        );
        if (!operation) return [toGraphQLError(new DomainError('BAD_USER_INPUT', 'Name the operation to run'))];
        if (operation.operation !== 'subscription') {
          return [toGraphQLError(new DomainError('BAD_USER_INPUT', 'Only subscriptions are served over the WebSocket: send queries and mutations over HTTP'))];
        }
        try {
          await guardOperation(schema, rateLimits, document, operation, payload.variables, ip);
        } catch (e) {
          return [toGraphQLError(e)];
        }
        const args: ExecutionArgs = { schema, document, operationName: payload.operationName, variableValues: payload.variables };
        return args;
      },
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!('errors' in result) || !result.errors?.length) return result;
        return { ...result, errors: formatWsErrors(result.errors) } as never;
      },
      // Refusals and execution errors are masked and coded exactly as over HTTP.
      onError: (_ctx, _id, _payload, errors) => formatWsErrors(errors),
    },
    wsServer,
  );

  const apollo = new ApolloServer<AppContext>({
    schema,
    formatError,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // Field suggestions ("Did you mean …?") describe the schema to a guesser: off in production.
    hideSchemaDetailsFromClientErrors: config.NODE_ENV === 'production',
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: limitRules,
    // The entry point owns shutdown order (HTTP, then jobs, then database); Apollo must not trap signals.
    stopOnTerminationSignals: false,
    plugins: [
      // Apollo's per-field cache hints would wrap every resolver of every request; ours are per root field (public-reads.ts).
      ApolloServerPluginCacheControlDisabled(),
      fastifyApolloDrainPlugin(fastify),
      requestGuardPlugin(schema, rateLimits),
      ...(deps.publicReads ? [publicReadsPlugin(deps.publicReads.cache, deps.publicReads.hints)] : []),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
              await new Promise<void>((resolve) => wsServer.close(() => resolve()));
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  await fastify.register(fastifyCookie);
  await fastify.register(fastifyApollo(apollo), {
    path: '/graphql',
    context: async (request, reply) =>
      buildContext(request.id, request.raw, request.log as unknown as Logger, {
        write: (name, v) => {
          reply.setCookie(name, v, cookieOptions);
        },
        clear: (name) => {
          reply.clearCookie(name, cookieOptions);
        },
      }),
  });

  for (const route of routes) {
    await fastify.register(
      async (child) => {
        await route.register(child, {
          context: (request) => buildContext(request.id, request.raw, request.log as unknown as Logger, null),
          allowedOrigins: config.ALLOWED_ORIGINS,
        });
      },
      { prefix: route.prefix },
    );
  }

  fastify.get('/healthz', async (_req, reply) => {
    const started = performance.now();
    try {
      await orm.em.fork().getConnection().execute('select 1');
      return { status: 'ok', database: 'ok', latencyMs: Math.round(performance.now() - started) };
    } catch (e) {
      logger.error({ err: e }, 'health check: database unreachable');
      return reply.code(503).send({ status: 'unavailable', database: 'unreachable' });
    }
  });

  return {
    fastify,
    async listen(host, port) {
      await deps.watcher?.start();
      try {
        await fastify.listen({ host, port });
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        if (err.code === 'EADDRINUSE') throw new Error(`Port ${port} is already in use on ${host}: stop whatever is using it or set API_PORT`, { cause: e });
        throw e;
      }
      notifyBridge ??= startNotifyBridge(String(orm.config.get('clientUrl')), pubSub, logger.child({ component: 'search-events' }), () => deps.publicReads?.cache.invalidate());
      const address = fastify.server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      return { url: `http://${host}:${bound}`, port: bound };
    },
    async close() {
      await apollo.stop();
      await fastify.close();
      await notifyBridge?.stop();
      await deps.watcher?.stop();
      await rateLimits.close();
    },
  };
}
