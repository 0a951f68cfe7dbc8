import type { CodegenConfig } from '@graphql-codegen/cli';

/** Client types come from the committed schema.graphql, never from a running server. */
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: { scalars: { DateTimeISO: 'string' }, enumsAsTypes: true, useTypeImports: true },
    },
  },
  silent: true,
};
export default config;
