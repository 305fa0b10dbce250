import DataLoader from 'dataloader';
import type { SubgraphContext } from '../context';

/**
 * Declares a per-request DataLoader. Call the returned function with the request context to get
 * that request's loader; every `load` in one tick becomes one batch (one SQL or GROQ statement).
 */
export function defineLoader<K, V>(
  batch: (keys: readonly K[], context: SubgraphContext) => Promise<ReadonlyArray<V | Error>>,
  options: DataLoader.Options<K, V, unknown> = {},
): (context: SubgraphContext) => DataLoader<K, V, unknown> {
  const id = Symbol('loader');
  return (context) => {
    let loader = context.loaders.get(id) as DataLoader<K, V, unknown> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V, unknown>((keys) => batch(keys, context), { maxBatchSize: 500, ...options });
      context.loaders.set(id, loader);
    }
    return loader;
  };
}

/** Lines rows up with the keys DataLoader asked for; a missing row becomes `fallback`. */
export function byKey<K, R, F = null>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K, fallback: F = null as F): Array<R | F> {
  const index = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => index.get(key) ?? fallback);
}

/** Groups rows under the keys DataLoader asked for; a key with no rows gets an empty list. */
export function groupByKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
