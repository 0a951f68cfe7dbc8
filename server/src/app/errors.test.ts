import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { ArgumentValidationError } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { badInput, conflict, createFormatError, notFound } from './errors.js';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'info' }, { write: (l: string) => lines.push(JSON.parse(l) as Record<string, unknown>) });
  return { lines, format: createFormatError(logger) };
}

const asResolverError = (original: Error) => new GraphQLError(original.message, { path: ['x'], originalError: original });

describe('formatError', () => {
  it('keeps domain codes and per-field errors', () => {
    const { format } = capture();
    const e = badInput('Check the answers', { serviceName: 'Enter a service name' });
    expect(format({ message: e.message }, asResolverError(e))).toMatchObject({
      message: 'Check the answers',
      extensions: { code: 'BAD_USER_INPUT', fieldErrors: { serviceName: 'Enter a service name' } },
    });
    expect(format({ message: '' }, asResolverError(notFound("Framework 'x'")))).toMatchObject({
      message: "Framework 'x' was not found",
      extensions: { code: 'NOT_FOUND' },
    });
    expect(format({ message: '' }, asResolverError(conflict('Too late', { deadline: 'applicationsClosedAt' })))).toMatchObject({
      extensions: { code: 'CONFLICT', deadline: 'applicationsClosedAt' },
    });
  });

  it('turns class-validator failures into fieldErrors', () => {
    const { format } = capture();
    const e = new ArgumentValidationError([{ property: 'slug', constraints: { matches: 'slug may contain only letters' }, children: [] }]);
    expect(format({ message: e.message }, e)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fieldErrors: { slug: 'slug may contain only letters' } } });
  });

  it('masks unexpected errors and logs them in full', () => {
    const { format, lines } = capture();
    const boom = new Error('connection to 10.0.0.5 refused: password=hunter2');
    const result = format({ message: boom.message, path: ['frameworks'] }, asResolverError(boom));
    expect(result).toEqual({ message: 'Internal server error', path: ['frameworks'], locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(result)).not.toContain('hunter2');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, msg: 'unexpected error in GraphQL operation' });
  });

  it('passes request-level codes through untouched', () => {
    const { format } = capture();
    expect(format({ message: 'Syntax Error: Unexpected Name "frameworkz"', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }, new GraphQLError('x'))).toMatchObject({
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });
});
