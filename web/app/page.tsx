import Link from 'next/link';
import { ProductCard } from '@/components/product-card';
import { graphql } from '@/gql';
import { graph } from '@/lib/graph';

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
      excerpt
    }
  }
`);

export default async function Home() {
  const data = await graph(HomePage, {});
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
                <strong>{a.title}</strong>
                {a.excerpt && <span className="muted"> · {a.excerpt}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
