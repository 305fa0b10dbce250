import { cookies } from 'next/headers';
import { graphql } from '@/gql';
import { CART_COOKIE, graph } from './graph';

const CartQuery = graphql(`
  query Bag($guestCartToken: String) {
    cart(guestCartToken: $guestCartToken) {
      itemCount
      subtotal {
        formatted
      }
      vat {
        formatted
      }
      lines {
        id
        kind
        title
        sku
        quantity
        priceChanged
        purchasable
        unitPrice {
          formatted
        }
        priceWhenAdded {
          formatted
        }
        product {
          slug
        }
      }
    }
  }
`);

/** The visitor's bag as the graph prices it now: a signed-in client's own, or the guest's by their cookie. */
export async function readBag() {
  const guestCartToken = (await cookies()).get(CART_COOKIE)?.value;
  return (await graph(CartQuery, { guestCartToken })).cart;
}

/** Adds a SKU, a piece, a stone or a quoted design: the bag's one write of a new line (server actions only). */
export const AddToCart = graphql(`
  mutation AddToCart($input: AddToCartInput!, $guestCartToken: String) {
    addToCart(input: $input, guestCartToken: $guestCartToken) {
      __typename
      ... on CartUpdate {
        guestCartToken
        cart {
          itemCount
        }
      }
      ...Refusal
    }
  }
`);
