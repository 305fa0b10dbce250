import type http from 'node:http';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger, Metrics } from '@elysium/subgraph-kit/core';
import type { GatewayContext } from '../context';
import type { GatewayEnv } from '../env';
import type { CostRateLimiter } from '../limits/rate-limiter';
import type { ResponseCache } from '../plugins/response-cache';
import type { SchemaExplorer } from '../plugins/schema-explorer';
import type { SubgraphFetcher } from '../subgraphs/subgraph-fetcher';

/** How a call to a subgraph ended, for its latency histogram. */
export type SubgraphCallOutcome = 'ok' | 'refused' | 'failed' | 'circuit_open';

/** What either GraphQL engine is given: the gateway's shared parts. */
export interface EngineDeps {
  env: GatewayEnv;
  log: Logger;
  metrics: Metrics;
  supergraphSdl: string;
  subgraphUrls: ReadonlyMap<string, string>;
  fetcher: SubgraphFetcher;
  rateLimiter: CostRateLimiter;
  responseCache: ResponseCache;
  httpServer: http.Server;
  /** Who may explore the schema (SCHEMA_EXPLORER, or its default for NODE_ENV). */
  explorer: SchemaExplorer;
  observeSubgraphCall(subgraph: string, outcome: SubgraphCallOutcome, seconds: number): void;
}

/**
 * The part of the gateway that plans operations over the supergraph and calls the subgraphs:
 * @apollo/gateway (the default) or Hive Gateway. Everything in front of it (headers, CORS, body
 * limits, authentication, the door's rate-limit point, persisted documents) is the same Express
 * chain for both, and both apply the same operation limits, signed calls and response cache through
 * their own plugin hooks.
 */
export interface GraphEngine {
  /** Answers POST and GET /graphql once the shared chain has run. */
  handler: RequestHandler;
  stop(): Promise<void>;
}

/** The request's context, from what the shared chain put in `res.locals`. */
export function contextOf(req: Request, res: Response): GatewayContext {
  return {
    requestId: res.locals.requestId as string,
    traceId: res.locals.traceId as string,
    identity: res.locals.identity ?? null,
    clientIp: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    session: res.locals.session,
    rate: res.locals.rate,
    setCookies: (values) => res.append('set-cookie', values),
  };
}
