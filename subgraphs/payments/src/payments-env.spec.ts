import { parseEnv } from '@elysium/subgraph-kit';
import { paymentsEnv } from './payments-env';

const production = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://db/elysium',
  IDENTITY_SECRET: 'a-real-identity-secret-value',
};

describe('payments configuration', () => {
  it('refuses the local Stripe double key in production', () => {
    expect(() => parseEnv(paymentsEnv, production)).toThrow(/STRIPE_SECRET_KEY .*real secret/);
  });

  it('refuses the development webhook secret in production', () => {
    expect(() => parseEnv(paymentsEnv, { ...production, STRIPE_SECRET_KEY: 'sk_live_51abcdef' })).toThrow(
      /STRIPE_WEBHOOK_SECRET .*real secret/,
    );
  });

  it('accepts a real key and webhook secret in production, and the local defaults in development', () => {
    const real = { ...production, STRIPE_SECRET_KEY: 'sk_live_51abcdef', STRIPE_WEBHOOK_SECRET: 'whsec_a-real-signing-secret' };
    expect(parseEnv(paymentsEnv, real).STRIPE_SECRET_KEY).toBe('sk_live_51abcdef');
    expect(parseEnv(paymentsEnv, { DATABASE_URL: 'postgres://db/elysium' }).STRIPE_SECRET_KEY).toMatch(/^sk_test_dev-only-/);
  });
});
