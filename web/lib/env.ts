import { devSecret } from '@elysium/subgraph-kit/src/env';

/**
 * The storefront's settings, read on the server only. Unset, they point at `npm start`'s local
 * graph and Stripe double.
 */
export const webEnv = {
  /** The gateway: the storefront's one data source. */
  gatewayUrl: process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql',
  /**
   * How the browser pays. A publishable key set without STRIPE_BROWSER_API_URL is a real Stripe
   * account's: Stripe Elements, loaded from js.stripe.com. Otherwise the local Stripe double, whose
   * endpoint accepts any `pk_test_` key with the intent's client secret, as Stripe's does.
   */
  stripe: {
    mode: process.env.STRIPE_PUBLISHABLE_KEY && !process.env.STRIPE_BROWSER_API_URL ? 'elements' : 'double',
    apiUrl: process.env.STRIPE_BROWSER_API_URL ?? 'http://127.0.0.1:4012',
    publishableKey: process.env.STRIPE_PUBLISHABLE_KEY ?? 'pk_test_local_double',
  } as const satisfies { mode: 'elements' | 'double'; apiUrl: string; publishableKey: string },
  /** The secret Sanity signs its webhook with (the storefront's webhook; the catalog has its own). */
  sanityWebhookSecret: process.env.SANITY_WEBHOOK_SECRET ?? devSecret('sanity-webhook'),
  /** The site's public address, for canonical links, Open Graph and the sitemap. */
  siteUrl: process.env.SITE_URL ?? 'http://localhost:3000',
};
