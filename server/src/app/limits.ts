import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  Kind,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  isUnionType,
  parse,
  type ASTNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * The limits every GraphQL operation is held to, over HTTP and over the WebSocket alike.
 * Sized from what the SPAs and the end-to-end suite send (at most 7 levels deep, fewer than 100
 * tokens, no aliases beyond a handful) and from the standard introspection query, with room to spare
 * for integrators; the attacks seen from outside (a 13-level service → supplier → services chain,
 * 1,000 aliased searches) are refused before anything runs.
 */
export const QUERY_LIMITS = Object.freeze({
  /** Lexical tokens in the document: bounds parsing work and nesting (the parser recurses). */
  maxTokens: 1_000,
  /** Levels of fields with selections below the operation. */
  maxDepth: 10,
  /** Aliased fields in one operation. */
  maxAliases: 15,
  /** Directives in one operation. */
  maxDirectives: 10,
  /** Estimated objects in the response (see `estimateOperation`); the standard introspection query is about 25,000. */
  maxCost: 50_000,
  /** Fields and fragment spreads the estimate may walk before giving up (fragment fan-out). */
  maxVisits: 5_000,
});

/** Lists of records (types with an `id`: services, suppliers, users…) without a page size are assumed to hold this many. */
const DEFAULT_LIST_SIZE = 20;
/** Lists of content (types without an id: filter groups, options, display sections) come from memory. */
const CONTENT_LIST_SIZE = 5;
/** The page size of connections whose `first` is a variable (PageArgs allows at most 100). */
const MAX_PAGE_SIZE = 100;
/** A connection's page size when `first` is not given (PageArgs' default). */
const DEFAULT_PAGE_SIZE = 30;

export type LimitName = 'tokens' | 'depth' | 'aliases' | 'directives' | 'cost';

export function limitError(limit: LimitName, message: string, maximum: number, found?: number, nodes?: readonly ASTNode[]): GraphQLError {
  return new GraphQLError(message, {
    nodes,
    extensions: { code: 'QUERY_TOO_COMPLEX', limit, maximum, ...(found === undefined ? {} : { found: Math.round(found) }) },
  });
}

/** Parses a document with the token limit (the same options Apollo Server is given). */
export function parseLimited(source: string): DocumentNode {
  return parse(source, { maxTokens: QUERY_LIMITS.maxTokens, noLocation: false });
}

export interface SchemaStats {
  /** Estimated item counts of the introspection lists, from the schema itself. */
  introspectionLists: Record<string, number>;
  introspectionDepth: number;
}

/** Average sizes of the schema's own lists, so that introspection is estimated like any query. */
function schemaStats(schema: GraphQLSchema): SchemaStats {
  const types = Object.values(schema.getTypeMap());
  let fieldOwners = 0;
  let fields = 0;
  let args = 0;
  let inputOwners = 0;
  let inputFields = 0;
  let enums = 0;
  let enumValues = 0;
  let abstracts = 0;
  let possible = 0;
  for (const t of types) {
    if (isObjectType(t) || isInterfaceType(t)) {
      const own = Object.values(t.getFields());
      fieldOwners += 1;
      fields += own.length;
      for (const f of own) args += f.args.length;
    } else if (isInputObjectType(t)) {
      inputOwners += 1;
      inputFields += Object.keys(t.getFields()).length;
    } else if ('getValues' in t) {
      enums += 1;
      enumValues += t.getValues().length;
    }
    if (isUnionType(t) || isInterfaceType(t)) {
      abstracts += 1;
      possible += schema.getPossibleTypes(t).length;
    }
  }
  const avg = (total: number, count: number) => Math.max(1, Math.ceil(total / Math.max(1, count)));
  const introspectionLists = {
    types: types.length,
    directives: schema.getDirectives().length,
    fields: avg(fields, fieldOwners),
    args: avg(args, fields),
    inputFields: avg(inputFields, inputOwners),
    enumValues: avg(enumValues, enums),
    interfaces: 2,
    possibleTypes: avg(possible, abstracts),
    locations: 4,
  };
  const stats: SchemaStats = { introspectionLists, introspectionDepth: 0 };
  // The deepest introspection allowed is the standard one, with every option a client may ask for.
  const standard = parse(
    getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true }),
  );
  stats.introspectionDepth = estimateOperation(schema, standard, standard.definitions[0] as never, stats).introspectionDepth;
  return stats;
}

export interface Estimate {
  /** Objects the response may hold, lists counted at their page size. */
  cost: number;
  /** Deepest nesting of object fields outside introspection. */
  depth: number;
  /** Deepest nesting inside `__schema` / `__type`. */
  introspectionDepth: number;
  /** True when the walk stopped at maxVisits. */
  exhausted: boolean;
}

/** Records are stored rows with an id; lists of them grow with the data. */
function isRecordType(type: GraphQLNamedType): boolean {
  return (isObjectType(type) || isInterfaceType(type)) && 'id' in type.getFields();
}

function pageSizeOf(field: FieldNode, fallback: number): number {
  const first = field.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'limit');
  if (!first) return fallback;
  if (first.value.kind === Kind.INT) return Math.max(0, Math.min(Number(first.value.value), 10_000));
  return MAX_PAGE_SIZE;
}

/**
 * Walks one operation, following fragments, and estimates the objects its response may hold:
 * every object field counts once per parent, lists multiply by their page size (`first`), by the
 * schema's own averages for introspection lists, or when unbounded by 20 for lists of records and
 * 5 for lists of content. Stops early once over the
 * cost limit or after `maxVisits` steps, so a fragment fan-out cannot make the estimate itself slow.
 */
