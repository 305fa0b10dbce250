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

/** What to wish for: give productId (and optionally variantSku), or quoteToken; not both. */
export type AddToWishlistInput = {
  /** A catalogue product id (at most 64 characters). */
  productId?: string | number | null | undefined;
  /** The token of a ConfigurationQuote from priceConfiguration (at most 2048 characters). The design and its price are read from the signed token, never from the caller; an expired quote is still saved, flagged needsNewQuote. */
  quoteToken?: string | null | undefined;
  /** One variant of that product, by SKU (at most 64 characters); only with productId. */
  variantSku?: string | null | undefined;
};

/** A new address. UK postcodes are checked and normalised; elsewhere the country code and basic shape are checked. */
export type AddressInput = {
  /** Town or city (at most 100 characters). */
  city: string;
  /** ISO 3166-1 alpha-2 country code, e.g. "GB" or "FR" (any case; "UK" is read as GB). */
  countryCode: string;
  /** Make it the default billing address (the previous default stops being one). */
  isDefaultBilling?: boolean;
  /** Make it the default delivery address (the previous default stops being one). */
  isDefaultDelivery?: boolean;
  /** The client's name for it, e.g. "Home" (at most 50 characters). */
  label?: string | null | undefined;
  /** Building and street (at most 200 characters). */
  line1: string;
  /** Flat, floor, company (at most 200 characters). */
  line2?: string | null | undefined;
  /** Phone for the courier; a national number is read as one of the address's country. Stored in E.164. */
  phone?: string | null | undefined;
  /** Postcode; required for GB, GG, JE and IM, where it must be a valid UK-format postcode (at most 16 characters). */
  postcode?: string | null | undefined;
  /** Who receives deliveries here (at most 200 characters). */
  recipientName: string;
  /** County, state or province (at most 100 characters). */
  region?: string | null | undefined;
};

/** Which default an address is: where pieces are delivered, or where invoices and cards are billed. */
export type AddressKind =
  /** The default billing address. */
  | 'BILLING'
  /** The default delivery address. */
  | 'DELIVERY';

/** Guides (the 4Cs, metals, care) or journal posts. */
export type ArticleKind =
  /** Lasting advice: the 4Cs, metals, care, sizing. */
  | 'GUIDE'
  /** News and stories from the house and the atelier. */
  | 'JOURNAL';

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

/** How ELYSIUM may reach a client. */
export type ConsentChannel =
  /** Email. */
  | 'EMAIL'
  /** Telephone calls from client services or the client's adviser. */
  | 'PHONE'
  /** Letters and printed catalogues. */
  | 'POST'
  /** Text messages. */
  | 'SMS';

/** What ELYSIUM may contact a client about. Messages about an order in progress need no consent and are not listed. */
export type ConsentPurpose =
  /** Personal reminders from the client's adviser: anniversaries, resizing, cleaning and servicing. */
  | 'CLIENTELING_REMINDERS'
  /** Invitations to private viewings, launches and trunk shows. */
  | 'EVENTS'
  /** New collections, offers and the journal. */
  | 'MARKETING';

/** ISO 4217 currency code. */
export type CurrencyCode =
  /** Euro (minor unit: the cent). */
  | 'EUR'
  /** Pound sterling (minor unit: the penny). */
  | 'GBP'
  /** US dollar (minor unit: the cent). */
  | 'USD';

/** Whether every part of the graph has contributed to an export yet. */
export type DataExportStatus =
  /** Some subgraphs have not sent their part yet (one may be down; it sends when it returns). */
  | 'PENDING'
  /** Every part is in; `data` holds the whole export. */
  | 'READY';

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

/** One answer of a client about one channel and purpose. */
export type RecordConsentInput = {
  /** How the client may be reached. */
  channel: ConsentChannel;
  /** The client (a UUID). Staff must give it; a client may leave it out or give their own id (another client's id answers ConsentClientNotFoundError, exactly like an id that does not exist). */
  customerId?: string | number | null | undefined;
  /** True to agree, false to withdraw. */
  granted: boolean;
  /** The version of the privacy policy shown to the client when they answered (letters, digits, ".", "-", "_"; at most 32 characters). */
  policyVersion: string;
  /** What about. */
  purpose: ConsentPurpose;
};

/** A new client registering themself. */
export type RegisterInput = {
  /** Email address to sign in with (at most 254 characters); a confirmation link is mailed to it. */
  email: string;
  /** Family (last) name, 1 to 100 characters. */
  familyName: string;
  /** Given (first) name, 1 to 100 characters. */
  givenName: string;
  /** At least 12 and at most 128 characters; any characters, spaces included. Refused when it is a commonly used password, a repetition or sequence, or built on the name or address. */
  password: string;
};

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

