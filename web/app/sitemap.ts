import type { MetadataRoute } from 'next';
import { graphql } from '@/gql';
import { ARTICLE_SECTIONS } from '@/lib/articles';
import { webEnv } from '@/lib/env';
import { CONTENT_SECONDS, publicGraph } from '@/lib/graph';

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

const SitemapContent = graphql(`
  query SitemapContent {
    articles(first: 100) {
      slug
      kind
      publishedAt
    }
    pages {
      slug
    }
  }
`);

/** Every published piece (a page of the catalogue at a time), article and standing page. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const entries: MetadataRoute.Sitemap = [
    { url: `${webEnv.siteUrl}/`, changeFrequency: 'weekly' },
    { url: `${webEnv.siteUrl}/products`, changeFrequency: 'daily' },
    ...Object.values(ARTICLE_SECTIONS).map((s) => ({ url: `${webEnv.siteUrl}${s.path}`, changeFrequency: 'weekly' as const })),
  ];
  const content = await publicGraph(SitemapContent, {}, { revalidate: CONTENT_SECONDS });
  for (const a of content.articles)
    entries.push({ url: `${webEnv.siteUrl}${ARTICLE_SECTIONS[a.kind].path}/${a.slug}`, lastModified: a.publishedAt });
  for (const p of content.pages) entries.push({ url: `${webEnv.siteUrl}/${p.slug}`, changeFrequency: 'monthly' });
  let after: string | null | undefined;
  do {
    const { products } = await publicGraph(SitemapProducts, { after }, { revalidate: CONTENT_SECONDS });
    for (const p of products.nodes)
      entries.push({ url: `${webEnv.siteUrl}/products/${p.slug}`, lastModified: p.publishedAt, changeFrequency: 'weekly' });
    after = products.pageInfo.hasNextPage ? products.pageInfo.endCursor : null;
  } while (after);
  return entries;
}
