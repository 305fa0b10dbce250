import type { DocumentStore } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/** Bytes of parsed documents kept for reuse. */
const MAX_BYTES = 32 * 1024 * 1024;

/**
 * Apollo keeps parsed documents by query hash, and by default sizes each by its JSON: a few hundred
 * bytes for `#<200 kB comment> { __typename }`, whose source text the document still holds. Unique
 * padded queries then grew the gateway by hundreds of megabytes within its nominal 30 MiB. Here a
 * document weighs its source (UTF-16) plus a generous allowance for the tree built from it.
 */
export function boundedDocumentStore(maxBytes = MAX_BYTES): DocumentStore {
  const cache = new LRUCache<string, DocumentNode>({
    maxSize: maxBytes,
    sizeCalculation: (document) => {
      const source = document.loc?.source.body.length ?? 1_000;
      return source * 2 + source * 10;
    },
  });
  return {
    get: async (key) => cache.get(key),
    set: async (key, value) => {
      cache.set(key, value);
    },
    delete: async (key) => cache.delete(key),
  };
}
