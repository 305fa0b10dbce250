/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What to add: exactly one of sku, productId (a one-of-one piece), stoneId (a loose stone) and quoteToken (a bespoke design). */
export type AddToCartInput = {
  /** A one-of-one piece, by product id. */
  productId?: string | number | null | undefined;
  /** How many (1 to 20; 1 for anything but a SKU). */
  quantity?: number;
  /** A bespoke design: the token of priceConfiguration's quote. Its price is the quote's. */
  quoteToken?: string | null | undefined;
  /** A variant, by SKU. */
  sku?: string | null | undefined;
  /** A certified stone, bought loose. */
  stoneId?: string | number | null | undefined;
};

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

/** A client's bespoke choice; codes and ids come from `configurator(productId)`. */
export type ConfigurationInput = {
  /** Text to engrave inside the band (at most 200 characters; Configurator.engraving says what the piece allows, usually far fewer). */
  engraving?: string | null | undefined;
  /** One of Configurator.metals. */
  metal: Metal;
  /** The configurable product (at most 64 characters). */
  productId: string | number;
  /** One of Configurator.ringSizes, UK (at most 64 characters). */
  ringSize: string;
  /** A ConfiguratorSetting.code (at most 64 characters). */
  settingCode: string;
  /** One of Configurator.stones (at most 64 characters). */
  stoneId: string | number;
};

/** ISO 4217 currency code. */
export type CurrencyCode =
  /** Euro (minor unit: the cent). */
  | 'EUR'
  /** Pound sterling (minor unit: the penny). */
  | 'GBP'
  /** US dollar (minor unit: the cent). */
  | 'USD';

/** Where to deliver: a full postal address. */
export type DeliveryAddressInput = {
  /** Town or city (1 to 100 characters). */
  city: string;
  /** ISO 3166-1 alpha-2 country code, e.g. GB or FR. */
  countryCode: string;
  /** First line (1 to 200 characters). */
  line1: string;
  /** Second line (at most 200 characters). */
  line2?: string | null | undefined;
  /** Postcode (at most 20 characters); required in the UK. */
  postcode?: string | null | undefined;
  /** Who signs for it (1 to 120 characters). */
  recipientName: string;
};

/** How the pieces reach the client: an address for delivery, a slot for collection. */
export type DeliveryInput = {
  /** For delivery, a new address (or give addressId); GB for UK next day, elsewhere for international. */
  address?: DeliveryAddressInput | null | undefined;
  /** For delivery, an address from the signed-in client's address book (instead of address). */
  addressId?: string | number | null | undefined;
  /** Required for collection: an hour from 10:00 to 16:00 London time, Tuesday to Saturday, 1 to 60 days ahead. */
  collectionSlot?: string | null | undefined;
  /** The method. */
  method: DeliveryMethod;
};

/** How the pieces reach the client. */
export type DeliveryMethod =
  /** Collected from the London atelier at an appointment. */
  | 'COLLECTION'
  /** Insured international delivery, signed for; exports are zero-rated for UK VAT. */
  | 'INTERNATIONAL_INSURED'
  /** Insured next-day delivery in the UK, signed for. */
  | 'UK_NEXT_DAY_INSURED';

/** What a cart or order line is. */
export type LineKind =
  /** A bespoke design from the configurator, at its signed quote (quantity 1). */
  | 'CONFIGURED'
  /** A one-of-one piece (quantity 1). */
  | 'PIECE'
  /** A variant of a piece, by SKU, in a quantity. */
  | 'SKU'
  /** A certified stone bought loose (quantity 1). */
  | 'STONE';

/** The metal a piece is made in: platinum (950) or 18 carat gold. */
export type Metal =
  /** Platinum (950) */
  | 'PLATINUM'
  /** 18k rose gold */
  | 'ROSE_GOLD_18K'
  /** 18k white gold */
  | 'WHITE_GOLD_18K'
  /** 18k yellow gold */
  | 'YELLOW_GOLD_18K';

/** Where an order is in its life. */
export type OrderStatus =
  /** Cancelled (see cancelReason); any payment taken is refunded. */
  | 'CANCELLED'
  /** Collected by the client at the London atelier. */
  | 'COLLECTED'
  /** No longer used: every confirmed order is PAID. */
  | 'CONFIRMED'
  /** Signed for by the client. */
  | 'DELIVERED'
  /** Being made, sized or engraved in the London atelier. */
  | 'IN_ATELIER'
  /** Paid; the pieces are the client’s. */
  | 'PAID'
  /** Part of the payment was refunded. */
  | 'PARTIALLY_REFUNDED'
  /** Placed; the payment has not succeeded yet. The pieces are held for the client meanwhile. */
  | 'PENDING_PAYMENT'
  /** Ready to ship or to collect. */
  | 'READY'
  /** Refunded in full. */
  | 'REFUNDED'
  /** Handed to the insured courier. */
  | 'SHIPPED';

