// @ts-check
// SWC compiles TypeScript with the decorator metadata type-graphql and TypeORM need.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  testMatch: ['<rootDir>/{content-model,demo,gateway,services,subgraphs,tools,web}/**/*.{spec,e2e-spec}.ts'],
  globalSetup: '<rootDir>/tools/jest/global-setup.ts',
  globalTeardown: '<rootDir>/tools/jest/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  // npm run build's output repeats every package name; only the sources are the workspace.
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  // Two cores: two workers; each e2e file makes its own database, so files never share state.
  maxWorkers: 2,
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/tools/jest/summary-reporter.js'],
};
