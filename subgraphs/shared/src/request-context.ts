import { AsyncLocalStorage } from 'node:async_hooks';

/** What the current request has done so far, readable from anywhere below the request (SQL logger). */
export interface RequestTally {
  sqlStatements: number;
}

const storage = new AsyncLocalStorage<RequestTally>();

export function runWithTally<T>(fn: () => T): T {
  return storage.run({ sqlStatements: 0 }, fn);
}

export function currentTally(): RequestTally | undefined {
  return storage.getStore();
}
