// Runs TypeScript in place for development (the tests' graph, scripts): SWC strips the types and
// keeps the decorator metadata type-graphql and TypeORM read (tsx/esbuild drop it). Only @swc/core
// and a require hook are loaded, no tsconfig reader or TypeScript compiler, so an app pays a few MiB
// for it (@swc-node/register cost ~75). `npm run build` compiles with the same options
// (swc-options.json, tsconfig.base.json's settings in SWC's words); production and `npm start` run
// that JavaScript with no hook at all.
const { transformSync } = require('@swc/core');
const { addHook } = require('pirates');
const options = require('./swc-options.json');

addHook((code, filename) => transformSync(code, { ...options, filename, sourceMaps: 'inline' }).code, {
  exts: ['.ts', '.tsx'],
  ignoreNodeModules: true,
});
// Stack traces point at the TypeScript lines.
process.setSourceMapsEnabled(true);
