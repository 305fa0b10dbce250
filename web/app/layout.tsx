import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { webEnv } from '@/lib/env';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(webEnv.siteUrl),
  title: { default: 'ELYSIUM · London jeweller', template: '%s · ELYSIUM' },
  description: 'Fine jewellery and bespoke rings, made in our London atelier.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
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
            <Link href="/account">Account</Link>
            <Link href="/cart">Bag</Link>
          </nav>
        </header>
        <main id="content">{children}</main>
        <footer className="site">ELYSIUM, Mount Street, London. Every piece insured in transit; every stone certified.</footer>
      </body>
    </html>
  );
}
