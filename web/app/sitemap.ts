import type { MetadataRoute } from 'next';
import { graphql } from '@/gql';
import { webEnv } from '@/lib/env';
import { graph } from '@/lib/graph';

export const dynamic = 'force-dynamic';

const SitemapProducts = graphql(`
  query SitemapProducts($after: String) {
    products(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        slug
        publishedAt
      }
    }
  }
`);

/** Every published piece, a page of the catalogue at a time. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const entries: MetadataRoute.Sitemap = [
    { url: `${webEnv.siteUrl}/`, changeFrequency: 'weekly' },
    { url: `${webEnv.siteUrl}/products`, changeFrequency: 'daily' },
  ];
  let after: string | null | undefined;
  do {
    const { products } = await graph(SitemapProducts, { after });
    for (const p of products.nodes)
      entries.push({ url: `${webEnv.siteUrl}/products/${p.slug}`, lastModified: p.publishedAt, changeFrequency: 'weekly' });
    after = products.pageInfo.hasNextPage ? products.pageInfo.endCursor : null;
  } while (after);
  return entries;
}
