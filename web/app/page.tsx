import Link from 'next/link';
import { ProductCard } from '@/components/product-card';
import { graphql } from '@/gql';
import { ARTICLE_SECTIONS } from '@/lib/articles';
import { publicGraph, STOCK_SECONDS } from '@/lib/graph';

// Rendered per visit from a cached read: the build never needs a running graph.
export const dynamic = 'force-dynamic';

const HomePage = graphql(`
  query HomePage {
    siteSettings {
      title
      tagline
      announcement
    }
    collections {
      slug
      title
      description
    }
    products(first: 8, sort: NEWEST) {
      nodes {
        ...ProductCard
      }
    }
    articles(first: 3) {
      slug
      title
      kind
      excerpt
    }
  }
`);

export default async function Home() {
  const data = await publicGraph(HomePage, {}, { revalidate: STOCK_SECONDS });
  return (
    <>
      {data.siteSettings.announcement && <p className="notice">{data.siteSettings.announcement}</p>}
      <h1>{data.siteSettings.tagline ?? data.siteSettings.title}</h1>
      <section aria-labelledby="collections">
        <h2 id="collections">Collections</h2>
        <ul>
          {data.collections.map((c) => (
            <li key={c.slug}>
              <Link href={`/products?collection=${encodeURIComponent(c.slug)}`}>{c.title}</Link>
              {c.description && <span className="muted"> · {c.description}</span>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="new">
        <h2 id="new">New pieces</h2>
        <div className="grid">
          {data.products.nodes.map((p) => (
            <ProductCard key={p.slug} product={p} />
          ))}
        </div>
      </section>
      {data.articles.length > 0 && (
        <section aria-labelledby="journal">
          <h2 id="journal">Journal</h2>
          <ul>
            {data.articles.map((a) => (
              <li key={a.slug}>
                <Link href={`${ARTICLE_SECTIONS[a.kind].path}/${a.slug}`}>{a.title}</Link>
                {a.excerpt && <span className="muted"> · {a.excerpt}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
