import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { ProductCard } from '@/components/product-card';
import { graphql } from '@/gql';
import type { ProductCategory, ProductSort } from '@/gql/graphql';
import { GraphRequestError, publicGraph, STOCK_SECONDS } from '@/lib/graph';
import { METAL_NAMES } from '@/lib/metals';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Jewellery' };

const Listing = graphql(`
  query ProductListing($first: Int!, $after: String, $sort: ProductSort!, $filter: ProductFilter) {
    products(first: $first, after: $after, sort: $sort, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ProductCard
      }
    }
    collections {
      slug
      title
    }
  }
`);

const SORTS: Record<ProductSort, string> = {
  TITLE: 'A to Z',
  PRICE_ASC: 'Price, low to high',
  PRICE_DESC: 'Price, high to low',
  NEWEST: 'Newest',
};
const CATEGORIES: Record<ProductCategory, string> = { RING: 'Rings', NECKLACE: 'Necklaces', EARRINGS: 'Earrings', BRACELET: 'Bracelets' };
const PAGE = 12;

type Search = Record<string, string | string[] | undefined>;

/** One filter of the form: a labelled select of value → label. */
function Choice({ label, name, value, options }: { label: string; name: string; value: string; options: Record<string, string> }) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value}>
        {Object.entries(options).map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
const pick = <K extends string>(options: Record<K, string>, value: string | undefined) =>
  value && value in options ? (value as K) : undefined;
const pounds = (value: string | undefined) => (value && /^\d{1,7}$/.test(value) ? Number(value) * 100 : undefined);

/**
 * Every piece, filtered and sorted; the state lives in the URL (a GET form), so a reload, a shared
 * link or the back button shows the same page.
 */
export default async function Products({ searchParams }: { searchParams: Promise<Search> }) {
  const query = await searchParams;
  const sort = pick(SORTS, one(query.sort)) ?? 'TITLE';
  const category = pick(CATEGORIES, one(query.category));
  const metal = pick(METAL_NAMES, one(query.metal));
  const collection = one(query.collection);
  const priceMax = pounds(one(query.under));
  const search = one(query.q)?.slice(0, 200);
  const after = one(query.after);
  const next = new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (k !== 'after' && one(v) ? [[k, one(v)!]] : [])));
  const data = await publicGraph(
    Listing,
    { first: PAGE, after, sort, filter: { category, metal, collection, priceMax, search } },
    { revalidate: STOCK_SECONDS },
  ).catch((error: unknown) => {
    // A cursor edited by hand (or from an old link) is refused by the graph: show the first page instead.
    if (after && error instanceof GraphRequestError && error.errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT')) return null;
    throw error;
  });
  if (!data) redirect(`/products?${next.toString()}`);
  if (data.products.pageInfo.endCursor) next.set('after', data.products.pageInfo.endCursor);
  return (
    <>
      <h1>{search ? `Jewellery matching “${search}”` : 'Jewellery'}</h1>
      <form className="filters" method="get" aria-label="Filter and sort" role="search">
        <label>
          Search
          <input name="q" type="search" defaultValue={search ?? ''} size={18} />
        </label>
        <label>
          Collection
          <select name="collection" defaultValue={collection ?? ''}>
            <option value="">All</option>
            {data.collections.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
        <Choice label="Piece" name="category" value={category ?? ''} options={{ '': 'All', ...CATEGORIES }} />
        <Choice label="Metal" name="metal" value={metal ?? ''} options={{ '': 'All', ...METAL_NAMES }} />
        <label>
          Up to (£)
          <input name="under" inputMode="numeric" pattern="\d*" defaultValue={one(query.under) ?? ''} size={8} />
        </label>
        <Choice label="Sort" name="sort" value={sort} options={SORTS} />
        <button type="submit">Show</button>
      </form>
      <p className="muted">
        {data.products.totalCount} {data.products.totalCount === 1 ? 'piece' : 'pieces'}
      </p>
      <div className="grid">
        {data.products.nodes.map((p) => (
          <ProductCard key={p.slug} product={p} />
        ))}
      </div>
      <nav className="pager" aria-label="Pages">
        {after ? (
          <Link href={`/products?${new URLSearchParams({ ...(collection ? { collection } : {}), sort }).toString()}`}>First page</Link>
        ) : (
          <span />
        )}
        {data.products.pageInfo.hasNextPage && <Link href={`/products?${next.toString()}`}>Next page</Link>}
      </nav>
    </>
  );
}
