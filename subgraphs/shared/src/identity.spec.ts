import { CALL_HEADER, CALL_SIGNATURE_HEADER, CALL_TTL_SECONDS, REQUEST_ID_HEADER, signCall, verifyCall } from './identity';

const secret = 'a-test-secret-of-some-length';
const identity = { subject: 'c-1', role: 'customer' as const };
const now = Date.UTC(2026, 10, 30, 12);

function headersOf(signed: Record<string, string>) {
  return { payload: signed[CALL_HEADER], signature: signed[CALL_SIGNATURE_HEADER], requestId: signed[REQUEST_ID_HEADER] };
}

describe('signed subgraph calls', () => {
  const signed = signCall({ audience: 'orders', requestId: 'req-1', identity }, secret, now);

  it('round-trips for its subgraph and request, within its life', () => {
    expect(verifyCall(headersOf(signed), { secret, audience: 'orders' }, now)).toEqual({ caller: 'gateway', identity });
    expect(verifyCall(headersOf(signed), { secret, audience: 'orders' }, now + (CALL_TTL_SECONDS - 1) * 1000)).not.toBeNull();
  });

  it('is refused by another subgraph (audience), for another request id, and after its life', () => {
    expect(verifyCall(headersOf(signed), { secret, audience: 'customers' }, now)).toBeNull();
    expect(verifyCall({ ...headersOf(signed), requestId: 'req-2' }, { secret, audience: 'orders' }, now)).toBeNull();
    expect(verifyCall(headersOf(signed), { secret, audience: 'orders' }, now + (CALL_TTL_SECONDS + 1) * 1000)).toBeNull();
  });

  it('is refused when someone rewrites the role, or under another secret', () => {
    const payload = JSON.parse(Buffer.from(signed[CALL_HEADER], 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...payload, identity: { ...identity, role: 'staff' } })).toString('base64url');
    expect(verifyCall({ ...headersOf(signed), payload: forged }, { secret, audience: 'orders' }, now)).toBeNull();
    expect(verifyCall(headersOf(signed), { secret: 'another-secret-entirely', audience: 'orders' }, now)).toBeNull();
  });

  it('refuses an assertion whose signer gave itself a longer life', () => {
    const long = signCall({ audience: 'orders', requestId: 'req-1', identity }, secret, now);
    const payload = JSON.parse(Buffer.from(long[CALL_HEADER], 'base64url').toString('utf8'));
    const stretched = Buffer.from(JSON.stringify({ ...payload, exp: payload.exp + 3600 })).toString('base64url');
    const { createHmac } = jest.requireActual<typeof import('node:crypto')>('node:crypto');
    const signature = createHmac('sha256', secret).update(stretched).digest('base64url');
    expect(verifyCall({ payload: stretched, signature, requestId: 'req-1' }, { secret, audience: 'orders' }, now)).toBeNull();
  });
});
