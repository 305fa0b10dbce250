import { readFileSync } from 'node:fs';
import type { RequestHandler } from 'express';
import { isStaffRole, type Identity } from '@elysium/subgraph-kit/core';

/**
 * `allowed`: a request may name a document of the manifest (`{ "documentId": "sha256:…" }`) or send
 * its own. `required`: the public (anonymous callers and clients) may only run the manifest's
 * documents, the storefront's operations; staff tools still send full documents under their own
 * limits.
 */
export type PersistedDocumentsMode = 'allowed' | 'required';

/** The storefront's manifest, written by codegen: document id (`sha256:<hex>`) → document. */
export function loadPersistedDocuments(path: string): ReadonlyMap<string, string> {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  return new Map(Object.entries(manifest).flatMap(([id, document]) => (typeof document === 'string' ? [[id, document] as const] : [])));
}

function refuse(res: Parameters<RequestHandler>[1], code: string, message: string): void {
  res.status(400).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * Puts the manifest's document in place of a `documentId` (GraphQL over HTTP's persisted documents),
 * and in `required` mode refuses the public's own documents. A known document is ours: it was
 * measured when it was written, so it skips the size check that guards the parser (cost and depth
 * still apply to it).
 */
export function persistedDocuments(manifest: ReadonlyMap<string, string>, mode: PersistedDocumentsMode): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'POST') return next();
    const body = req.body as { query?: unknown; documentId?: unknown } | undefined;
    if (body && body.documentId !== undefined) {
      const document = typeof body.documentId === 'string' ? manifest.get(body.documentId) : undefined;
      if (!document) return refuse(res, 'PERSISTED_DOCUMENT_NOT_FOUND', 'No document of the manifest has this documentId.');
      body.query = document;
      delete body.documentId;
      res.locals.persistedDocument = true;
      return next();
    }
    if (mode === 'required' && typeof body?.query === 'string' && !isStaffRole((res.locals.identity as Identity | null)?.role)) {
      return refuse(
        res,
        'PERSISTED_DOCUMENT_REQUIRED',
        'Send the documentId of a published operation; full documents are for staff tools.',
      );
    }
    next();
  };
}
