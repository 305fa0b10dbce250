import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AddToBag } from '@/components/add-to-bag';
import { Configurator } from '@/components/configurator';
import { RecordView } from '@/components/record-view';
import { SaveToWishlist } from '@/components/save-to-wishlist';
import { graphql } from '@/gql';
import { publicGraph, STOCK_SECONDS } from '@/lib/graph';
import { metalName } from '@/lib/metals';

// Rendered on its first visit and kept for every visitor (ISR): rendered again when the content
// lake's webhook says the catalogue changed, and at least every STOCK_SECONDS for its availability.
export const revalidate = 30;

const ProductPage = graphql(`
  query ProductPage($slug: String!) {
    product(slug: $slug) {
      id
      slug
      title
      description
      metal
      leadTimeWeeks
      price {
        amount
        currency
        formatted
      }
      seo {
        title
        description
      }
      images {
        alt
        width
        height
        small: url(width: 600)
        large: url(width: 1200)
      }
      variants {
        sku
        metal
        size
        price {
          formatted
        }
      }
      stones {
        id
        title
        shape
        carat
        colour
        clarity
        cut
        lab
        certificateNumber
      }
      configurator {
        productId
        settings {
          code
          name
          stoneShapes
        }
        metals
        stones {
          id
          title
          shape
          carat
        }
        ringSizes
        engraving {
          maxLength
          price {
            formatted
          }
        }
        rules {
          settingCode
          metal
          stoneShape
          message
        }
      }
      availability {
        status
        quantityAvailable
        leadTimeWeeks
        viewingLocations {
          name
          clientViewing
        }
      }
    }
  }
`);

const SCHEMA_AVAILABILITY: Record<string, string> = {
  IN_STOCK: 'https://schema.org/InStock',
  LOW_STOCK: 'https://schema.org/LimitedAvailability',
  SOLD_OUT: 'https://schema.org/SoldOut',
  MADE_TO_ORDER: 'https://schema.org/MadeToOrder',
  RESERVED: 'https://schema.org/OutOfStock',
};

type Params = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  if (slug.length > 120) return null;
  return (await publicGraph(ProductPage, { slug }, { revalidate: STOCK_SECONDS })).product;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const product = await load((await params).slug);
  if (!product) return { title: 'Not found' };
  const description = product.seo?.description ?? product.description.slice(0, 160);
  return {
    title: product.seo?.title ?? product.title,
    description,
    alternates: { canonical: `/products/${product.slug}` },
    openGraph: { title: product.title, description, images: product.images.slice(0, 1).map((i) => ({ url: i.large, alt: i.alt })) },
  };
}

/** One piece: gallery, details, its stones' certificates, whether it can be had now, and the bag. */
export default async function Product({ params }: Params) {
  const product = await load((await params).slug);
  if (!product) notFound();
  const status = product.availability?.status;
  const soldOut = status === 'SOLD_OUT' || status === 'RESERVED';
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.title,
    description: product.description,
    image: product.images.map((i) => i.large),
    sku: product.variants[0]?.sku,
    offers: {
      '@type': 'Offer',
      price: (product.price.amount / 100).toFixed(2),
      priceCurrency: product.price.currency,
      availability: status ? SCHEMA_AVAILABILITY[status] : undefined,
    },
  };
  return (
    <article className="product">
      <RecordView productId={product.id} />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }} />
      <div className="gallery">
        {product.images.map((image, index) => (
          <img
            key={image.small}
            src={image.small}
            srcSet={`${image.small} 600w, ${image.large} 1200w`}
            sizes="(max-width: 48rem) 100vw, 60vw"
            alt={image.alt}
            width={image.width}
            height={image.height}
            loading={index === 0 ? 'eager' : 'lazy'}
          />
        ))}
      </div>
      <div>
        <h1>{product.title}</h1>
        <p className="price">{product.price.formatted}</p>
        <p>{product.description}</p>
        {product.metal && <p className="muted">{metalName(product.metal)}</p>}
        <p className="status" aria-live="polite">
          {status === 'MADE_TO_ORDER'
            ? `Made to order in our atelier: ${product.availability?.leadTimeWeeks ?? product.leadTimeWeeks ?? 'a few'} weeks`
            : status === 'LOW_STOCK'
              ? `Only ${product.availability?.quantityAvailable} available`
              : status === 'IN_STOCK'
                ? 'In stock'
                : soldOut
                  ? 'Not available just now'
                  : ''}
        </p>
        <AddToBag
          disabled={soldOut || product.variants.length === 0}
          variants={product.variants.map((v) => ({
            sku: v.sku,
            label: [metalName(v.metal), v.size ? `size ${v.size}` : null].filter(Boolean).join(', '),
            price: v.price.formatted,
          }))}
        />
        {product.configurator && <Configurator data={product.configurator} />}
        <SaveToWishlist productId={product.id} />
        {product.availability && product.availability.viewingLocations.length > 0 && (
          <section aria-labelledby="viewing">
            <h2 id="viewing">See it in person</h2>
            <ul>
              {product.availability.viewingLocations.map((l) => (
                <li key={l.name}>
                  {l.name}
                  {l.clientViewing && <span className="muted"> · {l.clientViewing}</span>}
                </li>
              ))}
            </ul>
          </section>
        )}
        {product.stones.length > 0 && (
          <section aria-labelledby="stones">
            <h2 id="stones">The stones</h2>
            {product.stones.map((stone) => (
              <dl key={stone.id}>
                <dt>{stone.title}</dt>
                <dd>
                  {stone.carat.toFixed(2)} ct {stone.shape.toLowerCase()}
                  {stone.colour && `, colour ${stone.colour}`}
                  {stone.clarity && `, clarity ${stone.clarity}`}
                  {stone.cut && `, cut ${stone.cut}`}
                </dd>
                <dd className="muted">
                  Certificate: {stone.lab} {stone.certificateNumber}
                </dd>
              </dl>
            ))}
          </section>
        )}
      </div>
    </article>
  );
}
