'use server';

import { randomUUID } from 'node:crypto';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { graphql } from '@/gql';
import type { DeliveryMethod } from '@/gql/graphql';
import { AddToCart } from '@/lib/cart';
import { CART_COOKIE, graph, keepCartToken } from '@/lib/graph';

/**
 * The storefront's writes, run on its server: the guest's cart token stays in an httpOnly cookie and
 * every price comes from the graph. Next checks each action's origin, so another site cannot post them.
 */

const UpdateLine = graphql(`
  mutation UpdateCartLine($input: UpdateCartLineInput!, $guestCartToken: String) {
    updateCartLine(input: $input, guestCartToken: $guestCartToken) {
      __typename
    }
  }
`);

const RemoveLine = graphql(`
  mutation RemoveCartLine($lineId: ID!, $guestCartToken: String) {
    removeCartLine(lineId: $lineId, guestCartToken: $guestCartToken) {
      __typename
    }
  }
`);

const PlaceOrder = graphql(`
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      __typename
      ... on PlacedOrder {
        paymentClientSecret
        amountDue {
          formatted
        }
        order {
          id
          number
          total {
            formatted
          }
          vat {
            formatted
          }
        }
      }
      ...Refusal
      ... on PiecesUnavailableError {
        lines {
          title
        }
      }
    }
  }
`);

async function guestToken(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value;
}

export interface ActionState {
  error?: string;
  fieldErrors?: Record<string, string>;
}

export async function addToBag(_state: ActionState, form: FormData): Promise<ActionState> {
  const sku = String(form.get('sku') ?? '');
  const stoneId = String(form.get('stoneId') ?? '');
  const input = sku ? { sku, quantity: 1 } : { stoneId, quantity: 1 };
  const { addToCart } = await graph(AddToCart, { input, guestCartToken: await guestToken() });
  if (addToCart.__typename !== 'CartUpdate') return { error: addToCart.message };
  await keepCartToken(addToCart.guestCartToken);
  redirect('/cart');
}

export async function changeQuantity(form: FormData): Promise<void> {
  const lineId = String(form.get('lineId'));
  const quantity = Number(form.get('quantity'));
  await graph(UpdateLine, { input: { lineId, quantity }, guestCartToken: await guestToken() });
  redirect('/cart');
}

export async function removeFromBag(form: FormData): Promise<void> {
  await graph(RemoveLine, { lineId: String(form.get('lineId')), guestCartToken: await guestToken() });
  redirect('/cart');
}

/** What the payment step needs: the order, and the client secret Stripe confirms the card against. */
export interface PlacedState extends ActionState {
  /** What was typed, shown again when the order is refused. */
  values?: Record<string, string>;
  placed?: { orderNumber: string; total: string; vat: string; amountDue: string; clientSecret: string };
  idempotencyKey?: string;
}

export async function placeOrder(state: PlacedState, form: FormData): Promise<PlacedState> {
  const field = (name: string) => String(form.get(name) ?? '').trim();
  const values = Object.fromEntries([...form.entries()].flatMap(([k, v]) => (typeof v === 'string' && !k.startsWith('$') ? [[k, v]] : [])));
  const method = field('method') as DeliveryMethod;
  // One key per checkout form: a double submit (or a retry after a timeout) gets the same order.
  const idempotencyKey = state.idempotencyKey || field('idempotencyKey') || randomUUID();
  // A slot the browser could not turn into a time is the client's to fix, not a failure of ours.
  const slot = method === 'COLLECTION' ? new Date(field('collectionSlot')) : null;
  if (slot && Number.isNaN(slot.getTime()))
    return {
      idempotencyKey,
      values,
      error: 'Please check the highlighted details.',
      fieldErrors: { collectionSlot: 'Choose a day and time.' },
    };
  const { placeOrder: outcome } = await graph(PlaceOrder, {
    input: {
      idempotencyKey,
      guestCartToken: await guestToken(),
      contactEmail: field('email'),
      delivery: {
        method,
        address:
          method === 'COLLECTION'
            ? null
            : {
                recipientName: field('recipientName'),
                line1: field('line1'),
                line2: field('line2') || null,
                city: field('city'),
                postcode: field('postcode') || null,
                countryCode: field('countryCode') || 'GB',
              },
        collectionSlot: slot ? slot.toISOString() : null,
      },
    },
  });
  if (outcome.__typename === 'InputValidationError') {
    return {
      idempotencyKey,
      values,
      error: 'Please check the highlighted details.',
      fieldErrors: Object.fromEntries(
        outcome.fieldErrors.map((e) => [e.field.replace(/^input\.(delivery\.(address\.)?)?/, ''), e.message]),
      ),
    };
  }
  if (outcome.__typename === 'PiecesUnavailableError')
    return { idempotencyKey, values, error: `${outcome.message} ${outcome.lines.map((l) => l.title ?? '').join(', ')}` };
  if (outcome.__typename !== 'PlacedOrder') return { idempotencyKey, values, error: outcome.message };
  return {
    idempotencyKey,
    placed: {
      orderNumber: outcome.order.number,
      total: outcome.order.total.formatted,
      vat: outcome.order.vat.formatted,
      amountDue: outcome.amountDue.formatted,
      clientSecret: outcome.paymentClientSecret,
    },
  };
}
