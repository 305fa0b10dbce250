'use server';

import { revalidatePath } from 'next/cache';
import type { FormState } from '@/components/action-form';
import { graphql } from '@/gql';
import { field } from '@/lib/form';
import { graph, hasSession } from '@/lib/graph';
import { guestSessionToken, keepGuestSessionToken } from '@/lib/guest';

/**
 * A visitor's wishlist and recently viewed pieces. A client's live in their account; a guest's in a
 * guest session of the graph's (its token in an httpOnly cookie), which moves into the account when
 * they sign in.
 */

const AddToWishlist = graphql(`
  mutation AddToWishlist($input: AddToWishlistInput!, $guestToken: String) {
    addToWishlist(input: $input, guestToken: $guestToken) {
      __typename
      ... on AddedToWishlist {
        alreadyOnList
        guestToken
      }
      ...Refusal
    }
  }
`);

const RemoveFromWishlist = graphql(`
  mutation RemoveFromWishlist($itemId: ID!, $guestToken: String) {
    removeFromWishlist(itemId: $itemId, guestToken: $guestToken) {
      __typename
    }
  }
`);

const RecordProductView = graphql(`
  mutation RecordProductView($productId: ID!, $guestToken: String) {
    recordProductView(productId: $productId, guestToken: $guestToken) {
      __typename
      ... on ProductViewRecorded {
        guestToken
      }
    }
  }
`);

/** The guest token to send: only a visitor without a session has one (the graph refuses it otherwise). */
async function guestTokenToSend(): Promise<string | undefined> {
  return (await hasSession()) ? undefined : guestSessionToken();
}

export async function saveToWishlist(_state: FormState, form: FormData): Promise<FormState> {
  const { addToWishlist } = await graph(AddToWishlist, {
    input: { productId: field(form, 'productId'), variantSku: field(form, 'sku') || null },
    guestToken: await guestTokenToSend(),
  });
  if (addToWishlist.__typename !== 'AddedToWishlist') return { error: addToWishlist.message };
  await keepGuestSessionToken(addToWishlist.guestToken);
  return { notice: addToWishlist.alreadyOnList ? 'Already in your wishlist.' : 'Saved to your wishlist.' };
}

export async function removeFromWishlist(form: FormData): Promise<void> {
  await graph(RemoveFromWishlist, { itemId: field(form, 'itemId'), guestToken: await guestTokenToSend() });
  revalidatePath('/account/wishlist');
}

/** Puts the piece at the top of the visitor's recently viewed (sent by the product page once it shows). */
export async function recordProductView(productId: string): Promise<void> {
  const { recordProductView: recorded } = await graph(RecordProductView, { productId, guestToken: await guestTokenToSend() });
  if (recorded.__typename === 'ProductViewRecorded') await keepGuestSessionToken(recorded.guestToken);
}
