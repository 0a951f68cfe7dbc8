import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import type { MikroORM } from '@mikro-orm/postgresql';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import fastifyCookie from '@fastify/cookie';
import type { IncomingHttpHeaders } from 'node:http';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import { Surface, createContext, type AppContext, type IdentifyViewer, type SessionCookie } from './context.js';
import { createFormatError } from './errors.js';
import type { JobQueue } from './jobs.js';
import type { SchemaRegistry } from '../modules/frameworks/content/schema-registry.js';
import type { Logger } from './logger.js';
import { startNotifyBridge } from './pubsub.js';

export interface HttpDeps {
  orm: MikroORM;
  schema: GraphQLSchema;
  clock: Clock;
  logger: Logger;
  config: Config;
  jobs: JobQueue;
  identify: IdentifyViewer;
  schemas: SchemaRegistry;
}

export const COOKIE_NAMES: Record<Surface, string> = { [Surface.WEB]: 'dm_session', [Surface.ADMIN]: 'dm_admin_session' };

/** Requests through the admin site's host (its own origin) belong to the admin surface. */
export function surfaceOf(headers: IncomingHttpHeaders, config: Config): Surface {
  const forwarded = headers['x-forwarded-host'];
  const host = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim() ?? headers.host;
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
  const { orm, schema, clock, logger, config, jobs, identify, schemas } = deps;
  const cookieOptions = { httpOnly: true, sameSite: 'lax', secure: new URL(config.WEB_URL).protocol === 'https:', path: '/' } as const;

  /** Builds the per-request context: an EntityManager fork, the surface, its cookie and the viewer. */
  const buildContext = async (
    requestId: string,
    headers: IncomingHttpHeaders,
    requestLogger: Logger,
    cookieOps: { write(name: string, value: string): void; clear(name: string): void } | null,
  ): Promise<AppContext> => {
    const surface = surfaceOf(headers, config);
    const name = COOKIE_NAMES[surface];
    const value = parseCookies(headers.cookie)[name];
    const em = orm.em.fork();
    const viewer = value ? await identify(em, surface, value, clock.now(), config) : null;
    const cookie: SessionCookie = {
      name,
      read: () => value,
      write: (v) => cookieOps?.write(name, v),
      clear: () => cookieOps?.clear(name),
    };
    return createContext({ requestId, em, clock, logger: requestLogger, config, jobs, surface, schemas, viewer, cookie });
  };
  const fastify = Fastify({
    loggerInstance: logger.child({ component: 'http' }),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,100}$/.test(given) ? given : randomUUID();
    },
    // Requests are logged once, on completion, by the onResponse hook below.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 2 * 1024 * 1024,
  }) as unknown as FastifyInstance;
  fastify.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  fastify.addHook('onResponse', async (req, reply) => {
    if (req.url === '/healthz' && reply.statusCode === 200) return;
    req.log.info({ method: req.method, url: req.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
  });

  const formatError = createFormatError(logger);
  // Search index events come from the workers through Postgres; once listening, this process relays them to its subscribers.
  let notifyBridge: { stop(): Promise<void> } | null = null;
  // Upgrades are routed by hand so the WebSocket server never re-emits the HTTP server's errors.
  const wsServer = new WebSocketServer({ noServer: true });
  (fastify.server as Server).on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/graphql') {
      socket.destroy();
      return;
    }
    wsServer.handleUpgrade(req, socket, head, (ws) => wsServer.emit('connection', ws, req));
  });
  const wsCleanup = useServer<Record<string, unknown>, { ctx?: AppContext }>(
    {
      schema,
      context: async (ctx) => {
        const requestId = randomUUID();
        const headers = (ctx.extra as { request: { headers: IncomingHttpHeaders } }).request.headers;
        return (await buildContext(requestId, headers, logger.child({ requestId, transport: 'ws' }), null)) as unknown as Record<string, unknown>;
      },
      onError: (_ctx, _id, _payload, errors) => {
        for (const e of errors) logger.warn({ err: e }, 'graphql-ws operation error');
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<AppContext>({
    schema,
    formatError,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // The entry point owns shutdown order (HTTP, then jobs, then database); Apollo must not trap signals.
    stopOnTerminationSignals: false,
    plugins: [
      fastifyApolloDrainPlugin(fastify),
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
      buildContext(request.id, request.headers, request.log as unknown as Logger, {
        write: (name, v) => {
          reply.setCookie(name, v, cookieOptions);
        },
        clear: (name) => {
          reply.clearCookie(name, cookieOptions);
        },
      }),
  });

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
      try {
        await fastify.listen({ host, port });
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        if (err.code === 'EADDRINUSE') throw new Error(`Port ${port} is already in use on ${host}: stop whatever is using it or set API_PORT`, { cause: e });
        throw e;
      }
      notifyBridge ??= startNotifyBridge(String(orm.config.get('clientUrl')), logger.child({ component: 'search-events' }));
      const address = fastify.server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      return { url: `http://${host}:${bound}`, port: bound };
    },
    async close() {
      await apollo.stop();
      await fastify.close();
      await notifyBridge?.stop();
    },
  };
}
