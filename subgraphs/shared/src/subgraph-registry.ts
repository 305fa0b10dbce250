/**
 * The one list of subgraphs: names, default ports and the variable that overrides each URL. The
 * gateway's env, the launcher (`npm start`, tests, bench), compose and docker-compose's check all read it.
 */
export const SUBGRAPH_REGISTRY = [
  { name: 'catalog', port: 4001 },
  { name: 'customers', port: 4002 },
  { name: 'orders', port: 4003 },
  { name: 'inventory', port: 4004 },
  { name: 'payments', port: 4005 },
] as const;

export type SubgraphName = (typeof SUBGRAPH_REGISTRY)[number]['name'];

export const SUBGRAPH_NAMES: readonly SubgraphName[] = SUBGRAPH_REGISTRY.map((s) => s.name);

/** `CATALOG_URL`, `CUSTOMERS_URL`, …: where the gateway finds a subgraph when not at the supergraph's URL. */
export const subgraphUrlVariable = <N extends SubgraphName>(name: N) => `${name.toUpperCase()}_URL` as `${Uppercase<N>}_URL`;

/** The default port of a subgraph. */
export function subgraphPort(name: SubgraphName): number {
  return SUBGRAPH_REGISTRY.find((s) => s.name === name)!.port;
}
