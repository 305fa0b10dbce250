import path from 'node:path';
import { DEMO_ACCOUNT_PASSWORD, DEMO_ACCOUNTS, DEMO_CUSTOMERS } from '@elysium/demo';
import { mintBearerToken } from '@elysium/subgraph-kit/core';
import { embeddedPostgresUrl, startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';
import { ROOT, toolsEnv } from './env';
import { FIXED_URLS, launchGraph } from './launch-graph';
import { startStorefront } from './storefront';
import { readableLine } from './log-lines';

/**
 * `npm start`: the whole graph on this machine, with zero configuration. `npm start` compiles the
 * workspace first (tools/src/build.ts, about a second) and runs this from dist/: every app runs its
 * compiled JavaScript in a worker thread of this one process, over real HTTP as in production.
 */
async function main(): Promise<void> {
  const started = Date.now();
  // Embedded Postgres's address is known before it is up: the apps start alongside it and wait.
  const databaseUrl = toolsEnv.DATABASE_URL ?? embeddedPostgresUrl(toolsEnv.EMBEDDED_POSTGRES_PORT, 'elysium');
  if (!toolsEnv.DATABASE_URL)
    console.log(`Starting embedded PostgreSQL on port ${toolsEnv.EMBEDDED_POSTGRES_PORT} (data in .data/postgres)…`);
  const postgresStarting: Promise<RunningPostgres | undefined> = toolsEnv.DATABASE_URL
    ? Promise.resolve(undefined)
    : startEmbeddedPostgres({
        dataDir: path.join(ROOT, '.data', 'postgres'),
        port: toolsEnv.EMBEDDED_POSTGRES_PORT,
        persistent: true,
        database: 'elysium',
      });

  // The storefront starts with the graph, not after it: it reads the gateway per request, at the
  // documented address.
  const webStarting = startStorefront({
    gatewayUrl: FIXED_URLS.gateway,
    stripeUrl: FIXED_URLS.stripe,
    port: 3000,
    mode: 'dev',
    onOutput: (line) => console.log(readableLine('web', line)),
  });
  const graphStarting = launchGraph({
    databaseUrl,
    ports: 'fixed',
    seedDemoData: true,
    logLevel: toolsEnv.LOG_LEVEL,
    nodeEnv: 'development',
    runtime: 'compiled',
    isolation: 'thread',
    storefrontUrl: 'http://localhost:3000',
    onOutput: (name, line) => console.log(readableLine(name, line)),
  });
  const [postgresStart, graphStart, webStart] = await Promise.allSettled([postgresStarting, graphStarting, webStarting]);
  const postgres = postgresStart.status === 'fulfilled' ? postgresStart.value : undefined;
  const failed = [postgresStart, graphStart, webStart].find((outcome) => outcome.status === 'rejected');
  if (failed) {
    if (graphStart.status === 'fulfilled') await graphStart.value.stop();
    if (webStart.status === 'fulfilled') await webStart.value.stop();
    await postgres?.stop();
    throw (failed as PromiseRejectedResult).reason;
  }
  const graph = (graphStart as PromiseFulfilledResult<Awaited<typeof graphStarting>>).value;
  const web = (webStart as PromiseFulfilledResult<Awaited<typeof webStarting>>).value;

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    await web.stop();
    await graph.stop();
    await postgres?.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  const staff = await mintBearerToken({ subject: 'staff-demo', role: 'staff' }, toolsEnv.AUTH_JWT_SECRET);
  const client = DEMO_CUSTOMERS[0];
  const customer = await mintBearerToken({ subject: client.id, role: 'customer' }, toolsEnv.AUTH_JWT_SECRET);
  const publicUrl = graph.gatewayUrl.replace('127.0.0.1', 'localhost');
  console.log(`
ELYSIUM commerce graph is up (${((Date.now() - started) / 1000).toFixed(1)} s). Ctrl-C stops everything.

  Storefront (Next.js, dev)    ${web.url}
  Gateway and Apollo Sandbox   ${publicUrl}
${Object.entries(graph.subgraphUrls)
  .map(([name, url]) => `  Subgraph ${name.padEnd(19)} ${url}`)
  .join('\n')}
  Content lake (Sanity API)    ${graph.contentLakeUrl}
  Stripe test double           ${graph.stripeUrl}
  Mail sink (sent mail)        ${graph.mailSinkUrl.replace('127.0.0.1', 'localhost')}   (SMTP ${graph.smtpUrl})
  PostgreSQL                   ${postgres ? `embedded, ${postgres.url}` : 'DATABASE_URL'}

Development tokens (valid 12 hours; send as "Authorization: Bearer <token>"):
  staff                        ${staff}
  client ${`${client.givenName} ${client.familyName}`.padEnd(21)} ${customer}

Demo accounts (signIn mutation; the password of each is "${DEMO_ACCOUNT_PASSWORD}"; add the header
"x-elysium-session: cookie" to get httpOnly cookies instead of tokens):
${DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(28)} ${a.email}`).join('\n')}

Try, in Sandbox or with curl:
  { products(first: 3, filter: { category: RING }) { nodes { title price { formatted } image { url(width: 600) } availability { status } } } }
  { customer(id: "${client.id}") { givenName orders { number total { formatted } payment { status } } } }   (needs a token)
`);
}

main().catch((error: Error) => {
  console.error(`npm start failed: ${error.message}`);
  process.exit(1);
});