/** Changes to a client's own details. A field left out stays as it is; null clears an optional one. */
export type UpdateProfileInput = {
  /** Date of birth, ISO 8601 YYYY-MM-DD; from 1900-01-01, not in the future (London time). Null clears it. */
  dateOfBirth?: string | null | undefined;
  /** Family (last) name; may not be blank (at most 100 characters). */
  familyName?: string | null | undefined;
  /** Given (first) name; may not be blank (at most 100 characters). */
  givenName?: string | null | undefined;
  /** Phone number, international (+33 1 42 68 53 00) or UK national (020 7946 0018); stored in E.164. Null clears it. */
  phone?: string | null | undefined;
};

export type ContentPageQueryVariables = Exact<{
  slug: string;
}>;


export type ContentPageQuery = { page: { slug: string, title: string, body: unknown, seo: { title: string | null, description: string | null } | null } | null };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
  guestToken?: string | null | undefined;
}>;


export type SignInMutation = { signIn:
    | { __typename: 'EmailNotVerifiedError', message: string }
    | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ field: string, message: string }> }
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

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register:
    | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ field: string, message: string }> }
    | { __typename: 'RegistrationReceived', message: string }
    | { __typename: 'TooManyAttemptsError', message: string }
   };

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailMutation = { verifyEmail:
    | { __typename: 'EmailVerified', email: string }
    | { __typename: 'InvalidTokenError', message: string }
   };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset:
    | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ field: string, message: string }> }
    | { __typename: 'PasswordResetRequested' }
    | { __typename: 'TooManyAttemptsError', message: string }
   };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type ResetPasswordMutation = { resetPassword:
    | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ field: string, message: string }> }
    | { __typename: 'InvalidTokenError', message: string }
    | { __typename: 'PasswordChanged' }
   };

export type ConfirmEmailChangeMutationVariables = Exact<{
  token: string;
}>;


export type ConfirmEmailChangeMutation = { confirmEmailChange:
    | { __typename: 'EmailChanged' }
    | { __typename: 'EmailTakenError', message: string }
    | { __typename: 'InvalidTokenError', message: string }
   };

export type AddressBookQueryVariables = Exact<{ [key: string]: never; }>;


export type AddressBookQuery = { me: { addresses: Array<{ id: string, label: string | null, recipientName: string, line1: string, line2: string | null, city: string, postcode: string | null, countryCode: string, phone: string | null, isDefaultDelivery: boolean, isDefaultBilling: boolean }> } | null };

export type AccountPageQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountPageQuery = { me: { givenName: string, familyName: string, email: string, orderHistory: { nodes: Array<{ id: string, number: string, status: OrderStatus, placedAt: string, total: { formatted: string } }> } | null } | null };

export type PreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type PreferencesQuery = { me: { givenName: string, familyName: string, phone: string | null, metalPreferences: Array<Metal>, consents: Array<{ channel: ConsentChannel, purpose: ConsentPurpose, granted: boolean }> } | null };

export type DataExportFileQueryVariables = Exact<{
  id: string | number;
}>;


export type DataExportFileQuery = { dataExport: { status: DataExportStatus, requestedAt: string, data: unknown } | null };

export type PrivacyPageQueryVariables = Exact<{
  exportId: string | number;
  withExport: boolean;
}>;


export type PrivacyPageQuery = { me: { email: string } | null, dataExport?: { id: string, status: DataExportStatus, requestedAt: string, receivedParts: Array<string> } | null };

export type AddAddressMutationVariables = Exact<{
  input: AddressInput;
}>;


export type AddAddressMutation = { addAddress:
    | { __typename: 'Address' }
    | { __typename: 'AddressBookFullError', message: string }
    | { __typename: 'CustomerNotFoundError', message: string }
    | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ field: string, message: string }> }
   };

export type RemoveAddressMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveAddressMutation = { removeAddress:
    | { __typename: 'AddressNotFoundError' }
    | { __typename: 'RemovedAddress' }
   };

export type SetDefaultAddressMutationVariables = Exact<{
  id: string | number;
  kind: AddressKind;
}>;


export type SetDefaultAddressMutation = { setDefaultAddress:
    | { __typename: 'Address' }
    | { __typename: 'AddressNotFoundError' }
   };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile:
    | { __typename: 'Customer' }
    | { __typename: 'CustomerNotFoundError', message: string }
    | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ field: string, message: string }> }
   };

export type RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type RecordConsentMutation = { recordConsent:
    | { __typename: 'ConsentClientNotFoundError', message: string }
    | { __typename: 'ConsentRecord' }
    | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ field: string, message: string }> }
   };

export type SetMetalPreferencesMutationVariables = Exact<{
  metals: Array<Metal> | Metal;
}>;


