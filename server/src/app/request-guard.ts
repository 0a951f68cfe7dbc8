import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type FieldNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { getArgumentValues } from 'graphql/execution/values.js';
import type { AppContext } from './context.js';
import { DomainError, badInput, requestError } from './errors.js';
import { inputFieldErrors } from './input-guard.js';
import { ACCOUNT_OPERATIONS, type RateLimits } from './rate-limit.js';

/** The email address an account operation names (`email`, `input.email`, `input.loginEmail`). */
function emailOf(args: Record<string, unknown>): string | null {
  const input = (args.input ?? {}) as Record<string, unknown>;
  const email = args.email ?? input.email ?? input.loginEmail;
  return typeof email === 'string' ? email : null;
}

/**
 * The checks every operation passes after it is parsed and validated and before any resolver
 * runs, on HTTP and on the WebSocket alike: argument values fit to store (no NUL, bounded JSON),
 * and the account operations' rate limits (per client address and per account).
 */
export async function guardOperation(
  schema: GraphQLSchema,
  rateLimits: RateLimits,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null | undefined,
  ip: string,
): Promise<void> {
  const fieldErrors = inputFieldErrors(document, variables);
  if (Object.keys(fieldErrors).length) throw badInput('Some of the information you gave cannot be used', fieldErrors);
  if (operation.operation !== 'mutation') return;
  const mutation = schema.getMutationType();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || !ACCOUNT_OPERATIONS.has(selection.name.value)) continue;
    const def = mutation?.getFields()[selection.name.value];
    let email: string | null = null;
    try {
      email = def ? emailOf(getArgumentValues(def, selection as FieldNode, variables ?? {})) : null;
    } catch {
      // Arguments that do not coerce are refused by execution with their own error.
    }
    await rateLimits.account(ip, email);
  }
}

/** The guard as an Apollo Server plugin (HTTP). Refusals keep their code and HTTP status (400, 429). */
export function requestGuardPlugin(schema: GraphQLSchema, rateLimits: RateLimits): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, contextValue }) {
          if (!operation) return;
          try {
            await guardOperation(schema, rateLimits, document, operation, request.variables, contextValue.ip);
          } catch (e) {
            throw e instanceof DomainError ? requestError(e) : e;
          }
        },
      };
    },
  };
}
