import './tracing';
import { runPostgresSubgraph } from '@elysium/subgraph-kit';
import { env } from './env';
import { customersSubgraph } from './subgraph';

runPostgresSubgraph(customersSubgraph, env);
