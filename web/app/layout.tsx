import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { graphql } from '@/gql';
import { webEnv } from '@/lib/env';
import { CONTENT_SECONDS, publicGraph } from '@/lib/graph';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(webEnv.siteUrl),
  title: { default: 'ELYSIUM · London jeweller', template: '%s · ELYSIUM' },
  description: 'Fine jewellery and bespoke rings, made in our London atelier.',
};

/** The standing pages editors keep, for the footer. */
const SiteFooter = graphql(`
  query SiteFooter {
    pages {
      slug
      title
    }
    siteSettings {
      contactEmail
      contactPhone
      address
    }
  }
`);

export default async function RootLayout({ children }: { children: ReactNode }) {
  // A footer the graph cannot give is left out rather than taking the page down with it.
  const footer = await publicGraph(SiteFooter, {}, { revalidate: CONTENT_SECONDS }).catch(() => null);
  return (
    <html lang="en-GB">
      <body>
        <a className="skip" href="#content">
          Skip to content
        </a>
        <header className="site">
          <Link className="brand" href="/">
            ELYSIUM
          </Link>
          <nav aria-label="Main">
            <Link href="/products">Jewellery</Link>
            <Link href="/journal">Journal</Link>
            <Link href="/guides">Guides</Link>
            <Link href="/search">Search</Link>
            <Link href="/account">Account</Link>
            <Link href="/cart">Bag</Link>
          </nav>
        </header>
        <main id="content">{children}</main>
        <footer className="site">
          {footer && footer.pages.length > 0 && (
            <nav aria-label="About ELYSIUM">
              {footer.pages.map((p) => (
                <Link key={p.slug} href={`/${p.slug}`}>
                  {p.title}
                </Link>
              ))}
            </nav>
          )}
          <p>
            {footer?.siteSettings.address ?? 'ELYSIUM, Mount Street, London'}
            {footer?.siteSettings.contactPhone && ` · ${footer.siteSettings.contactPhone}`}
            {footer?.siteSettings.contactEmail && ` · ${footer.siteSettings.contactEmail}`}
          </p>
          <p>Every piece insured in transit; every stone certified.</p>
        </footer>
      </body>
    </html>
  );
}