export type SetMetalPreferencesMutation = { setMetalPreferences:
    | { __typename: 'Customer' }
    | { __typename: 'CustomerNotFoundError', message: string }
    | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ field: string, message: string }> }
   };

export type RequestDataExportMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestDataExportMutation = { requestDataExport: { id: string } | null };

export type DeleteMyAccountMutationVariables = Exact<{
  password: string;
}>;


export type DeleteMyAccountMutation = { deleteMyAccount:
    | { __typename: 'AccountDeleted' }
    | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ field: string, message: string }> }
    | { __typename: 'TooManyAttemptsError', message: string }
   };

export type RecentlyViewedQueryVariables = Exact<{
  guestToken: string;
  guest: boolean;
}>;


export type RecentlyViewedQuery = { me?: { recentlyViewed: Array<{ viewedAt: string, product: { id: string, slug: string, title: string, price: { formatted: string }, image: { alt: string, width: number, height: number, small: string, large: string } | null, availability: { status: AvailabilityStatus } | null } | null }> } | null, guestSession?: { recentlyViewed: Array<{ viewedAt: string, product: { id: string, slug: string, title: string, price: { formatted: string }, image: { alt: string, width: number, height: number, small: string, large: string } | null, availability: { status: AvailabilityStatus } | null } | null }> } | null };

export type RecentlyViewedEntryFragment = { viewedAt: string, product: { id: string, slug: string, title: string, price: { formatted: string }, image: { alt: string, width: number, height: number, small: string, large: string } | null, availability: { status: AvailabilityStatus } | null } | null };

export type WishlistQueryVariables = Exact<{
  guestToken: string;
  guest: boolean;
}>;


export type WishlistQuery = { me?: { wishlist: Array<{ id: string, variantSku: string | null, addedAt: string, product: { slug: string, title: string, price: { formatted: string } } | null, configuration: { needsNewQuote: boolean, quotedPrice: { formatted: string } } | null }> } | null, guestSession?: { wishlist: Array<{ id: string, variantSku: string | null, addedAt: string, product: { slug: string, title: string, price: { formatted: string } } | null, configuration: { needsNewQuote: boolean, quotedPrice: { formatted: string } } | null }> } | null };

export type WishlistEntryFragment = { id: string, variantSku: string | null, addedAt: string, product: { slug: string, title: string, price: { formatted: string } } | null, configuration: { needsNewQuote: boolean, quotedPrice: { formatted: string } } | null };

export type UpdateCartLineMutationVariables = Exact<{
  input: UpdateCartLineInput;
  guestCartToken?: string | null | undefined;
}>;


export type UpdateCartLineMutation = { updateCartLine:
    | { __typename: 'CartLineNotFoundError' }
    | { __typename: 'CartUpdate' }
    | { __typename: 'InputValidationError' }
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
    | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ field: string, message: string }> }
    | { __typename: 'QuoteUnavailableError', message: string }
   };

export type SiteFooterQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteFooterQuery = { pages: Array<{ slug: string, title: string }>, siteSettings: { contactEmail: string | null, contactPhone: string | null, address: string | null } };

export type HomePageQueryVariables = Exact<{ [key: string]: never; }>;


export type HomePageQuery = { siteSettings: { title: string, tagline: string | null, announcement: string | null }, collections: Array<{ slug: string, title: string, description: string | null }>, products: { nodes: Array<{ slug: string, title: string, price: { formatted: string }, image: { alt: string, width: number, height: number, small: string, large: string } | null, availability: { status: AvailabilityStatus } | null }> }, articles: Array<{ slug: string, title: string, kind: ArticleKind, excerpt: string | null }> };

export type ProductPageQueryVariables = Exact<{
  slug: string;
}>;


export type ProductPageQuery = { product: { id: string, slug: string, title: string, description: string, metal: Metal | null, leadTimeWeeks: number | null, price: { amount: number, currency: CurrencyCode, formatted: string }, seo: { title: string | null, description: string | null } | null, images: Array<{ alt: string, width: number, height: number, small: string, large: string }>, variants: Array<{ sku: string, metal: Metal, size: string | null, price: { formatted: string } }>, stones: Array<{ id: string, title: string, shape: StoneShape, carat: number, colour: string | null, clarity: string | null, cut: string | null, lab: string, certificateNumber: string }>, configurator: { productId: string, metals: Array<Metal>, ringSizes: Array<string>, settings: Array<{ code: string, name: string, stoneShapes: Array<StoneShape> }>, stones: Array<{ id: string, title: string, shape: StoneShape, carat: number }>, engraving: { maxLength: number, price: { formatted: string } } | null, rules: Array<{ settingCode: string, metal: Metal | null, stoneShape: StoneShape | null, message: string }> } | null, availability: { status: AvailabilityStatus, quantityAvailable: number, leadTimeWeeks: number | null, viewingLocations: Array<{ name: string, clientViewing: string | null }> } | null } | null };

