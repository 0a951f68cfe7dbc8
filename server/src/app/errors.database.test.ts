import { DriverException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { DATABASE_UNAVAILABLE_MESSAGE, createFormatError, isDatabaseUnavailable } from './errors.js';

/** An error as node-postgres reports one from the server: a message and a SQLSTATE. */
const pgError = (code: string, message: string) => Object.assign(new Error(message), { code, severity: 'FATAL' });
/** An error as node reports a socket's failure. */
const socketError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, errno: -111, syscall: 'connect', address: '127.0.0.1', port: 5432 });

describe('recognising a database that cannot serve', () => {
  it.each([
    ['the server shutting down (57P01)', pgError('57P01', 'terminating connection due to administrator command')],
    ['a crashed server (57P02)', pgError('57P02', 'terminating connection because of crash of another server process')],
    ['a server still starting (57P03)', pgError('57P03', 'the database system is starting up')],
    ['a connection exception (08006)', pgError('08006', 'connection failure')],
    ['a refused connection attempt (08001)', pgError('08001', 'could not connect to server')],
    ['a database that does not exist (3D000)', pgError('3D000', 'database "t_1" does not exist')],
    ['too many connections (53300)', pgError('53300', 'sorry, too many clients already')],
    ['a refused connection', socketError('ECONNREFUSED')],
    ['a reset connection', socketError('ECONNRESET')],
    ['an unreachable host', socketError('EHOSTUNREACH')],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['a pool that could not connect in time', new Error('timeout exceeded when trying to connect')],
    ['a connect time-out', new Error('Connection terminated due to connection timeout')],
    ['a client left broken', new Error('Client has encountered a connection error and is not queryable')],
    ['several addresses refused (AggregateError)', new AggregateError([socketError('ECONNREFUSED'), socketError('ECONNREFUSED')], '')],
    ['MikroORM wrapping', new DriverException(socketError('ECONNREFUSED'))],
    ['a cause', new Error('query failed', { cause: pgError('57P01', 'terminating connection') })],
    [
      'Apollo wrapping (context creation failed)',
      new GraphQLError('Context creation failed: connect ECONNREFUSED', { originalError: new DriverException(socketError('ECONNREFUSED')) }),
    ],
    ['pg-boss worker error (a plain copy)', { ...socketError('ECONNREFUSED'), message: 'connect ECONNREFUSED 127.0.0.1:5432 (Queue: x, Worker: y)' }],
  ])('%s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', new UniqueConstraintViolationException(pgError('23505', 'duplicate key value violates unique constraint'))],
    ['a syntax error', pgError('42601', 'syntax error at or near "selec"')],
    ['a failed password', pgError('28P01', 'password authentication failed for user "x"')],
    ['a plain error that mentions a connection', new Error('connection to 10.0.0.5 refused: password=hunter2')],
    ['a pool closed on purpose (shutdown)', new Error('Cannot use a pool after calling end on the pool')],
    ['nothing', undefined],
    ['a string', 'ECONNREFUSED'],
  ])('not %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('survives cycles in the chain', () => {
    const a = new Error('a') as Error & { cause?: unknown };
    const b = new Error('b', { cause: a });
    a.cause = b;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});

describe('formatError while the database cannot be reached', () => {
  it('answers SERVICE_UNAVAILABLE without details, and logs one error line for a burst of failures', () => {
    const lines: Array<Record<string, unknown>> = [];
    const format = createFormatError(pino({ level: 'info' }, { write: (l: string) => lines.push(JSON.parse(l) as Record<string, unknown>) }));
    const failure = () => new GraphQLError('connect ECONNREFUSED 127.0.0.1:5432', { path: ['frameworks'], originalError: new DriverException(socketError('ECONNREFUSED')) });
    for (let i = 0; i < 5; i++) {
      const result = format({ message: 'connect ECONNREFUSED 127.0.0.1:5432', path: ['frameworks'] }, failure());
      expect(result).toEqual({ message: DATABASE_UNAVAILABLE_MESSAGE, path: ['frameworks'], locations: undefined, extensions: { code: 'SERVICE_UNAVAILABLE' } });
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, msg: 'database unreachable: answering SERVICE_UNAVAILABLE' });
  });
});
