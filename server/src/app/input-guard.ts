import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import type { FieldErrors } from './errors.js';

/**
 * Limits on every argument value, whether written in the query or sent as a variable, checked in
 * one place before any resolver runs (and again by the JSON scalars for the JSON they parse).
 * Postgres cannot store NUL in text or jsonb, nor unpaired surrogates in json; deep or huge JSON
 * would exhaust the stack of the code that walks it (validators, serialisers) long before it could mean anything.
 */
export const INPUT_LIMITS = Object.freeze({
  /** Nesting of objects and lists inside one argument. */
  maxDepth: 32,
  /** Values (objects, lists, strings, numbers…) inside one argument. */
  maxNodes: 20_000,
});

const NUL = '\u0000';
/** Half of a UTF-16 surrogate pair without its other half: not a character, and Postgres refuses it in JSON. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const nulMessage = 'Remove the NUL character (\\u0000): it cannot be stored';
const surrogateMessage = 'Remove the invalid character (an unpaired UTF-16 surrogate): it cannot be stored';
const deepMessage = `Nest objects and lists at most ${INPUT_LIMITS.maxDepth} levels deep`;
const hugeMessage = `Send at most ${INPUT_LIMITS.maxNodes.toLocaleString('en-GB')} values in one field`;

export type InputProblem = 'nul' | 'surrogate' | 'deep' | 'huge';

export const problemMessages: Record<InputProblem, string> = { nul: nulMessage, surrogate: surrogateMessage, deep: deepMessage, huge: hugeMessage };

/** What is wrong with a string as stored text, if anything. */
function stringProblem(value: string): InputProblem | null {
  if (value.includes(NUL)) return 'nul';
  return LONE_SURROGATE.test(value) ? 'surrogate' : null;
}

/**
 * The first problem in a plain JSON value, walked without recursion (so that depth itself cannot
 * overflow the stack): a NUL in a string or a key, too deep, or too many values.
 */
export function jsonProblem(value: unknown): { problem: InputProblem; path: string } | null {
  const stack: Array<{ value: unknown; depth: number; path: string }> = [{ value, depth: 0, path: '' }];
  let nodes = 0;
  while (stack.length) {
    const item = stack.pop()!;
    nodes += 1;
    if (nodes > INPUT_LIMITS.maxNodes) return { problem: 'huge', path: '' };
    const v = item.value;
    if (typeof v === 'string') {
      const problem = stringProblem(v);
      if (problem) return { problem, path: item.path };
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (item.depth >= INPUT_LIMITS.maxDepth) return { problem: 'deep', path: '' };
    const join = (key: string | number) => (item.path ? `${item.path}.${key}` : String(key));
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i -= 1) stack.push({ value: v[i], depth: item.depth + 1, path: join(i) });
      continue;
    }
    for (const key of Object.keys(v)) {
      const problem = stringProblem(key);
      if (problem) return { problem, path: item.path };
      stack.push({ value: (v as Record<string, unknown>)[key], depth: item.depth + 1, path: join(key) });
    }
  }
  return null;
}

/** The same check over a literal written in the query; variables are looked up in `variables`. */
function literalProblem(node: ValueNode, variables: Record<string, unknown>): { problem: InputProblem; path: string } | null {
  const stack: Array<{ node: ValueNode; depth: number; path: string }> = [{ node, depth: 0, path: '' }];
  let nodes = 0;
  while (stack.length) {
    const item = stack.pop()!;
    nodes += 1;
    if (nodes > INPUT_LIMITS.maxNodes) return { problem: 'huge', path: '' };
    const n = item.node;
    const join = (key: string | number) => (item.path ? `${item.path}.${key}` : String(key));
    if (n.kind === Kind.STRING) {
      const problem = stringProblem(n.value);
      if (problem) return { problem, path: item.path };
    } else if (n.kind === Kind.VARIABLE) {
      const found = jsonProblem(variables[n.name.value]);
      if (found) return { problem: found.problem, path: found.path ? join(found.path) : item.path };
    } else if (n.kind === Kind.LIST || n.kind === Kind.OBJECT) {
      if (item.depth >= INPUT_LIMITS.maxDepth) return { problem: 'deep', path: '' };
      if (n.kind === Kind.LIST) n.values.forEach((v, i) => stack.push({ node: v, depth: item.depth + 1, path: join(i) }));
      else n.fields.forEach((f) => stack.push({ node: f.value, depth: item.depth + 1, path: join(f.name.value) }));
    }
  }
  return null;
}

/**
 * Field errors for every argument of the document whose value (literal or variable) holds a NUL
 * character or is too deep or too large, keyed by the argument's path (`input.email`).
 */
export function inputFieldErrors(document: DocumentNode, variables: Record<string, unknown> | undefined | null): FieldErrors {
  const vars = variables ?? {};
  const errors: FieldErrors = {};
  visit(document, {
    Argument(node) {
      const found = literalProblem(node.value, vars);
      if (found) errors[found.path ? `${node.name.value}.${found.path}` : node.name.value] ??= problemMessages[found.problem];
      return false;
    },
    VariableDefinition(node) {
      // A default value stands in for a variable the request does not send.
      const name = node.variable.name.value;
      if (node.defaultValue && !(name in vars)) {
        const found = literalProblem(node.defaultValue, vars);
        if (found) errors[found.path ? `${name}.${found.path}` : name] ??= problemMessages[found.problem];
      }
      return false;
    },
  });
  // Variables the query does not use as arguments are not stored, but they are still input.
  for (const [name, value] of Object.entries(vars)) {
    const found = jsonProblem(value);
    if (found && !Object.keys(errors).length) errors[found.path ? `${name}.${found.path}` : name] = problemMessages[found.problem];
  }
  return errors;
}
