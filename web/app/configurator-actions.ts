'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { graphql } from '@/gql';
import type { ConfigurationInput } from '@/gql/graphql';
import { AddToCart } from '@/lib/cart';
import { CART_COOKIE, graph, keepCartToken } from '@/lib/graph';

const PriceDesign = graphql(`
  query PriceDesign($input: ConfigurationInput!) {
    priceConfiguration(input: $input) {
      __typename
      ... on ConfigurationQuote {
        token
        breakdown {
          total {
            formatted
          }
          vat {
            formatted
          }
        }
      }
      ...Refusal
    }
  }
`);

export interface DesignQuote {
  total?: string;
  vat?: string;
  token?: string;
  error?: string;
}

/** The server's price for a bespoke choice, with the signed quote that checkout accepts. */
export async function priceDesign(input: ConfigurationInput): Promise<DesignQuote> {
  const { priceConfiguration: quote } = await graph(PriceDesign, { input });
  if (quote.__typename === 'ConfigurationQuote')
    return { total: quote.breakdown.total.formatted, vat: quote.breakdown.vat.formatted, token: quote.token };
  if (quote.__typename === 'InputValidationError') return { error: quote.fieldErrors[0]?.message ?? quote.message };
  return { error: quote.message };
}

/** Puts the quoted design in the bag (its price is the signed quote's, never the page's). */
export async function addDesignToBag(quoteToken: string): Promise<{ error?: string }> {
  const { addToCart } = await graph(AddToCart, { input: { quoteToken }, guestCartToken: (await cookies()).get(CART_COOKIE)?.value });
  if (addToCart.__typename !== 'CartUpdate') return { error: addToCart.message };
  await keepCartToken(addToCart.guestCartToken);
  redirect('/cart');
}
