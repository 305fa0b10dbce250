// @ts-check
// SWC compiles TypeScript with the decorator metadata type-graphql and TypeORM need: the same
// settings as tools/register.js and npm run build, so the tests run what production runs.
const swc = ['@swc/jest', require('./tools/swc-options.json')];

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