export type ProductListingQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  sort: ProductSort;
  filter?: ProductFilter | null | undefined;
}>;


export type ProductListingQuery = { products: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ slug: string, title: string, price: { formatted: string }, image: { alt: string, width: number, height: number, small: string, large: string } | null, availability: { status: AvailabilityStatus } | null }> }, collections: Array<{ slug: string, title: string }> };

export type AddToWishlistMutationVariables = Exact<{
  input: AddToWishlistInput;
  guestToken?: string | null | undefined;
}>;


export type AddToWishlistMutation = { addToWishlist:
    | { __typename: 'AddedToWishlist', alreadyOnList: boolean, guestToken: string | null }
    | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ field: string, message: string }> }
    | { __typename: 'ShopperNotFoundError', message: string }
    | { __typename: 'WishlistFullError', message: string }
   };

export type RemoveFromWishlistMutationVariables = Exact<{
  itemId: string | number;
  guestToken?: string | null | undefined;
}>;


export type RemoveFromWishlistMutation = { removeFromWishlist:
    | { __typename: 'RemovedFromWishlist' }
    | { __typename: 'ShopperNotFoundError' }
    | { __typename: 'WishlistItemNotFoundError' }
   };

export type RecordProductViewMutationVariables = Exact<{
  productId: string | number;
  guestToken?: string | null | undefined;
}>;


export type RecordProductViewMutation = { recordProductView:
    | { __typename: 'InputValidationError' }
    | { __typename: 'ProductViewRecorded', guestToken: string | null }
    | { __typename: 'ShopperNotFoundError' }
   };

export type SearchPiecesQueryVariables = Exact<{
  search: string;
}>;


export type SearchPiecesQuery = { products: { totalCount: number, nodes: Array<{ slug: string, title: string, price: { formatted: string }, image: { alt: string, width: number, height: number, small: string, large: string } | null, availability: { status: AvailabilityStatus } | null }> } };

export type SitemapProductsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SitemapProductsQuery = { products: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ slug: string, publishedAt: string }> } };

export type SitemapContentQueryVariables = Exact<{ [key: string]: never; }>;


export type SitemapContentQuery = { articles: Array<{ slug: string, kind: ArticleKind, publishedAt: string }>, pages: Array<{ slug: string }> };

export type ProductCardFragment = { slug: string, title: string, price: { formatted: string }, image: { alt: string, width: number, height: number, small: string, large: string } | null, availability: { status: AvailabilityStatus } | null };

export type ArticleListQueryVariables = Exact<{
  kind?: ArticleKind | null | undefined;
}>;


export type ArticleListQuery = { articles: Array<{ slug: string, title: string, kind: ArticleKind, excerpt: string | null, publishedAt: string, heroImage: { alt: string, width: number, height: number, small: string, large: string } | null }> };

export type ArticlePageQueryVariables = Exact<{
  slug: string;
}>;


export type ArticlePageQuery = { article: { slug: string, title: string, kind: ArticleKind, excerpt: string | null, body: unknown, publishedAt: string, seo: { title: string | null, description: string | null } | null, heroImage: { alt: string, width: number, height: number, small: string, large: string } | null } | null };

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
    | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ field: string, message: string }> }
    | { __typename: 'ItemNotOfferedError', message: string }
    | { __typename: 'QuoteExpiredError', message: string }
   };

type Refusal_AddressBookFullError_Fragment = { message: string };

type Refusal_AddressNotFoundError_Fragment = { message: string };

type Refusal_CartEmptyError_Fragment = { message: string };

type Refusal_CartLineNotFoundError_Fragment = { message: string };

type Refusal_ConsentClientNotFoundError_Fragment = { message: string };

type Refusal_CustomerNotFoundError_Fragment = { message: string };

type Refusal_EmailNotVerifiedError_Fragment = { message: string };

type Refusal_EmailTakenError_Fragment = { message: string };

type Refusal_IllegalTransitionError_Fragment = { message: string };

type Refusal_IncompatibleOptionsError_Fragment = { message: string };

type Refusal_InputValidationError_Fragment = { message: string, fieldErrors: Array<{ field: string, message: string }> };

type Refusal_InsufficientStockError_Fragment = { message: string };

type Refusal_InvalidCredentialsError_Fragment = { message: string };

type Refusal_InvalidTokenError_Fragment = { message: string };

type Refusal_ItemNotOfferedError_Fragment = { message: string };

type Refusal_NotInCatalogueError_Fragment = { message: string };

type Refusal_OrderNotFoundError_Fragment = { message: string };

type Refusal_PiecesUnavailableError_Fragment = { message: string };

