// Runs TypeScript in place with SWC, keeping the decorator metadata that type-graphql and TypeORM read
// (tsx/esbuild drop it). Every app starts through this: `node -r ./tools/register.js app/src/main.ts`.
process.env.SWC_NODE_PROJECT ??= require('node:path').join(__dirname, '..', 'tsconfig.base.json');
require('@swc-node/register');
