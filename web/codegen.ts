import type { CodegenConfig } from '@graphql-codegen/cli';

const output = {
  preset: 'client' as const,
  presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
  config: { scalars: { DateTimeISO: 'string' }, enumsAsTypes: true, useTypeImports: true },
};

/**
 * Client types come from the committed schema.graphql, never from a running server. The UI kit
 * (src/ui, shared with the admin app) has its own generated module, so that the admin app's
 * bundle carries the kit's documents and none of the public pages'.
 */
const config: CodegenConfig = {
  schema: '../schema.graphql',
  generates: {
    'src/gql/': { ...output, documents: ['src/**/*.{ts,tsx}', '!src/gql/**', '!src/ui/**'] },
    'src/ui/gql/': { ...output, documents: ['src/ui/**/*.{ts,tsx}', '!src/ui/gql/**'] },
  },
  silent: true,
};
export default config;
