/**
 * OpenTelemetry's start, apart from the rest of the kit so that an app's first import can run it
 * before anything loads `http`, `undici` or `pg`: `import { startTracing } from '@elysium/subgraph-kit/tracing'`.
 */
export { startTracing, stopTracing } from './src/telemetry/tracing';
