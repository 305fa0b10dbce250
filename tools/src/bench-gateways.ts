import { freePort, internalCallHeaders } from '@elysium/subgraph-kit/core';
import { drive, IDENTITY_SECRET, memoryOf, WARMUP_MS, type Operation } from './bench-measure';
import type { LaunchedGraph } from './launch-graph';
import { startRoundRobinProxy } from './round-robin-proxy';

const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(8);

/**
 * @apollo/gateway and Hive Gateway side by side over the same subgraphs, each operation sent to both
 * with the same caller: throughput and p50 at 8 clients, p50 at one client, against the owning
 * subgraph asked directly. A bare HTTP proxy in front of the subgraph shows what the loopback hop
 * alone costs: no gateway can add less.
 */
export async function benchGateways(
  graph: LaunchedGraph,
  operations: Array<Operation & { headers: Record<string, string>; directIdentity: Parameters<typeof internalCallHeaders>[2] }>,
  measureMs: number,
): Promise<void> {
  const hiveUrl = graph.hiveGatewayUrl;
  if (!hiveUrl) throw new Error('the graph was launched without its Hive Gateway');
  console.log('\n@apollo/gateway and Hive Gateway (GATEWAY_ENGINE=hive), the same front, plugins and subgraphs; signed-in callers');
  console.log(
    `${'operation'.padEnd(44)} | ${'apollo req/s'.padStart(12)} ${'p50'.padStart(6)} | ${'hive req/s'.padStart(10)} ${'p50'.padStart(6)} | 1-client p50 ms: ${'apollo'.padStart(6)} ${'hive'.padStart(6)} ${'direct'.padStart(6)} ${'hop only'.padStart(8)}`,
  );
  for (const operation of operations) {
    const body = JSON.stringify({ query: operation.query, variables: operation.variables });
    const directBody = JSON.stringify({ query: operation.directQuery, variables: operation.variables });
    const directUrl = graph.subgraphUrls[operation.owner];
    const directHeaders = operation.directIdentity
      ? internalCallHeaders(operation.owner, IDENTITY_SECRET, operation.directIdentity, 'bench', {
          query: operation.directQuery,
          variables: operation.variables,
        })
      : {};
    const hop = await startRoundRobinProxy(await freePort(), [new URL(directUrl).origin]);
    const hopUrl = new URL(new URL(directUrl).pathname, hop.url).toString();
    try {
      for (const url of [graph.gatewayUrl, hiveUrl]) await drive(url, body, operation.headers, WARMUP_MS);
      await drive(directUrl, directBody, directHeaders, WARMUP_MS / 2, 1);
      await drive(hopUrl, directBody, directHeaders, WARMUP_MS / 2, 1);
      const apollo = await drive(graph.gatewayUrl, body, operation.headers, measureMs);
      const hive = await drive(hiveUrl, body, operation.headers, measureMs);
      const apolloAlone = await drive(graph.gatewayUrl, body, operation.headers, measureMs / 2, 1);
      const hiveAlone = await drive(hiveUrl, body, operation.headers, measureMs / 2, 1);
      const directAlone = await drive(directUrl, directBody, directHeaders, measureMs / 2, 1);
      const hopAlone = await drive(hopUrl, directBody, directHeaders, measureMs / 2, 1);
      console.log(
        `${operation.name.slice(0, 44).padEnd(44)} | ${fmt(apollo.requestsPerSecond).padStart(12)} ${apollo.p50.toFixed(2).padStart(6)} | ${fmt(hive.requestsPerSecond).padStart(10)} ${hive.p50.toFixed(2).padStart(6)} |                  ${apolloAlone.p50.toFixed(2).padStart(6)} ${hiveAlone.p50.toFixed(2).padStart(6)} ${directAlone.p50.toFixed(2).padStart(6)} ${hopAlone.p50.toFixed(2).padStart(8)}`,
      );
    } finally {
      await hop.close();
    }
  }
  const memory = memoryOf(graph, 'all');
  console.log(
    `Resident memory after this section: @apollo/gateway ${memory.gateway?.toFixed(0)} MiB, Hive Gateway ${memory['hive-gateway']?.toFixed(0)} MiB.`,
  );
  console.log('"hop only" is the subgraph asked through a bare HTTP proxy: the part of any gateway\'s overhead that is the network hop.');
}
