import express, { type Request, type Response } from 'express';
import { evaluate, parse } from 'groq-js';
import type { Logger } from 'pino';
import { DocumentStore, type Perspective } from './document-store';
import { applyMutations, MutationError, type Mutation } from './mutations';
import { placeholderImage } from './placeholder-images';

export interface ContentLakeOptions {
  store: DocumentStore;
  dataset: string;
  /** Bearer token required for writes and for non-public perspectives, as with a private Sanity dataset. */
  token: string;
  log: Logger;
  /** Called after each committed transaction with the ids it touched (Sanity's webhooks, later). */
  onChange?: (ids: string[]) => void;
}

const PERSPECTIVES = new Set<Perspective>(['raw', 'published', 'drafts', 'previewDrafts']);

function sanityError(res: Response, status: number, type: string, description: string, extra: object = {}) {
  res.status(status).json({ error: { type, description, ...extra }, statusCode: status, message: description });
}

/**
 * The part of Sanity's HTTP API that @sanity/client uses, served over a local in-memory dataset:
 * GROQ queries by GET (with `$param` JSON values) or POST, documents by id, and mutations. GROQ is
 * evaluated by groq-js, the reference implementation.
 */
export function createContentLakeApp(options: ContentLakeOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '10mb' }));
  let queries = 0;

  const authorised = (req: Request) => req.headers.authorization === `Bearer ${options.token}`;

  const dataRoute = (req: Request, res: Response): boolean => {
    if (!/^v(1|X|\d{4}-\d{2}-\d{2})$/.test(String(req.params.version))) {
      sanityError(res, 400, 'apiVersionError', `Invalid API version "${req.params.version}"`);
      return false;
    }
    if (req.params.dataset !== options.dataset) {
      sanityError(res, 404, 'datasetNotFoundError', `Dataset "${req.params.dataset}" not found`);
      return false;
    }
    return true;
  };

  const runQuery = async (req: Request, res: Response, query: unknown, params: Record<string, unknown>) => {
    if (!dataRoute(req, res)) return;
    if (typeof query !== 'string' || query.trim() === '') {
      sanityError(res, 400, 'queryParseError', 'Missing query');
      return;
    }
    const perspective = String(req.query.perspective ?? 'raw') as Perspective;
    if (!PERSPECTIVES.has(perspective)) {
      sanityError(res, 400, 'validationError', `Unknown perspective "${perspective}"`);
      return;
    }
    if (perspective !== 'published' && !authorised(req)) {
      // Without a token Sanity only ever shows published documents.
      sanityError(res, 401, 'unauthorizedError', `Perspective "${perspective}" needs a token`);
      return;
    }
    const started = performance.now();
    try {
      const tree = parse(query, { params });
      const value = await evaluate(tree, { dataset: options.store.view(perspective), params });
      const result = await value.get();
      queries += 1;
      res.json({ query, result, ms: Math.round(performance.now() - started) });
    } catch (error) {
      const { message, position } = error as Error & { position?: number };
      sanityError(res, 400, 'queryParseError', message, { query, start: position, end: position });
    }
  };

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'content-lake' });
  });
  app.get('/metrics', (_req, res) => {
    res.type('text/plain').send(`elysium_lake_queries_total{service="content-lake"} ${queries}\n`);
  });

  app.get('/images/:projectId/:dataset/:file', placeholderImage(options.store));

  app.get('/:version/data/query/:dataset', async (req, res) => {
    const params: Record<string, unknown> = {};
    for (const [key, raw] of Object.entries(req.query)) {
      if (!key.startsWith('$')) continue;
      try {
        params[key.slice(1)] = JSON.parse(String(raw));
      } catch {
        sanityError(res, 400, 'queryParseError', `Parameter "${key}" is not valid JSON`);
        return;
      }
    }
    await runQuery(req, res, req.query.query, params);
  });

  app.post('/:version/data/query/:dataset', async (req, res) => {
    await runQuery(req, res, req.body?.query, (req.body?.params ?? {}) as Record<string, unknown>);
  });

  app.get('/:version/data/doc/:dataset/:ids', (req, res) => {
    if (!dataRoute(req, res)) return;
    const ids = String(req.params.ids).split(',');
    const visible = ids.map((id) => options.store.get(id)).filter((doc) => doc && (authorised(req) || !doc._id.startsWith('drafts.')));
    res.json({
      documents: visible,
      omitted: ids.filter((id) => !visible.some((doc) => doc?._id === id)).map((id) => ({ id, reason: 'existence' })),
    });
  });

  app.post('/:version/data/mutate/:dataset', (req, res) => {
    if (!dataRoute(req, res)) return;
    if (!authorised(req)) {
      sanityError(res, 401, 'unauthorizedError', 'Mutations need a token with write access');
      return;
    }
    const mutations = req.body?.mutations as Mutation[] | undefined;
    if (!Array.isArray(mutations)) {
      sanityError(res, 400, 'mutationError', 'Body must be { "mutations": [...] }');
      return;
    }
    try {
      const results = applyMutations(options.store, mutations);
      const transactionId = crypto.randomUUID();
      options.log.info({ transactionId, ids: results.map((r) => r.id) }, 'mutation');
      options.onChange?.(results.map((r) => r.id));
      res.json({
        transactionId,
        results: results.map(({ id, operation }) => ({ id, operation })),
        ...(req.query.returnDocuments === 'true' ? { documents: results.flatMap((r) => (r.document ? [r.document] : [])) } : {}),
      });
    } catch (error) {
      if (error instanceof MutationError) sanityError(res, error.status, error.type, error.message);
      else throw error;
    }
  });

  return app;
}
