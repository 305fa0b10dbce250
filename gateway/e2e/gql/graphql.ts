/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How a storefront should present a piece: in stock, the last one, held for another client, made to order, or sold out. */
export type AvailabilityStatus =
  /** More than one unit can be bought now. */
  | 'IN_STOCK'
  /** Exactly one unit left (every one-of-one piece or stone in stock). */
  | 'LOW_STOCK'
  /** None in stock, but the atelier makes one to order in leadTimeWeeks. */
  | 'MADE_TO_ORDER'
  /** None free: the last ones are held in another client's checkout, and come back if it is not completed in time. */
  | 'RESERVED'
  /** Nothing can be bought from stock, and the piece is not made to order. */
  | 'SOLD_OUT';

/** Where a payment is, following its Stripe PaymentIntent. */
export type PaymentStatus =
  /** Abandoned; nothing was taken. */
  | 'CANCELLED'
  /** The card network is still deciding. */
  | 'PROCESSING'
  /** Waiting for the client to complete 3-D Secure. */
  | 'REQUIRES_ACTION'
  /** Waiting for the client to give a card (or the last one was declined). */
  | 'REQUIRES_PAYMENT_METHOD'
  /** The money is taken. */
  | 'SUCCEEDED';

export type ClientOverviewQueryVariables = Exact<{
  id: string | number;
}>;


export type ClientOverviewQuery = { products: { nodes: Array<{ title: string, price: { formatted: string }, availability: { status: AvailabilityStatus } | null }> }, customer: { givenName: string, orders: Array<{ number: string, total: { amount: number }, lines: Array<{ product: { title: string } | null }>, payment: { status: PaymentStatus, cardLast4: string | null } | null }> | null } | null };


export const ClientOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cardLast4"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientOverviewQuery, ClientOverviewQueryVariables>;