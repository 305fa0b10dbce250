/**
 * Decodes Stripe's request bodies: application/x-www-form-urlencoded with bracketed keys
 * (`metadata[orderId]=…`, `payment_method_types[0]=card`), the encoding the stripe SDK sends.
 */
export function decodeStripeForm(body: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const [head, ...rest] = rawKey.split('[');
    const path = [head, ...rest.map((part) => part.replace(/]$/, ''))];
    let node: Record<string, unknown> = root;
    path.forEach((key, index) => {
      const last = index === path.length - 1;
      const slot = key === '' ? String(Object.keys(node).length) : key;
      if (last) node[slot] = value;
      else node = (node[slot] ??= {}) as Record<string, unknown>;
    });
  }
  return root;
}