type Refusal_QuoteExpiredError_Fragment = { message: string };

type Refusal_QuoteUnavailableError_Fragment = { message: string };

type Refusal_SessionEndedError_Fragment = { message: string };

type Refusal_ShopperNotFoundError_Fragment = { message: string };

type Refusal_StockNotFoundError_Fragment = { message: string };

type Refusal_TooManyAttemptsError_Fragment = { message: string };

type Refusal_TransferAlreadyReceivedError_Fragment = { message: string };

type Refusal_UnitUnavailableError_Fragment = { message: string };

type Refusal_WishlistFullError_Fragment = { message: string };

type Refusal_WishlistItemNotFoundError_Fragment = { message: string };

export type RefusalFragment =
  | Refusal_AddressBookFullError_Fragment
  | Refusal_AddressNotFoundError_Fragment
  | Refusal_CartEmptyError_Fragment
  | Refusal_CartLineNotFoundError_Fragment
  | Refusal_ConsentClientNotFoundError_Fragment
  | Refusal_CustomerNotFoundError_Fragment
  | Refusal_EmailNotVerifiedError_Fragment
  | Refusal_EmailTakenError_Fragment
  | Refusal_IllegalTransitionError_Fragment
  | Refusal_IncompatibleOptionsError_Fragment
  | Refusal_InputValidationError_Fragment
  | Refusal_InsufficientStockError_Fragment
  | Refusal_InvalidCredentialsError_Fragment
  | Refusal_InvalidTokenError_Fragment
  | Refusal_ItemNotOfferedError_Fragment
  | Refusal_NotInCatalogueError_Fragment
  | Refusal_OrderNotFoundError_Fragment
  | Refusal_PiecesUnavailableError_Fragment
  | Refusal_QuoteExpiredError_Fragment
  | Refusal_QuoteUnavailableError_Fragment
  | Refusal_SessionEndedError_Fragment
  | Refusal_ShopperNotFoundError_Fragment
  | Refusal_StockNotFoundError_Fragment
  | Refusal_TooManyAttemptsError_Fragment
  | Refusal_TransferAlreadyReceivedError_Fragment
  | Refusal_UnitUnavailableError_Fragment
  | Refusal_WishlistFullError_Fragment
  | Refusal_WishlistItemNotFoundError_Fragment
;

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
export const RecentlyViewedEntryFragmentDoc = new TypedDocumentString(`
    fragment RecentlyViewedEntry on RecentlyViewed {
  viewedAt
  product {
    id
    ...ProductCard
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
}`, {"fragmentName":"RecentlyViewedEntry"}) as unknown as TypedDocumentString<RecentlyViewedEntryFragment, unknown>;
export const WishlistEntryFragmentDoc = new TypedDocumentString(`
    fragment WishlistEntry on WishlistItem {
  id
  variantSku
  addedAt
  product {
    slug
    title
    price {
      formatted
    }
  }
  configuration {
    quotedPrice {
      formatted
    }
    needsNewQuote
  }
}
    `, {"fragmentName":"WishlistEntry"}) as unknown as TypedDocumentString<WishlistEntryFragment, unknown>;
export const RefusalFragmentDoc = new TypedDocumentString(`
    fragment Refusal on ErrorResult {
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
    }
  }
}
    `, {"fragmentName":"Refusal"}) as unknown as TypedDocumentString<RefusalFragment, unknown>;
