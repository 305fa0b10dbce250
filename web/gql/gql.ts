/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignIn($email: String!, $password: String!, $guestToken: String) {\n    signIn(email: $email, password: $password, guestToken: $guestToken) {\n      __typename\n      ... on InvalidCredentialsError {\n        message\n      }\n      ... on EmailNotVerifiedError {\n        message\n      }\n      ... on TooManyAttemptsError {\n        message\n      }\n      ... on InputValidationError {\n        message\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query MergeGuestCart($guestCartToken: String) {\n    cart(guestCartToken: $guestCartToken) {\n      itemCount\n    }\n  }\n": typeof types.MergeGuestCartDocument,
    "\n  mutation SignOut {\n    signOut {\n      __typename\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  query AccountPage {\n    me {\n      givenName\n      familyName\n      email\n      orderHistory(first: 20) {\n        nodes {\n          id\n          number\n          status\n          placedAt\n          total {\n            formatted\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccountPageDocument,
    "\n  mutation UpdateCartLine($input: UpdateCartLineInput!, $guestCartToken: String) {\n    updateCartLine(input: $input, guestCartToken: $guestCartToken) {\n      __typename\n      ... on InputValidationError {\n        message\n      }\n    }\n  }\n": typeof types.UpdateCartLineDocument,
    "\n  mutation RemoveCartLine($lineId: ID!, $guestCartToken: String) {\n    removeCartLine(lineId: $lineId, guestCartToken: $guestCartToken) {\n      __typename\n    }\n  }\n": typeof types.RemoveCartLineDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      __typename\n      ... on PlacedOrder {\n        paymentClientSecret\n        amountDue {\n          formatted\n        }\n        order {\n          id\n          number\n          total {\n            formatted\n          }\n          vat {\n            formatted\n          }\n        }\n      }\n      ... on InputValidationError {\n        message\n        fieldErrors {\n          field\n          message\n        }\n      }\n      ... on CartEmptyError {\n        message\n      }\n      ... on PiecesUnavailableError {\n        message\n        lines {\n          title\n        }\n      }\n      ... on QuoteExpiredError {\n        message\n      }\n    }\n  }\n": typeof types.PlaceOrderDocument,
    "\n  query PriceDesign($input: ConfigurationInput!) {\n    priceConfiguration(input: $input) {\n      __typename\n      ... on ConfigurationQuote {\n        token\n        breakdown {\n          total {\n            formatted\n          }\n          vat {\n            formatted\n          }\n        }\n      }\n      ... on InputValidationError {\n        message\n        fieldErrors {\n          message\n        }\n      }\n      ... on IncompatibleOptionsError {\n        message\n      }\n      ... on QuoteUnavailableError {\n        message\n      }\n    }\n  }\n": typeof types.PriceDesignDocument,
    "\n  query HomePage {\n    siteSettings {\n      title\n      tagline\n      announcement\n    }\n    collections {\n      slug\n      title\n      description\n    }\n    products(first: 8, sort: NEWEST) {\n      nodes {\n        ...ProductCard\n      }\n    }\n    articles(first: 3) {\n      slug\n      title\n      excerpt\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  query ProductPage($slug: String!) {\n    product(slug: $slug) {\n      id\n      slug\n      title\n      description\n      metal\n      leadTimeWeeks\n      configurable\n      price {\n        amount\n        currency\n        formatted\n      }\n      seo {\n        title\n        description\n      }\n      images {\n        alt\n        width\n        height\n        small: url(width: 600)\n        large: url(width: 1200)\n      }\n      variants {\n        sku\n        metal\n        size\n        price {\n          formatted\n        }\n      }\n      stones {\n        id\n        title\n        shape\n        carat\n        colour\n        clarity\n        cut\n        lab\n        certificateNumber\n      }\n      availability {\n        status\n        quantityAvailable\n        leadTimeWeeks\n        viewingLocations {\n          name\n          clientViewing\n        }\n      }\n    }\n  }\n": typeof types.ProductPageDocument,
    "\n  query ProductConfigurator($productId: ID!) {\n    configurator(productId: $productId) {\n      productId\n      settings {\n        code\n        name\n        stoneShapes\n      }\n      metals\n      stones {\n        id\n        title\n        shape\n        carat\n      }\n      ringSizes\n      engraving {\n        maxLength\n        price {\n          formatted\n        }\n      }\n      rules {\n        settingCode\n        metal\n        stoneShape\n        message\n      }\n    }\n  }\n": typeof types.ProductConfiguratorDocument,
    "\n  query ProductListing($first: Int!, $after: String, $sort: ProductSort!, $filter: ProductFilter) {\n    products(first: $first, after: $after, sort: $sort, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ProductCard\n      }\n    }\n    collections {\n      slug\n      title\n    }\n  }\n": typeof types.ProductListingDocument,
    "\n  query SitemapProducts($after: String) {\n    products(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        slug\n        publishedAt\n      }\n    }\n  }\n": typeof types.SitemapProductsDocument,
    "\n  fragment ProductCard on Product {\n    slug\n    title\n    price {\n      formatted\n    }\n    image {\n      alt\n      width\n      height\n      small: url(width: 400)\n      large: url(width: 800)\n    }\n    availability {\n      status\n    }\n  }\n": typeof types.ProductCardFragmentDoc,
    "\n  query Bag($guestCartToken: String) {\n    cart(guestCartToken: $guestCartToken) {\n      itemCount\n      subtotal {\n        formatted\n      }\n      vat {\n        formatted\n      }\n      lines {\n        id\n        kind\n        title\n        sku\n        quantity\n        priceChanged\n        purchasable\n        unitPrice {\n          formatted\n        }\n        priceWhenAdded {\n          formatted\n        }\n        product {\n          slug\n        }\n      }\n    }\n  }\n": typeof types.BagDocument,
    "\n  mutation AddToCart($input: AddToCartInput!, $guestCartToken: String) {\n    addToCart(input: $input, guestCartToken: $guestCartToken) {\n      __typename\n      ... on CartUpdate {\n        guestCartToken\n        cart {\n          itemCount\n        }\n      }\n      ... on InputValidationError {\n        message\n      }\n      ... on ItemNotOfferedError {\n        message\n      }\n      ... on QuoteExpiredError {\n        message\n      }\n    }\n  }\n": typeof types.AddToCartDocument,
};
const documents: Documents = {
    "\n  mutation SignIn($email: String!, $password: String!, $guestToken: String) {\n    signIn(email: $email, password: $password, guestToken: $guestToken) {\n      __typename\n      ... on InvalidCredentialsError {\n        message\n      }\n      ... on EmailNotVerifiedError {\n        message\n      }\n      ... on TooManyAttemptsError {\n        message\n      }\n      ... on InputValidationError {\n        message\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  query MergeGuestCart($guestCartToken: String) {\n    cart(guestCartToken: $guestCartToken) {\n      itemCount\n    }\n  }\n": types.MergeGuestCartDocument,
    "\n  mutation SignOut {\n    signOut {\n      __typename\n    }\n  }\n": types.SignOutDocument,
    "\n  query AccountPage {\n    me {\n      givenName\n      familyName\n      email\n      orderHistory(first: 20) {\n        nodes {\n          id\n          number\n          status\n          placedAt\n          total {\n            formatted\n          }\n        }\n      }\n    }\n  }\n": types.AccountPageDocument,
    "\n  mutation UpdateCartLine($input: UpdateCartLineInput!, $guestCartToken: String) {\n    updateCartLine(input: $input, guestCartToken: $guestCartToken) {\n      __typename\n      ... on InputValidationError {\n        message\n      }\n    }\n  }\n": types.UpdateCartLineDocument,
    "\n  mutation RemoveCartLine($lineId: ID!, $guestCartToken: String) {\n    removeCartLine(lineId: $lineId, guestCartToken: $guestCartToken) {\n      __typename\n    }\n  }\n": types.RemoveCartLineDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      __typename\n      ... on PlacedOrder {\n        paymentClientSecret\n        amountDue {\n          formatted\n        }\n        order {\n          id\n          number\n          total {\n            formatted\n          }\n          vat {\n            formatted\n          }\n        }\n      }\n      ... on InputValidationError {\n        message\n        fieldErrors {\n          field\n          message\n        }\n      }\n      ... on CartEmptyError {\n        message\n      }\n      ... on PiecesUnavailableError {\n        message\n        lines {\n          title\n        }\n      }\n      ... on QuoteExpiredError {\n        message\n      }\n    }\n  }\n": types.PlaceOrderDocument,
    "\n  query PriceDesign($input: ConfigurationInput!) {\n    priceConfiguration(input: $input) {\n      __typename\n      ... on ConfigurationQuote {\n        token\n        breakdown {\n          total {\n            formatted\n          }\n          vat {\n            formatted\n          }\n        }\n      }\n      ... on InputValidationError {\n        message\n        fieldErrors {\n          message\n        }\n      }\n      ... on IncompatibleOptionsError {\n        message\n      }\n      ... on QuoteUnavailableError {\n        message\n      }\n    }\n  }\n": types.PriceDesignDocument,
    "\n  query HomePage {\n    siteSettings {\n      title\n      tagline\n      announcement\n    }\n    collections {\n      slug\n      title\n      description\n    }\n    products(first: 8, sort: NEWEST) {\n      nodes {\n        ...ProductCard\n      }\n    }\n    articles(first: 3) {\n      slug\n      title\n      excerpt\n    }\n  }\n": types.HomePageDocument,
    "\n  query ProductPage($slug: String!) {\n    product(slug: $slug) {\n      id\n      slug\n      title\n      description\n      metal\n      leadTimeWeeks\n      configurable\n      price {\n        amount\n        currency\n        formatted\n      }\n      seo {\n        title\n        description\n      }\n      images {\n        alt\n        width\n        height\n        small: url(width: 600)\n        large: url(width: 1200)\n      }\n      variants {\n        sku\n        metal\n        size\n        price {\n          formatted\n        }\n      }\n      stones {\n        id\n        title\n        shape\n        carat\n        colour\n        clarity\n        cut\n        lab\n        certificateNumber\n      }\n      availability {\n        status\n        quantityAvailable\n        leadTimeWeeks\n        viewingLocations {\n          name\n          clientViewing\n        }\n      }\n    }\n  }\n": types.ProductPageDocument,
    "\n  query ProductConfigurator($productId: ID!) {\n    configurator(productId: $productId) {\n      productId\n      settings {\n        code\n        name\n        stoneShapes\n      }\n      metals\n      stones {\n        id\n        title\n        shape\n        carat\n      }\n      ringSizes\n      engraving {\n        maxLength\n        price {\n          formatted\n        }\n      }\n      rules {\n        settingCode\n        metal\n        stoneShape\n        message\n      }\n    }\n  }\n": types.ProductConfiguratorDocument,
    "\n  query ProductListing($first: Int!, $after: String, $sort: ProductSort!, $filter: ProductFilter) {\n    products(first: $first, after: $after, sort: $sort, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ProductCard\n      }\n    }\n    collections {\n      slug\n      title\n    }\n  }\n": types.ProductListingDocument,
    "\n  query SitemapProducts($after: String) {\n    products(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        slug\n        publishedAt\n      }\n    }\n  }\n": types.SitemapProductsDocument,
    "\n  fragment ProductCard on Product {\n    slug\n    title\n    price {\n      formatted\n    }\n    image {\n      alt\n      width\n      height\n      small: url(width: 400)\n      large: url(width: 800)\n    }\n    availability {\n      status\n    }\n  }\n": types.ProductCardFragmentDoc,
    "\n  query Bag($guestCartToken: String) {\n    cart(guestCartToken: $guestCartToken) {\n      itemCount\n      subtotal {\n        formatted\n      }\n      vat {\n        formatted\n      }\n      lines {\n        id\n        kind\n        title\n        sku\n        quantity\n        priceChanged\n        purchasable\n        unitPrice {\n          formatted\n        }\n        priceWhenAdded {\n          formatted\n        }\n        product {\n          slug\n        }\n      }\n    }\n  }\n": types.BagDocument,
    "\n  mutation AddToCart($input: AddToCartInput!, $guestCartToken: String) {\n    addToCart(input: $input, guestCartToken: $guestCartToken) {\n      __typename\n      ... on CartUpdate {\n        guestCartToken\n        cart {\n          itemCount\n        }\n      }\n      ... on InputValidationError {\n        message\n      }\n      ... on ItemNotOfferedError {\n        message\n      }\n      ... on QuoteExpiredError {\n        message\n      }\n    }\n  }\n": types.AddToCartDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!, $guestToken: String) {\n    signIn(email: $email, password: $password, guestToken: $guestToken) {\n      __typename\n      ... on InvalidCredentialsError {\n        message\n      }\n      ... on EmailNotVerifiedError {\n        message\n      }\n      ... on TooManyAttemptsError {\n        message\n      }\n      ... on InputValidationError {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeGuestCart($guestCartToken: String) {\n    cart(guestCartToken: $guestCartToken) {\n      itemCount\n    }\n  }\n"): typeof import('./graphql').MergeGuestCartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut {\n      __typename\n    }\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPage {\n    me {\n      givenName\n      familyName\n      email\n      orderHistory(first: 20) {\n        nodes {\n          id\n          number\n          status\n          placedAt\n          total {\n            formatted\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AccountPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCartLine($input: UpdateCartLineInput!, $guestCartToken: String) {\n    updateCartLine(input: $input, guestCartToken: $guestCartToken) {\n      __typename\n      ... on InputValidationError {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateCartLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCartLine($lineId: ID!, $guestCartToken: String) {\n    removeCartLine(lineId: $lineId, guestCartToken: $guestCartToken) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').RemoveCartLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      __typename\n      ... on PlacedOrder {\n        paymentClientSecret\n        amountDue {\n          formatted\n        }\n        order {\n          id\n          number\n          total {\n            formatted\n          }\n          vat {\n            formatted\n          }\n        }\n      }\n      ... on InputValidationError {\n        message\n        fieldErrors {\n          field\n          message\n        }\n      }\n      ... on CartEmptyError {\n        message\n      }\n      ... on PiecesUnavailableError {\n        message\n        lines {\n          title\n        }\n      }\n      ... on QuoteExpiredError {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').PlaceOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceDesign($input: ConfigurationInput!) {\n    priceConfiguration(input: $input) {\n      __typename\n      ... on ConfigurationQuote {\n        token\n        breakdown {\n          total {\n            formatted\n          }\n          vat {\n            formatted\n          }\n        }\n      }\n      ... on InputValidationError {\n        message\n        fieldErrors {\n          message\n        }\n      }\n      ... on IncompatibleOptionsError {\n        message\n      }\n      ... on QuoteUnavailableError {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').PriceDesignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage {\n    siteSettings {\n      title\n      tagline\n      announcement\n    }\n    collections {\n      slug\n      title\n      description\n    }\n    products(first: 8, sort: NEWEST) {\n      nodes {\n        ...ProductCard\n      }\n    }\n    articles(first: 3) {\n      slug\n      title\n      excerpt\n    }\n  }\n"): typeof import('./graphql').HomePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductPage($slug: String!) {\n    product(slug: $slug) {\n      id\n      slug\n      title\n      description\n      metal\n      leadTimeWeeks\n      configurable\n      price {\n        amount\n        currency\n        formatted\n      }\n      seo {\n        title\n        description\n      }\n      images {\n        alt\n        width\n        height\n        small: url(width: 600)\n        large: url(width: 1200)\n      }\n      variants {\n        sku\n        metal\n        size\n        price {\n          formatted\n        }\n      }\n      stones {\n        id\n        title\n        shape\n        carat\n        colour\n        clarity\n        cut\n        lab\n        certificateNumber\n      }\n      availability {\n        status\n        quantityAvailable\n        leadTimeWeeks\n        viewingLocations {\n          name\n          clientViewing\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProductPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductConfigurator($productId: ID!) {\n    configurator(productId: $productId) {\n      productId\n      settings {\n        code\n        name\n        stoneShapes\n      }\n      metals\n      stones {\n        id\n        title\n        shape\n        carat\n      }\n      ringSizes\n      engraving {\n        maxLength\n        price {\n          formatted\n        }\n      }\n      rules {\n        settingCode\n        metal\n        stoneShape\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ProductConfiguratorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductListing($first: Int!, $after: String, $sort: ProductSort!, $filter: ProductFilter) {\n    products(first: $first, after: $after, sort: $sort, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ProductCard\n      }\n    }\n    collections {\n      slug\n      title\n    }\n  }\n"): typeof import('./graphql').ProductListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SitemapProducts($after: String) {\n    products(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        slug\n        publishedAt\n      }\n    }\n  }\n"): typeof import('./graphql').SitemapProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductCard on Product {\n    slug\n    title\n    price {\n      formatted\n    }\n    image {\n      alt\n      width\n      height\n      small: url(width: 400)\n      large: url(width: 800)\n    }\n    availability {\n      status\n    }\n  }\n"): typeof import('./graphql').ProductCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Bag($guestCartToken: String) {\n    cart(guestCartToken: $guestCartToken) {\n      itemCount\n      subtotal {\n        formatted\n      }\n      vat {\n        formatted\n      }\n      lines {\n        id\n        kind\n        title\n        sku\n        quantity\n        priceChanged\n        purchasable\n        unitPrice {\n          formatted\n        }\n        priceWhenAdded {\n          formatted\n        }\n        product {\n          slug\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BagDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddToCart($input: AddToCartInput!, $guestCartToken: String) {\n    addToCart(input: $input, guestCartToken: $guestCartToken) {\n      __typename\n      ... on CartUpdate {\n        guestCartToken\n        cart {\n          itemCount\n        }\n      }\n      ... on InputValidationError {\n        message\n      }\n      ... on ItemNotOfferedError {\n        message\n      }\n      ... on QuoteExpiredError {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').AddToCartDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