/** Checkout of the caller's cart. Prices are the server's; no amount is taken from the client. */
export type PlaceOrderInput = {
  /** Where order mail goes (the client’s address, prefilled by the storefront). */
  contactEmail: string;
  /** How the pieces reach the client. */
  delivery: DeliveryInput;
  /** A guest's cart token (from addToCart); unused when signed in. */
  guestCartToken?: string | null | undefined;
  /** The storefront's key for this checkout (8 to 100 characters): the same key returns the same order, even sent twice at once. */
  idempotencyKey: string;
};

/** What kind of piece it is. */
export type ProductCategory =
  /** Bracelets and bangles. */
  | 'BRACELET'
  /** Earrings: studs, drops and hoops (sold as a pair). */
  | 'EARRINGS'
  /** Necklaces and pendants. */
  | 'NECKLACE'
  /** Rings: engagement, wedding, dress and signet. */
  | 'RING';

/** Narrows a product list; the fields given combine with AND. */
export type ProductFilter = {
  /** Only pieces with a stone of at most this many carats. */
  caratMax?: number | null | undefined;
  /** Only pieces with a stone of at least this many carats. */
  caratMin?: number | null | undefined;
  /** Only this kind of piece. */
  category?: ProductCategory | null | undefined;
  /** Only pieces in the collection with this slug (at most 120 characters). */
  collection?: string | null | undefined;
  /** Only pieces made in, or offered in, this metal. */
  metal?: Metal | null | undefined;
  /** "Price from" at most this, in pence, VAT included. */
  priceMax?: number | null | undefined;
  /** "Price from" at least this, in pence, VAT included. */
  priceMin?: number | null | undefined;
  /** Words to find in the title or description (2 to 100 characters once trimmed; at most 200 characters as sent). */
  search?: string | null | undefined;
  /** Only pieces set with a stone of this shape. */
  stoneShape?: StoneShape | null | undefined;
};

/** Order of a product list. */
export type ProductSort =
  /** Most recently published first. */
  | 'NEWEST'
  /** Lowest "price from" first. */
  | 'PRICE_ASC'
  /** Highest "price from" first. */
  | 'PRICE_DESC'
  /** A to Z by title. */
  | 'TITLE';

/** The outline of a cut stone. */
export type StoneShape =
  /** Asscher: a square, step-cut, with cut corners. */
  | 'ASSCHER'
  /** Cushion: a square or rectangle with rounded corners. */
  | 'CUSHION'
  /** Emerald cut: rectangular, step-cut, with cut corners. */
  | 'EMERALD'
  /** Marquise: a long oval pointed at both ends. */
  | 'MARQUISE'
  /** Oval brilliant. */
  | 'OVAL'
  /** Pear: a teardrop. */
  | 'PEAR'
  /** Princess: a square brilliant. */
  | 'PRINCESS'
  /** Radiant: a rectangular brilliant with cut corners. */
  | 'RADIANT'
  /** Round brilliant. */
  | 'ROUND';

/** A change to one cart line: its quantity, or whether it is saved for later. */
export type UpdateCartLineInput = {
  /** The line. */
  lineId: string | number;
  /** The new quantity (1 to 20; SKU lines only). */
  quantity?: number | null | undefined;
  /** True to save for later, false to move back to the cart. */
  savedForLater?: boolean | null | undefined;
};

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
  guestToken?: string | null | undefined;
}>;


export type SignInMutation = { signIn:
    | { __typename: 'EmailNotVerifiedError', message: string }
    | { __typename: 'InputValidationError', message: string }
    | { __typename: 'InvalidCredentialsError', message: string }
    | { __typename: 'SessionTokens' }
    | { __typename: 'TooManyAttemptsError', message: string }
   };

export type MergeGuestCartQueryVariables = Exact<{
  guestCartToken?: string | null | undefined;
}>;


export type MergeGuestCartQuery = { cart: { itemCount: number } | null };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: { __typename: 'SignedOut' } };

export type AccountPageQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountPageQuery = { me: { givenName: string, familyName: string, email: string, orderHistory: { nodes: Array<{ id: string, number: string, status: OrderStatus, placedAt: string, total: { formatted: string } }> } | null } | null };

export type UpdateCartLineMutationVariables = Exact<{
  input: UpdateCartLineInput;
  guestCartToken?: string | null | undefined;
}>;


