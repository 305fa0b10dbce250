import './tracing';
import { runPostgresSubgraph } from '@elysium/subgraph-kit';
import { env } from './env';
import { inventorySubgraph } from './subgraph';

runPostgresSubgraph(inventorySubgraph, env);
