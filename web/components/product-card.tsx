import Link from 'next/link';
import { graphql } from '@/gql';
import type { ProductCardFragment } from '@/gql/graphql';

/** What a listing asks for each piece: one fragment, spread by every page that lists pieces. */
export const ProductCardFields = graphql(`
  fragment ProductCard on Product {
    slug
    title
    price {
      formatted
    }
    image {
      alt
      width
      height
      small: url(width: 400)
      large: url(width: 800)
    }
    availability {
      status
    }
  }
`);

const STATUS: Record<string, string> = {
  IN_STOCK: 'In stock',
  LOW_STOCK: 'Last pieces',
  SOLD_OUT: 'Sold out',
  MADE_TO_ORDER: 'Made to order',
  RESERVED: 'Reserved',
};

/** A piece in a listing: image (two sizes, srcset), title, price and whether it can be had. */
export function ProductCard({ product }: { product: ProductCardFragment }) {
  return (
    <Link className="card" href={`/products/${product.slug}`}>
      {product.image && (
        <img
          src={product.image.small}
          srcSet={`${product.image.small} 400w, ${product.image.large} 800w`}
          sizes="(max-width: 48rem) 100vw, 25vw"
          alt={product.image.alt}
          width={product.image.width}
          height={product.image.height}
          loading="lazy"
        />
      )}
      <div className="title">{product.title}</div>
      <div className="price">{product.price.formatted}</div>
      {product.availability && <div className="status">{STATUS[product.availability.status] ?? product.availability.status}</div>}
    </Link>
  );
}