export type UpdateCartLineMutation = { updateCartLine:
    | { __typename: 'CartLineNotFoundError' }
    | { __typename: 'CartUpdate' }
    | { __typename: 'InputValidationError', message: string }
   };

export type RemoveCartLineMutationVariables = Exact<{
  lineId: string | number;
  guestCartToken?: string | null | undefined;
}>;


export type RemoveCartLineMutation = { removeCartLine:
    | { __typename: 'CartLineNotFoundError' }
    | { __typename: 'CartUpdate' }
    | { __typename: 'InputValidationError' }
   };

export type PlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceOrderMutation = { placeOrder:
    | { __typename: 'CartEmptyError', message: string }
    | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ field: string, message: string }> }
    | { __typename: 'PiecesUnavailableError', message: string, lines: Array<{ title: string | null }> }
    | { __typename: 'PlacedOrder', paymentClientSecret: string, amountDue: { formatted: string }, order: { id: string, number: string, total: { formatted: string }, vat: { formatted: string } } }
    | { __typename: 'QuoteExpiredError', message: string }
   };

export type PriceDesignQueryVariables = Exact<{
  input: ConfigurationInput;
}>;


export type PriceDesignQuery = { priceConfiguration:
    | { __typename: 'ConfigurationQuote', token: string, breakdown: { total: { formatted: string }, vat: { formatted: string } } }
    | { __typename: 'IncompatibleOptionsError', message: string }
    | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ message: string }> }
    | { __typename: 'QuoteUnavailableError', message: string }
   };

export type HomePageQueryVariables = Exact<{ [key: string]: never; }>;


export type HomePageQuery = { siteSettings: { title: string, tagline: string | null, announcement: string | null }, collections: Array<{ slug: string, title: string, description: string | null }>, products: { nodes: Array<{ slug: string, title: string, price: { formatted: string }, image: { alt: string, width: number, height: number, small: string, large: string } | null, availability: { status: AvailabilityStatus } | null }> }, articles: Array<{ slug: string, title: string, excerpt: string | null }> };

export type ProductPageQueryVariables = Exact<{
  slug: string;
}>;


export type ProductPageQuery = { product: { id: string, slug: string, title: string, description: string, metal: Metal | null, leadTimeWeeks: number | null, configurable: boolean, price: { amount: number, currency: CurrencyCode, formatted: string }, seo: { title: string | null, description: string | null } | null, images: Array<{ alt: string, width: number, height: number, small: string, large: string }>, variants: Array<{ sku: string, metal: Metal, size: string | null, price: { formatted: string } }>, stones: Array<{ id: string, title: string, shape: StoneShape, carat: number, colour: string | null, clarity: string | null, cut: string | null, lab: string, certificateNumber: string }>, availability: { status: AvailabilityStatus, quantityAvailable: number, leadTimeWeeks: number | null, viewingLocations: Array<{ name: string, clientViewing: string | null }> } | null } | null };

export type ProductConfiguratorQueryVariables = Exact<{
  productId: string | number;
}>;


export type ProductConfiguratorQuery = { configurator: { productId: string, metals: Array<Metal>, ringSizes: Array<string>, settings: Array<{ code: string, name: string, stoneShapes: Array<StoneShape> }>, stones: Array<{ id: string, title: string, shape: StoneShape, carat: number }>, engraving: { maxLength: number, price: { formatted: string } } | null, rules: Array<{ settingCode: string, metal: Metal | null, stoneShape: StoneShape | null, message: string }> } | null };

export type ProductListingQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  sort: ProductSort;
  filter?: ProductFilter | null | undefined;
}>;


export type ProductListingQuery = { products: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ slug: string, title: string, price: { formatted: string }, image: { alt: string, width: number, height: number, small: string, large: string } | null, availability: { status: AvailabilityStatus } | null }> }, collections: Array<{ slug: string, title: string }> };

export type SitemapProductsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SitemapProductsQuery = { products: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ slug: string, publishedAt: string }> } };

export type ProductCardFragment = { slug: string, title: string, price: { formatted: string }, image: { alt: string, width: number, height: number, small: string, large: string } | null, availability: { status: AvailabilityStatus } | null };

export type BagQueryVariables = Exact<{
  guestCartToken?: string | null | undefined;
}>;


export type BagQuery = { cart: { itemCount: number, subtotal: { formatted: string }, vat: { formatted: string }, lines: Array<{ id: string, kind: LineKind, title: string | null, sku: string | null, quantity: number, priceChanged: boolean, purchasable: boolean, unitPrice: { formatted: string } | null, priceWhenAdded: { formatted: string }, product: { slug: string } | null }> } | null };

