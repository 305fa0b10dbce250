import './tracing';
import { runPostgresSubgraph } from '@elysium/subgraph-kit';
import { env } from './env';
import { ordersSubgraph } from './subgraph';

runPostgresSubgraph(ordersSubgraph, env);