export const ContentPageDocument = new TypedDocumentString(`
    query ContentPage($slug: String!) {
  page(slug: $slug) {
    slug
    title
    body
    seo {
      title
      description
    }
  }
}
    `, {"hash":"sha256:557b2a5080441baf692a6ee04a7f86d43268caa2becd588ea7385b5e00d66a4c"}) as unknown as TypedDocumentString<ContentPageQuery, ContentPageQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($email: String!, $password: String!, $guestToken: String) {
  signIn(email: $email, password: $password, guestToken: $guestToken) {
    __typename
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
    }
  }
}`, {"hash":"sha256:b5372d27db685b0e64359321590c8384a13b977005ec91dfa2a256662f560784"}) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
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
export const RegisterDocument = new TypedDocumentString(`
    mutation Register($input: RegisterInput!) {
  register(input: $input) {
    __typename
    ... on RegistrationReceived {
      message
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
    }
  }
}`, {"hash":"sha256:121db79eb60ad099fff9231182171fc1f05b319af0a947e14cb81febf98ee25b"}) as unknown as TypedDocumentString<RegisterMutation, RegisterMutationVariables>;
export const VerifyEmailDocument = new TypedDocumentString(`
    mutation VerifyEmail($token: String!) {
  verifyEmail(token: $token) {
    __typename
    ... on EmailVerified {
      email
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
    }
  }
}`, {"hash":"sha256:fcce80d87206cbe7bd896bc919fd707e855fb4ffea28e14472e10db3ff5e131c"}) as unknown as TypedDocumentString<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email) {
    __typename
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
    }
  }
}`, {"hash":"sha256:e35ed548945b7ab19b43b4153deebfafb1413d40fe8e56dbd86bb594d4c1ae53"}) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $newPassword: String!) {
  resetPassword(token: $token, newPassword: $newPassword) {
    __typename
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
    }
  }
}`, {"hash":"sha256:5db4f136fd04061145f39537a3ae86e56d3c52b7f96d1b9f908d5666cbeb8f22"}) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ConfirmEmailChangeDocument = new TypedDocumentString(`
    mutation ConfirmEmailChange($token: String!) {
  confirmEmailChange(token: $token) {
    __typename
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
    }
  }
}`, {"hash":"sha256:73ad0a9df8b9e70b2360f8454434b247864bc60e58728fd4d2f16e7ef9d6bfa8"}) as unknown as TypedDocumentString<ConfirmEmailChangeMutation, ConfirmEmailChangeMutationVariables>;
export const AddressBookDocument = new TypedDocumentString(`
    query AddressBook {
  me {
    addresses {
      id
      label
      recipientName
      line1
      line2
      city
      postcode
      countryCode
      phone
      isDefaultDelivery
      isDefaultBilling
    }
  }
}
    `, {"hash":"sha256:7da7579c534ab84a424b01ddb36ee746d66f1b2448e2e20f88946557bac1496e"}) as unknown as TypedDocumentString<AddressBookQuery, AddressBookQueryVariables>;
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
export const PreferencesDocument = new TypedDocumentString(`
    query Preferences {
  me {
    givenName
    familyName
    phone
    metalPreferences
    consents {
      channel
      purpose
      granted
    }
  }
}
    `, {"hash":"sha256:28eb863af0e3a02bce7bd94a378c9aa399ff0543723b4aeb1072f43307519e0a"}) as unknown as TypedDocumentString<PreferencesQuery, PreferencesQueryVariables>;
export const DataExportFileDocument = new TypedDocumentString(`
    query DataExportFile($id: ID!) {
  dataExport(id: $id) {
    status
    requestedAt
    data
  }
}
    `, {"hash":"sha256:26938a2feefd0e5c90c36cf20ee6f1f59befbbc0c8f63fb28dd77fdc050efd4f"}) as unknown as TypedDocumentString<DataExportFileQuery, DataExportFileQueryVariables>;
export const PrivacyPageDocument = new TypedDocumentString(`
    query PrivacyPage($exportId: ID!, $withExport: Boolean!) {
  me {
    email
  }
  dataExport(id: $exportId) @include(if: $withExport) {
    id
    status
    requestedAt
    receivedParts
  }
}
    `, {"hash":"sha256:bcb61e209891a55bccabb57b7cb64c3c2079893fe87c7649858ee4b6fb1c2f1e"}) as unknown as TypedDocumentString<PrivacyPageQuery, PrivacyPageQueryVariables>;
export const AddAddressDocument = new TypedDocumentString(`
    mutation AddAddress($input: AddressInput!) {
  addAddress(input: $input) {
    __typename
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
    }
  }
}`, {"hash":"sha256:4396d82b5d939a8a86d9b25fa006765e1640941dfe538d8496014f12ab5c3f60"}) as unknown as TypedDocumentString<AddAddressMutation, AddAddressMutationVariables>;
export const RemoveAddressDocument = new TypedDocumentString(`
    mutation RemoveAddress($id: ID!) {
  removeAddress(id: $id) {
    __typename
  }
}
    `, {"hash":"sha256:7fc9ce1c0a95bbe9fe861c11cc162f2db7615a3de9184005840d194ae9057634"}) as unknown as TypedDocumentString<RemoveAddressMutation, RemoveAddressMutationVariables>;
export const SetDefaultAddressDocument = new TypedDocumentString(`
    mutation SetDefaultAddress($id: ID!, $kind: AddressKind!) {
  setDefaultAddress(id: $id, kind: $kind) {
    __typename
  }
}
    `, {"hash":"sha256:b6f6100b32cf9c6001f5bf5cb886ba45e253e8c083ec5160f78d3f73b683a0d7"}) as unknown as TypedDocumentString<SetDefaultAddressMutation, SetDefaultAddressMutationVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    __typename
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
    }
  }
}`, {"hash":"sha256:df66f7ad8efe55f56d33b43a484bb22280d59bf777ac10dedf93a1555e0e5cea"}) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const RecordConsentDocument = new TypedDocumentString(`
    mutation RecordConsent($input: RecordConsentInput!) {
  recordConsent(input: $input) {
    __typename
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
    }
  }
}`, {"hash":"sha256:8f5e9166fb4d69a9d571af060b50178fdc7585b389a632853104d4a5653e17ab"}) as unknown as TypedDocumentString<RecordConsentMutation, RecordConsentMutationVariables>;
export const SetMetalPreferencesDocument = new TypedDocumentString(`
    mutation SetMetalPreferences($metals: [Metal!]!) {
  setMetalPreferences(metals: $metals) {
    __typename
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
    }
  }
}`, {"hash":"sha256:807a7a68e579fcb4f7d534d5b48feb94a284d5c4249b9f7eae345c97bf743b34"}) as unknown as TypedDocumentString<SetMetalPreferencesMutation, SetMetalPreferencesMutationVariables>;
export const RequestDataExportDocument = new TypedDocumentString(`
    mutation RequestDataExport {
  requestDataExport {
    id
  }
}
    `, {"hash":"sha256:e711aee938257b40c299e24d6850094ec0aa35f7065f7a4085b0d48db4b8cd77"}) as unknown as TypedDocumentString<RequestDataExportMutation, RequestDataExportMutationVariables>;