export type AddToCartMutationVariables = Exact<{
  input: AddToCartInput;
  guestCartToken?: string | null | undefined;
}>;


export type AddToCartMutation = { addToCart:
    | { __typename: 'CartUpdate', guestCartToken: string | null, cart: { itemCount: number } }
    | { __typename: 'InputValidationError', message: string }
    | { __typename: 'ItemNotOfferedError', message: string }
    | { __typename: 'QuoteExpiredError', message: string }
   };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ProductCardFragmentDoc = new TypedDocumentString(`
    fragment ProductCard on Product {
  slug
  title
  price {
    formatted
  }
  image {
    alt
    width
    height
    small: url(width: 400)
    large: url(width: 800)
  }
  availability {
    status
  }
}
    `, {"fragmentName":"ProductCard"}) as unknown as TypedDocumentString<ProductCardFragment, unknown>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($email: String!, $password: String!, $guestToken: String) {
  signIn(email: $email, password: $password, guestToken: $guestToken) {
    __typename
    ... on InvalidCredentialsError {
      message
    }
    ... on EmailNotVerifiedError {
      message
    }
    ... on TooManyAttemptsError {
      message
    }
    ... on InputValidationError {
      message
    }
  }
}
    `, {"hash":"sha256:6bc72b97da37f76267c9f8f414f0c7951130408bb894aa818e4ab696789cb001"}) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const MergeGuestCartDocument = new TypedDocumentString(`
    query MergeGuestCart($guestCartToken: String) {
  cart(guestCartToken: $guestCartToken) {
    itemCount
  }
}
    `, {"hash":"sha256:8a21d934c3cd709083eeefd4f01bccc8ecc6344f90a3252bacfa754c76c198bc"}) as unknown as TypedDocumentString<MergeGuestCartQuery, MergeGuestCartQueryVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut {
    __typename
  }
}
    `, {"hash":"sha256:95c1765a86c00d16e8e3e412cae9c51ffd3ce58e15f596f1cbe47377f8536f3e"}) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const AccountPageDocument = new TypedDocumentString(`
    query AccountPage {
  me {
    givenName
    familyName
    email
    orderHistory(first: 20) {
      nodes {
        id
        number
        status
        placedAt
        total {
          formatted
        }
      }
    }
  }
}
    `, {"hash":"sha256:69598bef942f382bd99ef0468644e3a4f556c230dd963a681aaa42e93bf19d39"}) as unknown as TypedDocumentString<AccountPageQuery, AccountPageQueryVariables>;
export const UpdateCartLineDocument = new TypedDocumentString(`
    mutation UpdateCartLine($input: UpdateCartLineInput!, $guestCartToken: String) {
  updateCartLine(input: $input, guestCartToken: $guestCartToken) {
    __typename
    ... on InputValidationError {
      message
    }
  }
}
    `, {"hash":"sha256:9a3141aaf07f660eb320f2aff7e5d3d73d072d812c842956b1cc9941ea092779"}) as unknown as TypedDocumentString<UpdateCartLineMutation, UpdateCartLineMutationVariables>;
export const RemoveCartLineDocument = new TypedDocumentString(`
    mutation RemoveCartLine($lineId: ID!, $guestCartToken: String) {
  removeCartLine(lineId: $lineId, guestCartToken: $guestCartToken) {
    __typename
  }
}
    `, {"hash":"sha256:f099889a661eb3b798ca420efc50a4d6c97d5a4f816e96c3f6d92901896fb844"}) as unknown as TypedDocumentString<RemoveCartLineMutation, RemoveCartLineMutationVariables>;
export const PlaceOrderDocument = new TypedDocumentString(`
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
    ... on InputValidationError {
      message
      fieldErrors {
        field
        message
      }
    }
    ... on CartEmptyError {
      message
    }
    ... on PiecesUnavailableError {
      message
      lines {
        title
      }
    }
    ... on QuoteExpiredError {
      message
    }
  }
}
    `, {"hash":"sha256:b303c6817d09b346453fa4e03afc82fbdfbe30b775e29f4c93ec6d0186ac3156"}) as unknown as TypedDocumentString<PlaceOrderMutation, PlaceOrderMutationVariables>;
export const PriceDesignDocument = new TypedDocumentString(`
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
    ... on InputValidationError {
      message
      fieldErrors {
        message
      }
    }
    ... on IncompatibleOptionsError {
      message
    }
    ... on QuoteUnavailableError {
      message
    }
  }
}
    `, {"hash":"sha256:59c564f9cf565577fe0441b0c3045fe54af2469d25b7d5374409bd3f5380b7b9"}) as unknown as TypedDocumentString<PriceDesignQuery, PriceDesignQueryVariables>;
