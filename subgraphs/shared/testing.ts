/** Test helpers: `import { createTestDatabase } from '@elysium/subgraph-kit/testing'`. */
export * from './src/testing';
