import net from 'node:net';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { createHttpApp } from './http.js';
import { buildAppSchema } from './schema.js';
import { schemasDir } from '../commands/schemas.js';
import { SchemaRegistry } from '../modules/frameworks/content/schema-registry.js';
import { inTransaction, resolvers } from '../modules/index.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.close();
});

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('HTTP server', () => {
  it('reports health after checking the database', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'ok' });
  });

  it('reports 503 when the database cannot be reached', async () => {
    const sick = await createTestApp({ seed: false });
    try {
      expect((await fetch(`${sick.url}/healthz`)).status).toBe(200);
      await sick.dropDatabase();
      const res = await fetch(`${sick.url}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
    } finally {
      await sick.close();
    }
  });

  it('echoes a caller-supplied request id and makes one up otherwise', async () => {
    const given = await post('{"query":"{ __typename }"}', { 'x-request-id': 'trace-abc-123' });
    expect(given.headers.get('x-request-id')).toBe('trace-abc-123');
    const made = await post('{"query":"{ __typename }"}');
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers malformed GraphQL with a GraphQL error and no stack trace', async () => {
    const res = await post(JSON.stringify({ query: '{ frameworks { slug ' }));
    const body = (await res.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(res.status).toBe(400);
    expect(body.errors[0]!.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors[0]!.message).toMatch(/^Syntax Error/);
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|\bat .*\.js:\d+/);
  });

  it('answers a body that is not JSON with a client error, not a crash', async () => {
    const res = await post('{not json');
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('answers unknown fields with GRAPHQL_VALIDATION_FAILED', async () => {
    const res = await app.gql('{ frameworkz { slug } }');
    expect(res.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers wrongly typed variables with BAD_USER_INPUT', async () => {
    const res = await app.gql('query ($slug: String!) { framework(slug: $slug) { slug } }', { slug: 42 });
    expect(res.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('serves subscriptions over WebSocket on the same port (graphql-ws), and refuses queries there with a typed error', async () => {
    const client = createClient({ url: `${app.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      const refused = await new Promise<unknown>((resolve) => {
        client.subscribe({ query: '{ framework(slug: "g-cloud-13") { name } }' }, { next: () => {}, error: resolve, complete: () => resolve('completed') });
      });
      expect(refused).toEqual([expect.objectContaining({ message: expect.stringMatching(/Only subscriptions/), extensions: { code: 'BAD_USER_INPUT' } })]);
      const subscribed = await new Promise<unknown>((resolve, reject) => {
        const stop = client.subscribe({ query: 'subscription { searchIndexUpdates { objectId } }' }, { next: () => {}, error: reject, complete: () => resolve('completed') });
        // A live subscription stays open: no error within a moment means it was accepted.
        setTimeout(() => {
          stop();
          resolve('open');
        }, 300);
      });
      expect(subscribed).toBe('open');
    } finally {
      await client.dispose();
    }
  });

  it('refuses to start on a port that is taken, naming the port', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as net.AddressInfo).port;
    const second = await createHttpApp({
      orm: app.orm,
      schema: await buildAppSchema(resolvers),
      clock: app.clock,
      logger: app.logger,
      config: app.config,
      jobs: app.jobs,
      identify: async () => null,
      schemas: new SchemaRegistry(schemasDir),
      search: app.search,
      content: app.content,
      inTransaction,
      recordAdminRefusal: async () => {},
    });
    try {
      await expect(second.listen('127.0.0.1', port)).rejects.toThrow(`Port ${port} is already in use on 127.0.0.1`);
    } finally {
      await second.close();
      blocker.close();
    }
  });
});