export const HomePageDocument = new TypedDocumentString(`
    query HomePage {
  siteSettings {
    title
    tagline
    announcement
  }
  collections {
    slug
    title
    description
  }
  products(first: 8, sort: NEWEST) {
    nodes {
      ...ProductCard
    }
  }
  articles(first: 3) {
    slug
    title
    excerpt
  }
}
    fragment ProductCard on Product {
  slug
  title
  price {
    formatted
  }
  image {
    alt
    width
    height
    small: url(width: 400)
    large: url(width: 800)
  }
  availability {
    status
  }
}`, {"hash":"sha256:58dcac5964a78020bd1abda18ce15d2262570bd21b1b936466519d177e7792da"}) as unknown as TypedDocumentString<HomePageQuery, HomePageQueryVariables>;
export const ProductPageDocument = new TypedDocumentString(`
    query ProductPage($slug: String!) {
  product(slug: $slug) {
    id
    slug
    title
    description
    metal
    leadTimeWeeks
    configurable
    price {
      amount
      currency
      formatted
    }
    seo {
      title
      description
    }
    images {
      alt
      width
      height
      small: url(width: 600)
      large: url(width: 1200)
    }
    variants {
      sku
      metal
      size
      price {
        formatted
      }
    }
    stones {
      id
      title
      shape
      carat
      colour
      clarity
      cut
      lab
      certificateNumber
    }
    availability {
      status
      quantityAvailable
      leadTimeWeeks
      viewingLocations {
        name
        clientViewing
      }
    }
  }
}
    `, {"hash":"sha256:5eed33bf06582631c596ad9106a4d7e5f361aa81f42aab865dc13049bdbb2cb1"}) as unknown as TypedDocumentString<ProductPageQuery, ProductPageQueryVariables>;
export const ProductConfiguratorDocument = new TypedDocumentString(`
    query ProductConfigurator($productId: ID!) {
  configurator(productId: $productId) {
    productId
    settings {
      code
      name
      stoneShapes
    }
    metals
    stones {
      id
      title
      shape
      carat
    }
    ringSizes
    engraving {
      maxLength
      price {
        formatted
      }
    }
    rules {
      settingCode
      metal
      stoneShape
      message
    }
  }
}
    `, {"hash":"sha256:79cb125eaae8adfaf8660687ab7d276886882280c45f4978c9b753c5db70135a"}) as unknown as TypedDocumentString<ProductConfiguratorQuery, ProductConfiguratorQueryVariables>;
export const ProductListingDocument = new TypedDocumentString(`
    query ProductListing($first: Int!, $after: String, $sort: ProductSort!, $filter: ProductFilter) {
  products(first: $first, after: $after, sort: $sort, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ProductCard
    }
  }
  collections {
    slug
    title
  }
}
    fragment ProductCard on Product {
  slug
  title
  price {
    formatted
  }
  image {
    alt
    width
    height
    small: url(width: 400)
    large: url(width: 800)
  }
  availability {
    status
  }
}`, {"hash":"sha256:f7933e58f29c0241091deaa99e9228b68d25ee1d6f9e8bf51c464979e475a9f3"}) as unknown as TypedDocumentString<ProductListingQuery, ProductListingQueryVariables>;
export const SitemapProductsDocument = new TypedDocumentString(`
    query SitemapProducts($after: String) {
  products(first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      slug
      publishedAt
    }
  }
}
    `, {"hash":"sha256:ba2a53aef91481be5b72144a13f091ba89f08f569a630a00a53d4e0fd34272af"}) as unknown as TypedDocumentString<SitemapProductsQuery, SitemapProductsQueryVariables>;
export const BagDocument = new TypedDocumentString(`
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
    `, {"hash":"sha256:8646e0c75b97d56a279a04226f429dca6a4c760352a934f7d60d12370e0eccf4"}) as unknown as TypedDocumentString<BagQuery, BagQueryVariables>;
export const AddToCartDocument = new TypedDocumentString(`
    mutation AddToCart($input: AddToCartInput!, $guestCartToken: String) {
  addToCart(input: $input, guestCartToken: $guestCartToken) {
    __typename
    ... on CartUpdate {
      guestCartToken
      cart {
        itemCount
      }
    }
    ... on InputValidationError {
      message
    }
    ... on ItemNotOfferedError {
      message
    }
    ... on QuoteExpiredError {
      message
    }
  }
}
    `, {"hash":"sha256:d0564b09635ef6e4b4ceb4768430b715cc3d93cb06c1281e5fadd375a7a45092"}) as unknown as TypedDocumentString<AddToCartMutation, AddToCartMutationVariables>;