import { IDENTITY_HEADER, IDENTITY_SIGNATURE_HEADER, signIdentity, verifyIdentity } from './identity';

const secret = 'a-test-secret-of-some-length';
const identity = { subject: 'c-1', role: 'customer' as const, exp: Math.floor(Date.now() / 1000) + 60 };

describe('forwarded identity', () => {
  it('round-trips when signed with the shared secret', () => {
    const headers = signIdentity(identity, secret);
    expect(verifyIdentity(headers[IDENTITY_HEADER], headers[IDENTITY_SIGNATURE_HEADER], secret)).toEqual(identity);
  });

  it('is refused when someone rewrites the role', () => {
    const headers = signIdentity(identity, secret);
    const forged = Buffer.from(JSON.stringify({ ...identity, role: 'staff' })).toString('base64url');
    expect(verifyIdentity(forged, headers[IDENTITY_SIGNATURE_HEADER], secret)).toBeNull();
  });

  it('is refused under another secret, or once expired', () => {
    const headers = signIdentity(identity, secret);
    expect(verifyIdentity(headers[IDENTITY_HEADER], headers[IDENTITY_SIGNATURE_HEADER], 'another-secret-entirely')).toBeNull();
    expect(verifyIdentity(headers[IDENTITY_HEADER], headers[IDENTITY_SIGNATURE_HEADER], secret, (identity.exp + 1) * 1000)).toBeNull();
  });
});
