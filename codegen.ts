import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from the supergraph's client-facing schema (schema/api.graphql, made by
 * `npm run compose`). The whole-graph tests use them now; web/ will add its own target.
 */
const config: CodegenConfig = {
  schema: 'schema/api.graphql',
  documents: ['gateway/e2e/**/*.ts', '!gateway/e2e/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'gateway/e2e/gql/': {
      preset: 'client',
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTimeISO: 'string' } },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
