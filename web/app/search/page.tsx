import type { Metadata } from 'next';
import Link from 'next/link';
import { ArticleIndex } from '@/components/article-index';
import { ProductCard } from '@/components/product-card';
import { graphql } from '@/gql';
import { ArticleList } from '@/lib/articles';
import { CONTENT_SECONDS, publicGraph, STOCK_SECONDS } from '@/lib/graph';

export const metadata: Metadata = { title: 'Search', robots: { index: false } };

const SearchPieces = graphql(`
  query SearchPieces($search: String!) {
    products(first: 12, filter: { search: $search }, sort: TITLE) {
      totalCount
      nodes {
        ...ProductCard
      }
    }
  }
`);

/**
 * Search across the house: pieces as the catalog matches them (title, description, stones), and
 * the journal and guides whose title or opening lines carry every word asked for.
 */
export default async function Search({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 200) ?? '';
  const [pieces, writing] = q
    ? await Promise.all([
        publicGraph(SearchPieces, { search: q }, { revalidate: STOCK_SECONDS }),
        publicGraph(ArticleList, {}, { revalidate: CONTENT_SECONDS }),
      ])
    : [null, null];
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  const articles = (writing?.articles ?? []).filter((a) => words.every((w) => `${a.title} ${a.excerpt ?? ''}`.toLowerCase().includes(w)));
  return (
    <>
      <h1>{q ? `Search: “${q}”` : 'Search'}</h1>
      <form method="get" className="filters" role="search" aria-label="Search">
        <label>
          Search for
          <input name="q" type="search" defaultValue={q} maxLength={200} />
        </label>
        <button type="submit">Search</button>
      </form>
      {pieces && (
        <section aria-labelledby="pieces">
          <h2 id="pieces">Pieces</h2>
          {pieces.products.nodes.length === 0 ? (
            <p>No piece matches. Our client advisors can find or make what you have in mind.</p>
          ) : (
            <>
              <div className="grid">
                {pieces.products.nodes.map((p) => (
                  <ProductCard key={p.slug} product={p} />
                ))}
              </div>
              {pieces.products.totalCount > pieces.products.nodes.length && (
                <p>
                  <Link href={`/products?q=${encodeURIComponent(q)}`}>All {pieces.products.totalCount} pieces</Link>
                </p>
              )}
            </>
          )}
        </section>
      )}
      {articles.length > 0 && (
        <section aria-labelledby="writing">
          <h2 id="writing">Journal and guides</h2>
          <ArticleIndex articles={articles} />
        </section>
      )}
    </>
  );
}
