import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const CALL = /\bgraphql\(`([\s\S]*?)`\)/g;
const DEFINITION = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/;
const GENERATED = /^export const (\w+) = (\{.*\}) as unknown as /gm;

/**
 * Replaces each graphql(`…`) call by the document codegen generated for it, inlined where it is
 * written (what the client preset's Babel plugin does, but without importing codegen's one module
 * of all documents). So each page's chunk carries only its own documents: the preset's graphql()
 * looks them up in a map of every document of the app, and a module shared by all pages lands whole
 * in the first one.
 */
export function graphqlDocuments(generatedFile: string): Plugin {
  const documents = () => new Map([...readFileSync(generatedFile, 'utf8').matchAll(GENERATED)].map((m) => [m[1]!, m[2]!]));
  return {
    name: 'dm:graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      this.addWatchFile(generatedFile);
      const generated = documents();
      const out = code.replace(CALL, (call: string, body: string) => {
        const def = DEFINITION.exec(body);
        const name = def && (def[1] === 'fragment' ? `${def[2]}FragmentDoc` : `${def[2]}Document`);
        const ast = name && generated.get(name);
        // Codegen runs before every build; a document it did not see is a stale gql/ folder.
        if (!ast) throw new Error(`${id}: no generated document for graphql(\`${body.trim().split('\n')[0]}…\`); run pnpm codegen`);
        // The same number of lines as the call, so that source maps keep pointing at the right lines.
        return `(${ast}${'\n'.repeat(call.split('\n').length - 1)})`;
      });
      return { code: out, map: null };
    },
  };
}
