import fc from 'fast-check';
import { signConfiguration, verifyConfigurationToken, type PricedConfiguration } from './configuration-token';

const SECRET = 'configuration-token-test-secret';
const now = Date.UTC(2026, 10, 25);

const configuration = fc.record<PricedConfiguration>({
  productId: fc.string({ minLength: 1, maxLength: 40 }),
  settingCode: fc.string({ minLength: 1, maxLength: 20 }),
  metal: fc.constantFrom('platinum', 'yellow-gold-18k'),
  stoneId: fc.string({ minLength: 1, maxLength: 40 }),
  ringSize: fc.constantFrom('J', 'L', 'N'),
  engraving: fc.option(fc.string({ maxLength: 20 }), { nil: null }),
  total: fc.integer({ min: 1, max: 2_000_000_000 }),
  currency: fc.constant('GBP'),
  expiresAt: fc.integer({ min: now / 1000 + 1, max: now / 1000 + 3600 }),
});

describe('configuration tokens', () => {
  it('verify what was signed, until it expires', () => {
    fc.assert(
      fc.property(configuration, (c) => {
        const token = signConfiguration(c, SECRET);
        expect(verifyConfigurationToken(token, SECRET, now)).toEqual({ valid: true, configuration: c });
        expect(verifyConfigurationToken(token, SECRET, c.expiresAt * 1000)).toEqual({ valid: false, reason: 'expired' });
      }),
    );
  });

  it('refuse any change to the price or the choice', () => {
    fc.assert(
      fc.property(configuration, fc.integer({ min: 1, max: 1_000_000 }), (c, discount) => {
        const [, signature] = signConfiguration(c, SECRET).split('.');
        const cheaper = signConfiguration({ ...c, total: Math.max(0, c.total - discount) }, 'attacker-secret').split('.')[0];
        expect(verifyConfigurationToken(`${cheaper}.${signature}`, SECRET, now)).toEqual({ valid: false, reason: 'tampered' });
      }),
    );
  });

  it('refuse tokens signed with another secret, and garbage', () => {
    fc.assert(
      fc.property(configuration, (c) => {
        expect(verifyConfigurationToken(signConfiguration(c, 'another-secret'), SECRET, now).valid).toBe(false);
      }),
    );
    expect(verifyConfigurationToken('not-a-token', SECRET, now)).toEqual({ valid: false, reason: 'malformed' });
  });
});
