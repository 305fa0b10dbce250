import 'reflect-metadata';

export * from './context';
export * from './database/data-source';
export * from './database/transaction';
export * from './env';
export * from './graphql/dataloader';
export * from './graphql/errors';
export * from './graphql/federation';
export * from './graphql/money';
export * from './http/server';
export * from './identity';
export * from './logger';
export * from './metrics';
export * from './postgres-subgraph';
export * from './request-context';
export * from './subgraph';
export * from './http/format-error';
export * from './bearer-token';
