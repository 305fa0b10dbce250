import { SUBGRAPH_NAMES, subgraphUrlVariable, type SubgraphName } from '@elysium/subgraph-kit/core';
import type { GatewayEnv } from '../env';

const JOIN_GRAPH = /@join__graph\(name:\s*"([^"]+)",\s*url:\s*"([^"]*)"\)/g;

/**
 * Where each subgraph of the supergraph answers: the URL composed into it, unless the environment
 * overrides it (CATALOG_URL … PAYMENTS_URL: docker-compose, tests, deploys). Both gateways call the
 * same addresses.
 */
export function subgraphUrls(supergraphSdl: string, env: GatewayEnv): ReadonlyMap<string, string> {
  const urls = new Map<string, string>();
  for (const [, name, composed] of supergraphSdl.matchAll(JOIN_GRAPH)) {
    const override = SUBGRAPH_NAMES.includes(name as SubgraphName) ? env[subgraphUrlVariable(name as SubgraphName)] : undefined;
    const url = override ?? composed;
    if (!url) throw new Error(`No URL for subgraph ${name}`);
    urls.set(name, url);
  }
  if (urls.size === 0) throw new Error('The supergraph names no subgraphs (@join__graph)');
  return urls;
}
