import './tracing';
import { runService } from '@elysium/subgraph-kit';
import { env } from './env';
import { startCatalog } from './subgraph';

runService('catalog', env.LOG_LEVEL, () => startCatalog(env));
