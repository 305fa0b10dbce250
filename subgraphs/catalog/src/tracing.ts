// main.ts's first import: OpenTelemetry must patch http, undici and pg before anything loads them.
import { startTracing } from '@elysium/subgraph-kit/tracing';

startTracing('catalog');
