/**
 * What every app needs (gateway, local services, tools) without type-graphql or TypeORM: env
 * parsing, identity, tokens, logging, thrown GraphQL errors, HTTP helpers and the subgraph registry.
 * Subgraphs import the whole kit from `index.ts`, which re-exports this.
 */
export * from './bearer-token';
export * from './configuration-token';
export * from './env';
export * from './graphql/thrown-errors';
export * from './http/format-error';
export * from './http/ports';
export * from './http/post-json';
export * from './http/metrics-route';
export * from './http/trace-context';
export * from './http/run-service';
export * from './identity';
export * from './logger';
export * from './metrics';
export * from './graphql/graphql-metrics';
export * from './sanity-webhook';
export * from './http/sanity-webhook-route';
export * from './stripe-webhook-events';
export * from './subgraph-registry';
export * from './http/request-errors';
export * from './mail';
export * from './rate-limits';
export * from './redis/connect-redis';
export * from './redis/replica-broadcast';
export * from './http/subgraph-client';
export * from './telemetry/spans';
