/**
 * The storefront's settings, read on the server only. Unset, they point at `npm start`'s local
 * graph and Stripe double.
 */
export const webEnv = {
  /** The gateway: the storefront's one data source. */
  gatewayUrl: process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql',
  /** Stripe's API as the browser reaches it; unset: the local Stripe double. */
  stripeApiUrl: process.env.STRIPE_BROWSER_API_URL ?? 'http://127.0.0.1:4012',
  /**
   * Stripe's publishable key. A real `pk_live_`/`pk_test_` key is meant for Stripe Elements; the
   * local double accepts any `pk_test_` key with the intent's client secret, as Stripe does.
   */
  stripePublishableKey: process.env.STRIPE_PUBLISHABLE_KEY ?? 'pk_test_local_double',
  /** The site's public address, for canonical links, Open Graph and the sitemap. */
  siteUrl: process.env.SITE_URL ?? 'http://localhost:3000',
};
