import type { DocumentStore, SanityDocument } from './document-store';

/** A Sanity mutation, as `POST /data/mutate/:dataset` receives it. */
export type Mutation =
  | { create: SanityDocument }
  | { createOrReplace: SanityDocument }
  | { createIfNotExists: SanityDocument }
  | { delete: { id: string } }
  | { patch: Patch };

interface Patch {
  id: string;
  ifRevisionID?: string;
  set?: Record<string, unknown>;
  setIfMissing?: Record<string, unknown>;
  unset?: string[];
  inc?: Record<string, number>;
  dec?: Record<string, number>;
}

export class MutationError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly type: string,
  ) {
    super(message);
  }
}

export interface MutationResult {
  id: string;
  operation: 'create' | 'update' | 'delete' | 'none';
  document?: SanityDocument;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
}

function getPath(target: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], target);
}

function unsetPath(target: Record<string, unknown>, path: string): void {
  const keys = path.split('.');
  const parent = getPath(target, keys.slice(0, -1).join('.')) ?? (keys.length === 1 ? target : undefined);
  if (parent && typeof parent === 'object') delete (parent as Record<string, unknown>)[keys[keys.length - 1]];
}

function requireId(document: SanityDocument | undefined): SanityDocument {
  if (!document?._id || !document._type) throw new MutationError('Documents need _id and _type', 400, 'mutationError');
  return document;
}

/**
 * Applies a transaction all-or-nothing: every mutation is checked against a scratch copy first,
 * as Sanity's transactions are atomic.
 */
export function applyMutations(store: DocumentStore, mutations: Mutation[]): MutationResult[] {
  const planned: Array<() => MutationResult> = [];
  const pending = new Map<string, SanityDocument | null>();
  const current = (id: string) => (pending.has(id) ? (pending.get(id) ?? undefined) : store.get(id));

  for (const mutation of mutations) {
    if ('create' in mutation) {
      const doc = requireId(mutation.create);
      if (current(doc._id)) throw new MutationError(`Document by ID "${doc._id}" already exists`, 409, 'documentAlreadyExistsError');
      pending.set(doc._id, doc);
      planned.push(() => ({ id: doc._id, operation: 'create', document: store.put(doc) }));
    } else if ('createOrReplace' in mutation) {
      const doc = requireId(mutation.createOrReplace);
      const existed = Boolean(current(doc._id));
      pending.set(doc._id, doc);
      planned.push(() => ({ id: doc._id, operation: existed ? 'update' : 'create', document: store.put(doc) }));
    } else if ('createIfNotExists' in mutation) {
      const doc = requireId(mutation.createIfNotExists);
      if (current(doc._id)) {
        planned.push(() => ({ id: doc._id, operation: 'none' }));
      } else {
        pending.set(doc._id, doc);
        planned.push(() => ({ id: doc._id, operation: 'create', document: store.put(doc) }));
      }
    } else if ('delete' in mutation) {
      const { id } = mutation.delete;
      pending.set(id, null);
      planned.push(() => ({ id, operation: store.delete(id) ? 'delete' : 'none' }));
    } else if ('patch' in mutation) {
      const patch = mutation.patch;
      const existing = current(patch.id);
      if (!existing) throw new MutationError(`Document by ID "${patch.id}" not found`, 404, 'documentNotFoundError');
      if (patch.ifRevisionID && existing._rev !== patch.ifRevisionID) {
        throw new MutationError(`Document "${patch.id}" has unexpected revision ID`, 409, 'conflictError');
      }
      const next = structuredClone(existing);
      for (const [path, value] of Object.entries(patch.setIfMissing ?? {}))
        if (getPath(next, path) === undefined) setPath(next, path, value);
      for (const [path, value] of Object.entries(patch.set ?? {})) setPath(next, path, value);
      for (const path of patch.unset ?? []) unsetPath(next, path);
      for (const [path, by] of Object.entries(patch.inc ?? {})) setPath(next, path, Number(getPath(next, path) ?? 0) + by);
      for (const [path, by] of Object.entries(patch.dec ?? {})) setPath(next, path, Number(getPath(next, path) ?? 0) - by);
      pending.set(patch.id, next);
      planned.push(() => ({ id: patch.id, operation: 'update', document: store.put(next) }));
    } else {
      throw new MutationError(`Unknown mutation: ${Object.keys(mutation).join(', ')}`, 400, 'mutationError');
    }
  }
  return planned.map((apply) => apply());
}
