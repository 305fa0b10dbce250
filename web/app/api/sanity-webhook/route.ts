import { revalidateTag } from 'next/cache';
import { isValidWebhookSignature, SANITY_SIGNATURE_HEADER } from '@elysium/subgraph-kit/src/sanity-webhook';
import { webEnv } from '@/lib/env';
import { CATALOG_TAG } from '@/lib/graph';

/**
 * Sanity's webhook (a GROQ webhook on every publish): after its signature checks out, every cached
 * page and answer from the catalogue is rendered afresh on its next visit. Content changes are rare
 * and a piece reaches many pages (listings, collections, home), so all of it goes at once.
 */
export async function POST(request: Request): Promise<Response> {
  const body = await request.text();
  if (!isValidWebhookSignature(body, request.headers.get(SANITY_SIGNATURE_HEADER) ?? undefined, webEnv.sanityWebhookSecret))
    return Response.json({ error: 'invalid signature' }, { status: 401 });
  revalidateTag(CATALOG_TAG);
  return Response.json({ revalidated: true });
}
