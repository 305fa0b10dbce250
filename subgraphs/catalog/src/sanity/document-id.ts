import { ARGUMENT_LIMITS } from '@elysium/subgraph-kit';

/** The characters Sanity allows in a document id (`drafts.` ids included, which queries then filter out). */
const DOCUMENT_ID = /^[A-Za-z0-9._-]+$/;

/**
 * Whether another subgraph's entity reference can name a catalogue document at all. `_Any` lets a
 * caller of `_entities` send anything as `id`; what cannot be an id resolves to null without asking Sanity.
 */
export function isDocumentId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= ARGUMENT_LIMITS.id && DOCUMENT_ID.test(value);
}
