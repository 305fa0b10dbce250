import Link from 'next/link';

export interface CardProduct {
  slug: string;
  title: string;
  price: { formatted: string };
  image?: { alt: string; width: number; height: number; small: string; large: string } | null;
  availability?: { status: string } | null;
}

const STATUS: Record<string, string> = {
  IN_STOCK: 'In stock',
  LOW_STOCK: 'Last pieces',
  SOLD_OUT: 'Sold out',
  MADE_TO_ORDER: 'Made to order',
  RESERVED: 'Reserved',
};

/** A piece in a listing: image (two sizes, srcset), title, price and whether it can be had. */
export function ProductCard({ product }: { product: CardProduct }) {
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
