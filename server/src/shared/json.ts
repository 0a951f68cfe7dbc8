import { GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql';
import { GraphQLJSON as BaseJSON, GraphQLJSONObject as BaseJSONObject } from 'graphql-scalars';
import { jsonProblem, problemMessages } from '../app/input-guard.js';

/** Refuses JSON the API cannot store or walk safely: NUL characters, deep nesting, huge values. */
function checked<T>(value: T, ast?: ValueNode): T {
  const found = jsonProblem(value);
  if (found) {
    const where = found.path ? ` (at ${found.path})` : '';
    throw new GraphQLError(`${problemMessages[found.problem]}${where}`, { nodes: ast, extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

const GraphQLJSONConfig = BaseJSON.toConfig();
const GraphQLJSONObjectConfig = BaseJSONObject.toConfig();

/** graphql-scalars' JSON, with the input limits of the API. */
export const GraphQLJSON = new GraphQLScalarType({
  ...GraphQLJSONConfig,
  parseValue: (value) => checked(GraphQLJSONConfig.parseValue!(value)),
  parseLiteral: (ast, variables) => checked(GraphQLJSONConfig.parseLiteral!(ast, variables), ast),
});

/** graphql-scalars' JSONObject, with the input limits of the API. */
export const GraphQLJSONObject = new GraphQLScalarType({
  ...GraphQLJSONObjectConfig,
  parseValue: (value) => checked(GraphQLJSONObjectConfig.parseValue!(value)),
  parseLiteral: (ast, variables) => checked(GraphQLJSONObjectConfig.parseLiteral!(ast, variables), ast),
});