export const DeleteMyAccountDocument = new TypedDocumentString(`
    mutation DeleteMyAccount($password: String!) {
  deleteMyAccount(password: $password) {
    __typename
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
    }
  }
}`, {"hash":"sha256:a18f4d2ab7fd8030b9ce2e364468e8e86841a33ed7d145ed14193e5c10fb9b1c"}) as unknown as TypedDocumentString<DeleteMyAccountMutation, DeleteMyAccountMutationVariables>;
export const RecentlyViewedDocument = new TypedDocumentString(`
    query RecentlyViewed($guestToken: String!, $guest: Boolean!) {
  me @skip(if: $guest) {
    recentlyViewed(first: 20) {
      ...RecentlyViewedEntry
    }
  }
  guestSession(guestToken: $guestToken) @include(if: $guest) {
    recentlyViewed(first: 20) {
      ...RecentlyViewedEntry
    }
  }
}
    fragment RecentlyViewedEntry on RecentlyViewed {
  viewedAt
  product {
    id
    ...ProductCard
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
}`, {"hash":"sha256:07c70bbf33f7dcbb33c242cd3951f8825a9ae2a449c5d831237aac28156d15d7"}) as unknown as TypedDocumentString<RecentlyViewedQuery, RecentlyViewedQueryVariables>;
export const WishlistDocument = new TypedDocumentString(`
    query Wishlist($guestToken: String!, $guest: Boolean!) {
  me @skip(if: $guest) {
    wishlist {
      ...WishlistEntry
    }
  }
  guestSession(guestToken: $guestToken) @include(if: $guest) {
    wishlist {
      ...WishlistEntry
    }
  }
}
    fragment WishlistEntry on WishlistItem {
  id
  variantSku
  addedAt
  product {
    slug
    title
    price {
      formatted
    }
  }
  configuration {
    quotedPrice {
      formatted
    }
    needsNewQuote
  }
}`, {"hash":"sha256:1fde061879df064f5d1b28a96b02ecc7bfb9d34aebda08a984c68b7a9cf7e062"}) as unknown as TypedDocumentString<WishlistQuery, WishlistQueryVariables>;
export const UpdateCartLineDocument = new TypedDocumentString(`
    mutation UpdateCartLine($input: UpdateCartLineInput!, $guestCartToken: String) {
  updateCartLine(input: $input, guestCartToken: $guestCartToken) {
    __typename
  }
}
    `, {"hash":"sha256:dfb90630f979a8df9dddef57998b757f2a35ff082a3a5d02b2168b8430dd230e"}) as unknown as TypedDocumentString<UpdateCartLineMutation, UpdateCartLineMutationVariables>;
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
    ...Refusal
    ... on PiecesUnavailableError {
      lines {
        title
      }
    }
  }
}
    fragment Refusal on ErrorResult {
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
    }
  }
}`, {"hash":"sha256:f5623f5617da3ea84592b922f28bb025bc83bed0060febc47e04f7857607a51e"}) as unknown as TypedDocumentString<PlaceOrderMutation, PlaceOrderMutationVariables>;
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
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
    }
  }
}`, {"hash":"sha256:d1f71bde17f05dfa86e65d8582f9e9064fe1d111ca9f271ab4bbcbcdc6372f67"}) as unknown as TypedDocumentString<PriceDesignQuery, PriceDesignQueryVariables>;
export const SiteFooterDocument = new TypedDocumentString(`
    query SiteFooter {
  pages {
    slug
    title
  }
  siteSettings {
    contactEmail
    contactPhone
    address
  }
}
    `, {"hash":"sha256:6974a77d6a1e09cb0b6d9336d0f0518d06199bf2ff2f3907f9fa22dffd514ec0"}) as unknown as TypedDocumentString<SiteFooterQuery, SiteFooterQueryVariables>;
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
    kind
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
}`, {"hash":"sha256:da9f3c47464cd04f0d51068ad72a689aa95a4a95fb78dfd2b55d4c0616537be2"}) as unknown as TypedDocumentString<HomePageQuery, HomePageQueryVariables>;
export const ProductPageDocument = new TypedDocumentString(`
    query ProductPage($slug: String!) {
  product(slug: $slug) {
    id
    slug
    title
    description
    metal
    leadTimeWeeks
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
    configurator {
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
    `, {"hash":"sha256:1adb86c6c171cb13388859414f5c864a79ccf879a935e623dc6054052d46c939"}) as unknown as TypedDocumentString<ProductPageQuery, ProductPageQueryVariables>;
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
export const AddToWishlistDocument = new TypedDocumentString(`
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
    fragment Refusal on ErrorResult {
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
    }
  }
}`, {"hash":"sha256:0015756cc2b9e46889b1991b2d70bfad28fd5ba0cfcc3523474d274f876b54da"}) as unknown as TypedDocumentString<AddToWishlistMutation, AddToWishlistMutationVariables>;
export const RemoveFromWishlistDocument = new TypedDocumentString(`
    mutation RemoveFromWishlist($itemId: ID!, $guestToken: String) {
  removeFromWishlist(itemId: $itemId, guestToken: $guestToken) {
    __typename
  }
}
    `, {"hash":"sha256:eb749201d8591a433160f14a54438764fa602b06c3e795c7bdf7c8c67cf481a3"}) as unknown as TypedDocumentString<RemoveFromWishlistMutation, RemoveFromWishlistMutationVariables>;
export const RecordProductViewDocument = new TypedDocumentString(`
    mutation RecordProductView($productId: ID!, $guestToken: String) {
  recordProductView(productId: $productId, guestToken: $guestToken) {
    __typename
    ... on ProductViewRecorded {
      guestToken
    }
  }
}
    `, {"hash":"sha256:2dcb0543476cf6626822696d59d57ad930c10a17bdec0dc1d84234a104ae7444"}) as unknown as TypedDocumentString<RecordProductViewMutation, RecordProductViewMutationVariables>;
export const SearchPiecesDocument = new TypedDocumentString(`
    query SearchPieces($search: String!) {
  products(first: 12, filter: {search: $search}, sort: TITLE) {
    totalCount
    nodes {
      ...ProductCard
    }
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
}`, {"hash":"sha256:6f588229ba0c605beca9e4705239c4fc3aaa7bc6f8fe3482bd68895119144ba1"}) as unknown as TypedDocumentString<SearchPiecesQuery, SearchPiecesQueryVariables>;
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
export const SitemapContentDocument = new TypedDocumentString(`
    query SitemapContent {
  articles(first: 100) {
    slug
    kind
    publishedAt
  }
  pages {
    slug
  }
}
    `, {"hash":"sha256:783afc18096dd7b5c3fffdafa088443163b4803a170a62bc8adc42da51f21c2a"}) as unknown as TypedDocumentString<SitemapContentQuery, SitemapContentQueryVariables>;
export const ArticleListDocument = new TypedDocumentString(`
    query ArticleList($kind: ArticleKind) {
  articles(first: 100, kind: $kind) {
    slug
    title
    kind
    excerpt
    publishedAt
    heroImage {
      alt
      width
      height
      small: url(width: 400)
      large: url(width: 800)
    }
  }
}
    `, {"hash":"sha256:5ebf92f1a2cc40a1cfefde6cf8cb8d0b82603482ed7967196d3c934489fed8e1"}) as unknown as TypedDocumentString<ArticleListQuery, ArticleListQueryVariables>;
export const ArticlePageDocument = new TypedDocumentString(`
    query ArticlePage($slug: String!) {
  article(slug: $slug) {
    slug
    title
    kind
    excerpt
    body
    publishedAt
    seo {
      title
      description
    }
    heroImage {
      alt
      width
      height
      small: url(width: 800)
      large: url(width: 1600)
    }
  }
}
    `, {"hash":"sha256:6cf55d84d01cf5a2d423df99eba86111125d490417e9c1d485a5e5614c31439f"}) as unknown as TypedDocumentString<ArticlePageQuery, ArticlePageQueryVariables>;
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
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
    }
  }
}`, {"hash":"sha256:4b407eb1ec48a442c9f114d2e50412205da06bc9607744fde386fb28cda6cc3a"}) as unknown as TypedDocumentString<AddToCartMutation, AddToCartMutationVariables>;