export function estimateOperation(schema: GraphQLSchema, document: DocumentNode, operation: { selectionSet: SelectionSetNode; operation: string }, stats?: SchemaStats): Estimate {
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const result: Estimate = { cost: 0, depth: 0, introspectionDepth: 0, exhausted: false };
  let visits = 0;
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return result;

  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType, multiplier: number, depth: number, introspection: boolean, pageSize: number, path: Set<string>) => {
    for (const selection of set.selections) {
      if (result.exhausted || result.cost > QUERY_LIMITS.maxCost) return;
      visits += 1;
      if (visits > QUERY_LIMITS.maxVisits) {
        result.exhausted = true;
        return;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT || selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
        if (!fragment) continue;
        const name = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : null;
        if (name && path.has(name)) continue; // a cycle: refused by the standard rules
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
        const target = condition && isCompositeType(condition) ? condition : parent;
        walk(fragment.selectionSet, target, multiplier, depth, introspection, pageSize, name ? new Set([...path, name]) : path);
        continue;
      }
      if (!selection.selectionSet) continue;
      const fieldName = selection.name.value;
      let def: GraphQLField<unknown, unknown> | undefined;
      if (fieldName === '__schema') def = schema.getQueryType()?.getFields().__schema ?? ({ type: schema.getType('__Schema') } as never);
      else if (fieldName === '__type') def = { type: schema.getType('__Type') } as never;
      else if (isObjectType(parent) || isInterfaceType(parent)) def = parent.getFields()[fieldName];
      if (!def) continue;
      const inIntrospection = introspection || fieldName.startsWith('__');
      const nullable = getNullableType(def.type);
      let count = 1;
      if (isListType(nullable)) {
        if (inIntrospection) count = stats?.introspectionLists[fieldName] ?? DEFAULT_LIST_SIZE;
        else if (fieldName === 'nodes' || fieldName === 'edges') count = pageSize;
        else count = pageSizeOf(selection, isRecordType(getNamedType(def.type)) ? DEFAULT_LIST_SIZE : CONTENT_LIST_SIZE);
      }
      const named = getNamedType(def.type);
      const objects = multiplier * count;
      result.cost += objects;
      const level = depth + 1;
      if (inIntrospection) result.introspectionDepth = Math.max(result.introspectionDepth, level);
      else result.depth = Math.max(result.depth, level);
      if (isCompositeType(named)) walk(selection.selectionSet, named, objects, level, inIntrospection, pageSizeOf(selection, DEFAULT_PAGE_SIZE), path);
    }
  };
  walk(operation.selectionSet, root, 1, 0, false, DEFAULT_PAGE_SIZE, new Set());
  return result;
}

/** Depth and estimated size of each operation, introspection included (up to the standard query's depth). */
const depthAndCostRule =
  (statsOf: (schema: GraphQLSchema) => SchemaStats): ValidationRule =>
  (context: ValidationContext) => ({
    OperationDefinition(node) {
      const schema = context.getSchema();
      const stats = statsOf(schema);
      const found = estimateOperation(schema, context.getDocument(), node, stats);
      if (found.exhausted) {
        context.reportError(limitError('cost', 'This query has too many fields and fragments to estimate: ask for less in one request', QUERY_LIMITS.maxVisits, undefined, [node]));
        return;
      }
      if (found.depth > QUERY_LIMITS.maxDepth) {
        context.reportError(
          limitError('depth', `This query is nested ${found.depth} levels deep; at most ${QUERY_LIMITS.maxDepth} are allowed`, QUERY_LIMITS.maxDepth, found.depth, [node]),
        );
      }
      if (found.introspectionDepth > stats.introspectionDepth) {
        context.reportError(
          limitError(
            'depth',
            `This introspection query is nested ${found.introspectionDepth} levels deep; at most ${stats.introspectionDepth} are allowed`,
            stats.introspectionDepth,
            found.introspectionDepth,
            [node],
          ),
        );
      }
      if (found.cost > QUERY_LIMITS.maxCost) {
        context.reportError(
          limitError(
            'cost',
            `This query could return more than ${QUERY_LIMITS.maxCost.toLocaleString('en-GB')} objects: ask for smaller pages or fewer nested lists`,
            QUERY_LIMITS.maxCost,
            found.cost,
            [node],
          ),
        );
      }
    },
  });

/** Reports an armor rejection as our typed limit error. */
const armorReporter =
  (limit: LimitName, maximum: number, what: string) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    const found = /found (\d+)/.exec(error.message)?.[1];
    context?.reportError(limitError(limit, `This query has ${found ?? 'too many'} ${what}; at most ${maximum} are allowed`, maximum, found ? Number(found) : undefined));
  };

/** The validation rules of the limits, added to graphql's own by Apollo Server and the WebSocket server. */
export function queryLimitRules(): ValidationRule[] {
  // The schema's statistics are worked out once per set of rules (one set per API), not kept in this module.
  const known = new WeakMap<GraphQLSchema, SchemaStats>();
  const statsOf = (schema: GraphQLSchema): SchemaStats => {
    let stats = known.get(schema);
    if (!stats) known.set(schema, (stats = schemaStats(schema)));
    return stats;
  };
  return [
    maxAliasesRule({ n: QUERY_LIMITS.maxAliases, allowList: [], propagateOnRejection: false, onReject: [armorReporter('aliases', QUERY_LIMITS.maxAliases, 'aliases')] }),
    maxDirectivesRule({ n: QUERY_LIMITS.maxDirectives, propagateOnRejection: false, onReject: [armorReporter('directives', QUERY_LIMITS.maxDirectives, 'directives')] }),
    depthAndCostRule(statsOf),
  ];
}
