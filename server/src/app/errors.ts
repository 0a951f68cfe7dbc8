import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';
import type { Logger } from './logger.js';

/** The error vocabulary of the API: every failure a client can act on has one of these codes. */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'GONE' | 'CONFLICT' | 'RATE_LIMITED' | 'SERVICE_UNAVAILABLE';

/** Per-field messages keyed by question id or input path, for GOV.UK error summaries. */
export type FieldErrors = Record<string, string>;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} was not found`);
export const conflict = (message: string, details?: Record<string, unknown>) => new DomainError('CONFLICT', message, undefined, details);
export const badInput = (message: string, fieldErrors?: FieldErrors) => new DomainError('BAD_USER_INPUT', message, fieldErrors);
export const forbidden = (message = 'You are not allowed to do that', details?: Record<string, unknown>) => new DomainError('FORBIDDEN', message, undefined, details);
export const unauthenticated = (message = 'You must sign in to do that') => new DomainError('UNAUTHENTICATED', message);

/** Too many requests: `retryAfterSeconds` says when to try again (also sent as HTTP 429 with Retry-After). */
export const rateLimited = (retryAfterSeconds: number, message = 'Too many requests: wait a moment and try again') =>
  new DomainError('RATE_LIMITED', message, undefined, { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) });

/**
 * The database cannot serve at the moment (stopped, restarting, unreachable, gone, or out of
 * connections): an outage, not a bug, so the client gets SERVICE_UNAVAILABLE and may try again.
 * Recognised by the driver's own signals, wherever the error was wrapped (MikroORM's
 * DriverException, Apollo's "Context creation failed", an AggregateError of connect attempts):
 * - SQLSTATE class 08 (connection exception), 57P01–57P03 (shutting down, crashed, starting up),
 *   3D000 (the database does not exist) and 53300 (too many connections);
 * - the socket's refusal, reset or time-out (ECONNREFUSED, ECONNRESET, ETIMEDOUT, …);
 * - node-postgres's own messages: "Connection terminated unexpectedly", a pool's connection
 *   time-out ("timeout exceeded when trying to connect"), a client that is no longer queryable.
 */
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123]|3D000|53300)$/;
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);
const UNAVAILABLE_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|is not queryable|\bconnect (ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH)\b/;

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (e: unknown, depth: number): boolean => {
    if (!e || typeof e !== 'object' || seen.has(e) || depth > 8) return false;
    seen.add(e);
    const { code, message, cause, originalError, errors } = e as { code?: unknown; message?: unknown; cause?: unknown; originalError?: unknown; errors?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_SOCKET_CODES.has(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
    if (Array.isArray(errors) && errors.some((inner) => visit(inner, depth + 1))) return true;
    return visit(originalError, depth + 1) || visit(cause, depth + 1);
  };
  return visit(error, 0);
}

export const DATABASE_UNAVAILABLE_MESSAGE = 'The service is unavailable: try again in a moment';
/** While the database is unreachable, one error line per this interval (with a count of the rest). */
const OUTAGE_LOG_INTERVAL_MS = 30_000;

/** HTTP statuses for errors raised before execution (plugins), where the transport allows one. */
const httpStatusOf: Partial<Record<ErrorCode, number>> = { BAD_USER_INPUT: 400, RATE_LIMITED: 429, FORBIDDEN: 403, SERVICE_UNAVAILABLE: 503 };

/** A domain error raised outside resolvers (request plugins), carried as a GraphQLError with its HTTP status. */
export function requestError(error: DomainError): GraphQLError {
  const status = httpStatusOf[error.code];
  const retry = error.details?.retryAfterSeconds;
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: {
      code: error.code,
      ...(status ? { http: { status, headers: new Map(typeof retry === 'number' ? [['retry-after', String(retry)]] : []) } } : {}),
    },
  });
}

/** Codes that graphql-js and Apollo assign themselves to request-level problems; passed through as they are. */
const requestLevelCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Parse errors are the client's, but a message that is not graphql's own syntax report is engine internals. */
function parseFailedMessage(message: string): string {
  return /^Syntax Error: /.test(message) && !/call stack|internal/i.test(message) ? message : 'The query could not be read: check its syntax';
}

function validationFieldErrors(error: ArgumentValidationError): FieldErrors {
  const out: FieldErrors = {};
  const walk = (errors: typeof error.extensions.validationErrors, prefix: string) => {
    if (!Array.isArray(errors)) return;
    for (const e of errors) {
      const key = prefix ? `${prefix}.${e.property}` : e.property;
      const first = e.constraints ? Object.values(e.constraints)[0] : undefined;
      if (first) out[key] = first;
      if (e.children?.length) walk(e.children, key);
    }
  };
  walk(error.extensions.validationErrors, '');
  return out;
}

/**
 * The single place where errors become GraphQL responses: domain errors keep their code and
 * field errors; anything unexpected is logged in full and masked for the client.
 */
export function createFormatError(logger: Logger) {
  let outageLoggedAt = -Infinity;
  let outageUnlogged = 0;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const unwrapped = unwrapResolverError(error);
    // Errors raised by request plugins carry the domain error as their original error.
    const original = unwrapped instanceof GraphQLError && unwrapped.originalError instanceof DomainError ? unwrapped.originalError : unwrapped;
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (!(original instanceof DomainError) && isDatabaseUnavailable(original)) {
      // An outage fails every request alike: one line per interval says so, with how many it covers.
      const now = Date.now();
      if (now - outageLoggedAt >= OUTAGE_LOG_INTERVAL_MS) {
        logger.error({ err: original, alsoFailedSinceLastLine: outageUnlogged }, 'database unreachable: answering SERVICE_UNAVAILABLE');
        outageLoggedAt = now;
        outageUnlogged = 0;
      } else {
        outageUnlogged += 1;
      }
      return { ...base, message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }

    if (original instanceof DomainError) {
      return {
        ...base,
        message: original.message,
        extensions: {
          code: original.code,
          ...(original.fieldErrors ? { fieldErrors: original.fieldErrors } : {}),
          ...(original.details ?? {}),
        },
      };
    }
    if (original instanceof ArgumentValidationError) {
      return {
        ...base,
        message: 'Some of the information you gave is not valid',
        extensions: { code: 'BAD_USER_INPUT', fieldErrors: validationFieldErrors(original) },
      };
    }
    if (original instanceof AuthenticationError) {
      return { ...base, message: 'You must sign in to do that', extensions: { code: 'UNAUTHENTICATED' } };
    }
    if (original instanceof AuthorizationError) {
      return { ...base, message: 'You are not allowed to do that', extensions: { code: 'FORBIDDEN' } };
    }
    const code = formatted.extensions?.code;
    const limit = formatted.extensions?.limit;
    if (typeof limit === 'string') {
      // A query limit (depth, cost, aliases, directives): say which, and the numbers.
      const { maximum, found } = formatted.extensions as { maximum?: number; found?: number };
      return { ...base, extensions: { code: 'QUERY_TOO_COMPLEX', limit, maximum, ...(found === undefined ? {} : { found }) } };
    }
    if (code === 'GRAPHQL_PARSE_FAILED') {
      return { ...base, message: parseFailedMessage(formatted.message), extensions: { code } };
    }
    if (typeof code === 'string' && requestLevelCodes.has(code)) {
      return { ...base, extensions: { code } };
    }
    if (original instanceof GraphQLError && !original.path && (original.originalError === undefined || original.originalError instanceof GraphQLError)) {
      // graphql-js request errors without a code (variable coercion, whose cause is a scalar's own
      // GraphQLError) are the client's; over HTTP Apollo codes them, over the WebSocket this does.
      return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL operation');
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
