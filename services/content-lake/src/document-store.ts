import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** A Sanity document: `_id` and `_type` plus anything; drafts have ids starting with `drafts.`. */
export interface SanityDocument {
  _id: string;
  _type: string;
  _rev?: string;
  _createdAt?: string;
  _updatedAt?: string;
  [field: string]: unknown;
}

export type Perspective = 'raw' | 'published' | 'drafts' | 'previewDrafts';

export const isDraftId = (id: string) => id.startsWith('drafts.');
const publishedIdOf = (id: string) => id.replace(/^drafts\./, '');

/** The documents of one dataset, held in memory, in insertion order. */
export class DocumentStore {
  private readonly documents = new Map<string, SanityDocument>();

  static fromNdjson(path: string): DocumentStore {
    const store = new DocumentStore();
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (line.trim()) store.put(JSON.parse(line) as SanityDocument);
    }
    return store;
  }

  get(id: string): SanityDocument | undefined {
    return this.documents.get(id);
  }

  put(document: SanityDocument): SanityDocument {
    const now = new Date().toISOString();
    const previous = this.documents.get(document._id);
    const stored: SanityDocument = {
      ...document,
      _createdAt: previous?._createdAt ?? document._createdAt ?? now,
      _updatedAt: now,
      _rev: randomUUID().replace(/-/g, '').slice(0, 22),
    };
    this.documents.set(document._id, stored);
    return stored;
  }

  delete(id: string): boolean {
    return this.documents.delete(id);
  }

  /**
   * The documents a query sees. `published` hides drafts (the public view); `drafts`/`previewDrafts`
   * lay each draft over its published document, under the published id, as Sanity does.
   */
  view(perspective: Perspective): SanityDocument[] {
    const all = [...this.documents.values()];
    if (perspective === 'raw') return all;
    if (perspective === 'published') return all.filter((d) => !isDraftId(d._id));
    const merged = new Map<string, SanityDocument>();
    for (const doc of all) {
      if (!isDraftId(doc._id) && !merged.has(doc._id)) merged.set(doc._id, doc);
    }
    for (const doc of all.filter((d) => isDraftId(d._id))) {
      merged.set(publishedIdOf(doc._id), { ...doc, _id: publishedIdOf(doc._id) });
    }
    return [...merged.values()];
  }
}
