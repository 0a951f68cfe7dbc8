import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { AuthenticationError, buildSchema, type AuthChecker } from 'type-graphql';
import { resolvers } from '../modules/index.js';
import type { AppContext } from './context.js';

/** Coarse role gate for @Authorized; object-level rules live in each module's policy. */
export const authChecker: AuthChecker<AppContext> = ({ context }, roles) => {
  const viewer = context.viewer;
  // Nobody signed in: say so (UNAUTHENTICATED), rather than "not allowed" (FORBIDDEN).
  if (!viewer) throw new AuthenticationError();
  return roles.length === 0 || roles.includes(viewer.role);
};

export async function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: resolvers as unknown as Parameters<typeof buildSchema>[0]['resolvers'],
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}

/** The SDL as committed in schema.graphql: sorted so that diffs show only real changes. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
