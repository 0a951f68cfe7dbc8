// The GraphQL documents the public SPA sends, taken from its source (web/src) so that the benchmark
// asks exactly what the browser asks: the operation with the fragments it spreads, and `__typename`
// in every selection set below the root, as Apollo Client's cache adds it before sending.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, print, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

const webSrc = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'web', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'gql' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** Every definition in a `graphql(`…`)` call of the SPA's source, by name. */
function definitions(): Map<string, DefinitionNode> {
  const out = new Map<string, DefinitionNode>();
  for (const file of sourceFiles(webSrc)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/graphql\(\s*`([^`]*)`\s*\)/g)) {
      for (const def of parse(m[1]!).definitions) {
        if ('name' in def && def.name) out.set(def.name.value, def);
      }
    }
  }
  return out;
}

const typename = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } } as const;

/** Apollo Client's addTypename: `__typename` in each selection set except the operation's own. */
function withTypename(doc: DocumentNode): DocumentNode {
  return visit(doc, {
    SelectionSet: {
      leave(node: SelectionSetNode, _key, parent) {
        if (parent && !Array.isArray(parent) && (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION) return undefined;
        if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
        return { ...node, selections: [...node.selections, typename] };
      },
    },
  });
}

/** The query text the SPA sends for operation `name`. */
export function spaOperation(name: string): string {
  const all = definitions();
  const op = all.get(name);
  if (!op || op.kind !== Kind.OPERATION_DEFINITION) throw new Error(`the SPA has no operation ${name} (web/src)`);
  const fragments = new Map<string, FragmentDefinitionNode>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const f = all.get(spread.name.value);
        if (!f || f.kind !== Kind.FRAGMENT_DEFINITION) throw new Error(`fragment ${spread.name.value} not found in web/src`);
        if (!fragments.has(f.name.value)) {
          fragments.set(f.name.value, f);
          collect(f);
        }
      },
    });
  collect(op);
  return print(withTypename({ kind: Kind.DOCUMENT, definitions: [op, ...fragments.values()] }));
}

/** The supplier's draft-service page save. The SPA has no supplier pages yet: the API's own mutation, as the original's form post. */
export const SAVE_DRAFT_PAGE = `mutation UpdateDraftService($id: ID!, $answers: JSONObject!) {
  updateDraftService(id: $id, answers: $answers) {
    id
    status
    data
    missingAnswers
    __typename
  }
}`;
