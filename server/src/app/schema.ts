import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { validate } from 'class-validator';
import { ArgumentValidationError, AuthenticationError, buildSchema, type AuthChecker } from 'type-graphql';
import type { ClassType } from './classes.js';
import type { AppContext } from './context.js';
import { createAppPubSub, type AppPubSub } from './pubsub.js';

/** Coarse role gate for @Authorized; object-level rules live in each module's policy. */
export const authChecker: AuthChecker<AppContext> = ({ context }, roles) => {
  const viewer = context.viewer;
  // Nobody signed in: say so (UNAUTHENTICATED), rather than "not allowed" (FORBIDDEN).
  if (!viewer) throw new AuthenticationError();
  return roles.length === 0 || roles.includes(viewer.role);
};

/**
 * class-validator rules run on our argument and input classes only. JSON arguments (answers) are
 * plain objects — written inline in a query they have no prototype at all, which class-validator
 * cannot handle — and are checked against the JSON Schemas instead.
 */
export async function validateArgument(value: unknown): Promise<void> {
  const values = Array.isArray(value) ? (value as unknown[]) : [value];
  for (const v of values) {
    if (v === null || typeof v !== 'object') continue;
    const proto = Object.getPrototypeOf(v) as object | null;
    if (proto === null || proto === Object.prototype) continue;
    const errors = await validate(v, { skipMissingProperties: true, forbidUnknownValues: false });
    if (errors.length) throw new ArgumentValidationError(errors);
  }
}

/** The executable schema and the pub/sub its subscriptions listen on (the API relays search events into it). */
export interface AppSchema {
  schema: GraphQLSchema;
  pubSub: AppPubSub;
}

/** `resolvers`: every module's resolvers (the entry points pass them from modules/index.ts). */
export async function buildAppSchema(resolvers: readonly ClassType[]): Promise<AppSchema> {
  const pubSub = createAppPubSub();
  const schema = await buildSchema({
    resolvers: resolvers as unknown as Parameters<typeof buildSchema>[0]['resolvers'],
    authChecker,
    authMode: 'error',
    validateFn: validateArgument,
    pubSub,
    emitSchemaFile: false,
  });
  return { schema, pubSub };
}

/** The SDL as committed in schema.graphql: sorted so that diffs show only real changes. */
export function printAppSchema({ schema }: AppSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
