/**
 * Writes demo/catalog.ndjson, the seed of the local Sanity content lake, in Sanity's export format
 * (one document per line): image assets, certified stones, collections, bespoke configurators, the
 * price list, products, guides and journal posts, pages, site settings, and one draft.
 *
 * The copy and numbers live in ./catalog/data, the documents are made in ./catalog/build-catalog.ts.
 * Deterministic: no clock, no randomness, so running it twice gives byte-identical output, and
 * catalog.spec.ts fails whenever the committed file differs from what this would write.
 *
 *   npm run catalog:generate
 */
import { writeFileSync } from 'node:fs';
import { buildCatalog, toNdjson } from './catalog/build-catalog';
import { validateCatalog } from './catalog/validate-catalog';
import { CATALOG_NDJSON } from './index';

const documents = buildCatalog();
validateCatalog(documents);
writeFileSync(CATALOG_NDJSON, toNdjson(documents));

const tally = new Map<string, number>();
for (const doc of documents) tally.set(doc._type, (tally.get(doc._type) ?? 0) + 1);
console.log(`Wrote ${documents.length} documents to ${CATALOG_NDJSON}: ${[...tally].map(([type, n]) => `${n} ${type}`).join(', ')}`);
