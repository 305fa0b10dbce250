import './tracing';
import { runPostgresSubgraph } from '@elysium/subgraph-kit';
import { env, stripeSettings } from './env';
import { paymentsSubgraph } from './subgraph';

runPostgresSubgraph(paymentsSubgraph(stripeSettings), env);
