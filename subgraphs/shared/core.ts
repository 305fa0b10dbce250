/** Everything but the subgraph machinery: `import { … } from '@elysium/subgraph-kit/core'`. */
export * from './src/core';
