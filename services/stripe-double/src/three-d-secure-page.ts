import type { PaymentIntent } from './stripe-objects';

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The bank's 3-D Secure challenge, as Stripe's test mode shows it: complete or fail the authentication. */
export function threeDSecurePage(intent: PaymentIntent): string {
  const amount = `${(intent.amount / 100).toFixed(2)} ${intent.currency.toUpperCase()}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>3D Secure test payment</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:4rem auto;color:#1c1b19}button{font-size:1rem;padding:.7rem 1.4rem;margin-right:.6rem;cursor:pointer}</style></head>
<body>
<h1>3D Secure test payment</h1>
<p>Local Stripe double. This is where the client's bank asks them to approve <strong>${escape(amount)}</strong> (${escape(intent.id)}).</p>
<form method="post" action="/3ds/${encodeURIComponent(intent.id)}">
<button name="outcome" value="complete" id="complete">Complete authentication</button>
<button name="outcome" value="fail" id="fail">Fail authentication</button>
</form>
</body></html>`;
}
