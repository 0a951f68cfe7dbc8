import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const CALL = /\bgraphql\(`([\s\S]*?)`\)/g;
const DEFINITION = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/;
const GENERATED = /^export const (\w+) = (\{.*\}) as unknown as /gm;

/** Source files under `dir` take their documents from codegen's `file`. */
export interface GeneratedDocuments {
  dir: string;
  file: string;
}

/**
 * Replaces each graphql(`…`) call by the document codegen generated for it, inlined where it is
 * written (what the client preset's Babel plugin does, but without importing codegen's one module
 * of all documents). So each page's chunk carries only its own documents: the preset's graphql()
 * looks them up in a map of every document of the app, and a module shared by all pages lands whole
 * in the first one. `sources` is checked in order: list a folder before any folder that holds it.
 */
export function graphqlDocuments(sources: GeneratedDocuments[]): Plugin {
  const generatedDirs = sources.map((s) => path.dirname(s.file) + path.sep);
  const documents = (file: string) => new Map([...readFileSync(file, 'utf8').matchAll(GENERATED)].map((m) => [m[1]!, m[2]!]));
  return {
    name: 'dm:graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      const source = sources.find((s) => id.startsWith(s.dir + path.sep));
      if (!source || !/\.tsx?$/.test(id) || generatedDirs.some((d) => id.startsWith(d)) || !code.includes('graphql(`')) return null;
      this.addWatchFile(source.file);
      const generated = documents(source.file);
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

/** The kit's documents (src/ui of the web package), for either app. */
export const kitDocuments = (): GeneratedDocuments => {
  const web = path.resolve(import.meta.dirname, '..');
  return { dir: path.join(web, 'src', 'ui'), file: path.join(web, 'src', 'ui', 'gql', 'graphql.ts') };
};
