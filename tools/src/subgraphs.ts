import { SUBGRAPH_REGISTRY, type SubgraphName } from '@elysium/subgraph-kit/core';

export type { SubgraphName };

/**
 * Every subgraph, its default port, and the app that runs it. The order is start order. The
 * launcher reads only this, never a subgraph's code (compose's definitions are in subgraph-definitions.ts).
 */
export const SUBGRAPHS = SUBGRAPH_REGISTRY.map((s) => ({ ...s, main: `subgraphs/${s.name}/src/main.ts` }));
