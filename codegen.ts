import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from the supergraph's client-facing schema (schema/api.graphql, made by
 * `npm run compose`): one target for the whole-graph tests, one for the storefront. The storefront's
 * also writes `persisted-documents.json` (sha256 → document), the manifest of every operation the
 * web may send.
 */
const config: CodegenConfig = {
  schema: 'schema/api.graphql',
  ignoreNoDocuments: false,
  generates: {
    'gateway/e2e/gql/': {
      documents: ['gateway/e2e/**/*.ts', '!gateway/e2e/gql/**'],
      preset: 'client',
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTimeISO: 'string' } },
      presetConfig: { fragmentMasking: false },
    },
    'web/gql/': {
      documents: ['web/app/**/*.{ts,tsx}', 'web/lib/**/*.ts', 'web/components/**/*.{ts,tsx}'],
      preset: 'client',
      config: { enumsAsTypes: true, useTypeImports: true, documentMode: 'string', scalars: { DateTimeISO: 'string', JSON: 'unknown' } },
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
    },
  },
};

export default config;
