import 'reflect-metadata';

export * from './core';
export * from './context';
export * from './database/data-source';
export * from './database/request-transaction';
export * from './database/sql';
export * from './database/transaction';
export * from './events';
export * from './graphql/dataloader';
export * from './graphql/errors';
export * from './graphql/federation';
export * from './graphql/ids';
export * from './graphql/metal';
export * from './graphql/money';
export * from './http/server';
export * from './postgres-subgraph';
export * from './request-context';
export * from './subgraph';
