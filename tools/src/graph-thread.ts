import { Worker } from 'node:worker_threads';
import { STOP_MESSAGE } from '@elysium/subgraph-kit/core';

/**
 * Heap bounds of an app in its worker thread. The young generation is kept small: `npm start`'s
 * graph idles at a fraction of the memory, and a development machine does not need the throughput
 * a large one buys (production runs each app as a process of its own, with V8's defaults). The old
 * generation is bounded too, so a runaway request ends its app's thread, not the whole graph.
 */
export const THREAD_HEAP_LIMITS = { maxYoungGenerationSizeMb: 6, maxOldGenerationSizeMb: 512 };

/** An app of the graph running in a worker thread of the launcher's process. */
export interface AppThread {
  worker: Worker;
  /** The thread's exit code once it has ended, else null. */
  exitCode(): number | null;
  /** Asks the app to stop as SIGTERM would (drain, close its pool), then ends the thread. */
  stop(): Promise<void>;
}

/**
 * Runs `entry` (a main.js, or main.ts with `preload` the SWC hook) in a worker thread with its own
 * environment, heap and event loop, talking to the rest of the graph over real HTTP as a process
 * would. Its stdout and stderr come back line by line.
 */
export function startAppThread(options: {
  entry: string;
  env: Record<string, string>;
  preload?: string;
  onLine: (line: string) => void;
}): AppThread {
  const worker = new Worker(options.entry, {
    env: options.env,
    execArgv: options.preload ? ['-r', options.preload] : [],
    stdout: true,
    stderr: true,
    resourceLimits: THREAD_HEAP_LIMITS,
  });
  let exitCode: number | null = null;
  const exited = new Promise<void>((resolve) => {
    worker.once('exit', (code) => {
      exitCode = code;
      resolve();
    });
  });
  // An uncaught exception ends the thread (exit code 1); say why.
  worker.on('error', (error) => options.onLine(`thread ended: ${error.stack ?? error.message}`));
  for (const stream of [worker.stdout, worker.stderr]) {
    let buffered = '';
    stream.on('data', (chunk: Buffer) => {
      const lines = (buffered + chunk.toString('utf8')).split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) options.onLine(line);
    });
  }
  return {
    worker,
    exitCode: () => exitCode,
    async stop() {
      if (exitCode !== null) return;
      worker.postMessage(STOP_MESSAGE);
      const timer = setTimeout(() => void worker.terminate(), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
