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
    "\n  query ContentPage($slug: String!) {\n    page(slug: $slug) {\n      slug\n      title\n      body\n      seo {\n        title\n        description\n      }\n    }\n  }\n": typeof types.ContentPageDocument,
    "\n  mutation SignIn($email: String!, $password: String!, $guestToken: String) {\n    signIn(email: $email, password: $password, guestToken: $guestToken) {\n      __typename\n      ...Refusal\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query MergeGuestCart($guestCartToken: String) {\n    cart(guestCartToken: $guestCartToken) {\n      itemCount\n    }\n  }\n": typeof types.MergeGuestCartDocument,
    "\n  mutation SignOut {\n    signOut {\n      __typename\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      __typename\n      ... on RegistrationReceived {\n        message\n      }\n      ...Refusal\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      __typename\n      ... on EmailVerified {\n        email\n      }\n      ...Refusal\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      __typename\n      ...Refusal\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      __typename\n      ...Refusal\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      __typename\n      ...Refusal\n    }\n  }\n": typeof types.ConfirmEmailChangeDocument,
    "\n  query AddressBook {\n    me {\n      addresses {\n        id\n        label\n        recipientName\n        line1\n        line2\n        city\n        postcode\n        countryCode\n        phone\n        isDefaultDelivery\n        isDefaultBilling\n      }\n    }\n  }\n": typeof types.AddressBookDocument,
    "\n  query AccountPage {\n    me {\n      givenName\n      familyName\n      email\n      orderHistory(first: 20) {\n        nodes {\n          id\n          number\n          status\n          placedAt\n          total {\n            formatted\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccountPageDocument,
    "\n  query Preferences {\n    me {\n      givenName\n      familyName\n      phone\n      metalPreferences\n      consents {\n        channel\n        purpose\n        granted\n      }\n    }\n  }\n": typeof types.PreferencesDocument,
    "\n  query DataExportFile($id: ID!) {\n    dataExport(id: $id) {\n      status\n      requestedAt\n      data\n    }\n  }\n": typeof types.DataExportFileDocument,
    "\n  query PrivacyPage($exportId: ID!, $withExport: Boolean!) {\n    me {\n      email\n    }\n    dataExport(id: $exportId) @include(if: $withExport) {\n      id\n      status\n      requestedAt\n      receivedParts\n    }\n  }\n": typeof types.PrivacyPageDocument,
    "\n  mutation AddAddress($input: AddressInput!) {\n    addAddress(input: $input) {\n      __typename\n      ...Refusal\n    }\n  }\n": typeof types.AddAddressDocument,
    "\n  mutation RemoveAddress($id: ID!) {\n    removeAddress(id: $id) {\n      __typename\n    }\n  }\n": typeof types.RemoveAddressDocument,
    "\n  mutation SetDefaultAddress($id: ID!, $kind: AddressKind!) {\n    setDefaultAddress(id: $id, kind: $kind) {\n      __typename\n    }\n  }\n": typeof types.SetDefaultAddressDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      __typename\n      ...Refusal\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      __typename\n      ...Refusal\n    }\n  }\n": typeof types.RecordConsentDocument,
    "\n  mutation SetMetalPreferences($metals: [Metal!]!) {\n    setMetalPreferences(metals: $metals) {\n      __typename\n      ...Refusal\n    }\n  }\n": typeof types.SetMetalPreferencesDocument,
    "\n  mutation RequestDataExport {\n    requestDataExport {\n      id\n    }\n  }\n": typeof types.RequestDataExportDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password) {\n      __typename\n      ...Refusal\n    }\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  query RecentlyViewed($guestToken: String!, $guest: Boolean!) {\n    me @skip(if: $guest) {\n      recentlyViewed(first: 20) {\n        ...RecentlyViewedEntry\n      }\n    }\n    guestSession(guestToken: $guestToken) @include(if: $guest) {\n      recentlyViewed(first: 20) {\n        ...RecentlyViewedEntry\n      }\n    }\n  }\n  fragment RecentlyViewedEntry on RecentlyViewed {\n    viewedAt\n    product {\n      id\n      ...ProductCard\n    }\n  }\n": typeof types.RecentlyViewedDocument,
    "\n  query Wishlist($guestToken: String!, $guest: Boolean!) {\n    me @skip(if: $guest) {\n      wishlist {\n        ...WishlistEntry\n      }\n    }\n    guestSession(guestToken: $guestToken) @include(if: $guest) {\n      wishlist {\n        ...WishlistEntry\n      }\n    }\n  }\n  fragment WishlistEntry on WishlistItem {\n    id\n    variantSku\n    addedAt\n    product {\n      slug\n      title\n      price {\n        formatted\n      }\n    }\n    configuration {\n      quotedPrice {\n        formatted\n      }\n      needsNewQuote\n    }\n  }\n": typeof types.WishlistDocument,
    "\n  mutation UpdateCartLine($input: UpdateCartLineInput!, $guestCartToken: String) {\n    updateCartLine(input: $input, guestCartToken: $guestCartToken) {\n      __typename\n    }\n  }\n": typeof types.UpdateCartLineDocument,
    "\n  mutation RemoveCartLine($lineId: ID!, $guestCartToken: String) {\n    removeCartLine(lineId: $lineId, guestCartToken: $guestCartToken) {\n      __typename\n    }\n  }\n": typeof types.RemoveCartLineDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      __typename\n      ... on PlacedOrder {\n        paymentClientSecret\n        amountDue {\n          formatted\n        }\n        order {\n          id\n          number\n          total {\n            formatted\n          }\n          vat {\n            formatted\n          }\n        }\n      }\n      ...Refusal\n      ... on PiecesUnavailableError {\n        lines {\n          title\n        }\n      }\n    }\n  }\n": typeof types.PlaceOrderDocument,
    "\n  query PriceDesign($input: ConfigurationInput!) {\n    priceConfiguration(input: $input) {\n      __typename\n      ... on ConfigurationQuote {\n        token\n        breakdown {\n          total {\n            formatted\n          }\n          vat {\n            formatted\n          }\n        }\n      }\n      ...Refusal\n    }\n  }\n": typeof types.PriceDesignDocument,
    "\n  query SiteFooter {\n    pages {\n      slug\n      title\n    }\n    siteSettings {\n      contactEmail\n      contactPhone\n      address\n    }\n  }\n": typeof types.SiteFooterDocument,
    "\n  query HomePage {\n    siteSettings {\n      title\n      tagline\n      announcement\n    }\n    collections {\n      slug\n      title\n      description\n    }\n    products(first: 8, sort: NEWEST) {\n      nodes {\n        ...ProductCard\n      }\n    }\n    articles(first: 3) {\n      slug\n      title\n      kind\n      excerpt\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  query ProductPage($slug: String!) {\n    product(slug: $slug) {\n      id\n      slug\n      title\n      description\n      metal\n      leadTimeWeeks\n      price {\n        amount\n        currency\n        formatted\n      }\n      seo {\n        title\n        description\n      }\n      images {\n        alt\n        width\n        height\n        small: url(width: 600)\n        large: url(width: 1200)\n      }\n      variants {\n        sku\n        metal\n        size\n        price {\n          formatted\n        }\n      }\n      stones {\n        id\n        title\n        shape\n        carat\n        colour\n        clarity\n        cut\n        lab\n        certificateNumber\n      }\n      configurator {\n        productId\n        settings {\n          code\n          name\n          stoneShapes\n        }\n        metals\n        stones {\n          id\n          title\n          shape\n          carat\n        }\n        ringSizes\n        engraving {\n          maxLength\n          price {\n            formatted\n          }\n        }\n        rules {\n          settingCode\n          metal\n          stoneShape\n          message\n        }\n      }\n      availability {\n        status\n        quantityAvailable\n        leadTimeWeeks\n        viewingLocations {\n          name\n          clientViewing\n        }\n      }\n    }\n  }\n": typeof types.ProductPageDocument,
    "\n  query ProductListing($first: Int!, $after: String, $sort: ProductSort!, $filter: ProductFilter) {\n    products(first: $first, after: $after, sort: $sort, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ProductCard\n      }\n    }\n    collections {\n      slug\n      title\n    }\n  }\n": typeof types.ProductListingDocument,
    "\n  mutation AddToWishlist($input: AddToWishlistInput!, $guestToken: String) {\n    addToWishlist(input: $input, guestToken: $guestToken) {\n      __typename\n      ... on AddedToWishlist {\n        alreadyOnList\n        guestToken\n      }\n      ...Refusal\n    }\n  }\n": typeof types.AddToWishlistDocument,
    "\n  mutation RemoveFromWishlist($itemId: ID!, $guestToken: String) {\n    removeFromWishlist(itemId: $itemId, guestToken: $guestToken) {\n      __typename\n    }\n  }\n": typeof types.RemoveFromWishlistDocument,
    "\n  mutation RecordProductView($productId: ID!, $guestToken: String) {\n    recordProductView(productId: $productId, guestToken: $guestToken) {\n      __typename\n      ... on ProductViewRecorded {\n        guestToken\n      }\n    }\n  }\n": typeof types.RecordProductViewDocument,
    "\n  query SearchPieces($search: String!) {\n    products(first: 12, filter: { search: $search }, sort: TITLE) {\n      totalCount\n      nodes {\n        ...ProductCard\n      }\n    }\n  }\n": typeof types.SearchPiecesDocument,
    "\n  query SitemapProducts($after: String) {\n    products(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        slug\n        publishedAt\n      }\n    }\n  }\n": typeof types.SitemapProductsDocument,
    "\n  query SitemapContent {\n    articles(first: 100) {\n      slug\n      kind\n      publishedAt\n    }\n    pages {\n      slug\n    }\n  }\n": typeof types.SitemapContentDocument,
    "\n  fragment ProductCard on Product {\n    slug\n    title\n    price {\n      formatted\n    }\n    image {\n      alt\n      width\n      height\n      small: url(width: 400)\n      large: url(width: 800)\n    }\n    availability {\n      status\n    }\n  }\n": typeof types.ProductCardFragmentDoc,
    "\n  query ArticleList($kind: ArticleKind) {\n    articles(first: 100, kind: $kind) {\n      slug\n      title\n      kind\n      excerpt\n      publishedAt\n      heroImage {\n        alt\n        width\n        height\n        small: url(width: 400)\n        large: url(width: 800)\n      }\n    }\n  }\n": typeof types.ArticleListDocument,
    "\n  query ArticlePage($slug: String!) {\n    article(slug: $slug) {\n      slug\n      title\n      kind\n      excerpt\n      body\n      publishedAt\n      seo {\n        title\n        description\n      }\n      heroImage {\n        alt\n        width\n        height\n        small: url(width: 800)\n        large: url(width: 1600)\n      }\n    }\n  }\n": typeof types.ArticlePageDocument,
    "\n  query Bag($guestCartToken: String) {\n    cart(guestCartToken: $guestCartToken) {\n      itemCount\n      subtotal {\n        formatted\n      }\n      vat {\n        formatted\n      }\n      lines {\n        id\n        kind\n        title\n        sku\n        quantity\n        priceChanged\n        purchasable\n        unitPrice {\n          formatted\n        }\n        priceWhenAdded {\n          formatted\n        }\n        product {\n          slug\n        }\n      }\n    }\n  }\n": typeof types.BagDocument,
    "\n  mutation AddToCart($input: AddToCartInput!, $guestCartToken: String) {\n    addToCart(input: $input, guestCartToken: $guestCartToken) {\n      __typename\n      ... on CartUpdate {\n        guestCartToken\n        cart {\n          itemCount\n        }\n      }\n      ...Refusal\n    }\n  }\n": typeof types.AddToCartDocument,
    "\n  fragment Refusal on ErrorResult {\n    message\n    ... on InputValidationError {\n      fieldErrors {\n        field\n        message\n      }\n    }\n  }\n": typeof types.RefusalFragmentDoc,
};
const documents: Documents = {
    "\n  query ContentPage($slug: String!) {\n    page(slug: $slug) {\n      slug\n      title\n      body\n      seo {\n        title\n        description\n      }\n    }\n  }\n": types.ContentPageDocument,
    "\n  mutation SignIn($email: String!, $password: String!, $guestToken: String) {\n    signIn(email: $email, password: $password, guestToken: $guestToken) {\n      __typename\n      ...Refusal\n    }\n  }\n": types.SignInDocument,
    "\n  query MergeGuestCart($guestCartToken: String) {\n    cart(guestCartToken: $guestCartToken) {\n      itemCount\n    }\n  }\n": types.MergeGuestCartDocument,
    "\n  mutation SignOut {\n    signOut {\n      __typename\n    }\n  }\n": types.SignOutDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      __typename\n      ... on RegistrationReceived {\n        message\n      }\n      ...Refusal\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      __typename\n      ... on EmailVerified {\n        email\n      }\n      ...Refusal\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      __typename\n      ...Refusal\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      __typename\n      ...Refusal\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      __typename\n      ...Refusal\n    }\n  }\n": types.ConfirmEmailChangeDocument,
    "\n  query AddressBook {\n    me {\n      addresses {\n        id\n        label\n        recipientName\n        line1\n        line2\n        city\n        postcode\n        countryCode\n        phone\n        isDefaultDelivery\n        isDefaultBilling\n      }\n    }\n  }\n": types.AddressBookDocument,
    "\n  query AccountPage {\n    me {\n      givenName\n      familyName\n      email\n      orderHistory(first: 20) {\n        nodes {\n          id\n          number\n          status\n          placedAt\n          total {\n            formatted\n          }\n        }\n      }\n    }\n  }\n": types.AccountPageDocument,
    "\n  query Preferences {\n    me {\n      givenName\n      familyName\n      phone\n      metalPreferences\n      consents {\n        channel\n        purpose\n        granted\n      }\n    }\n  }\n": types.PreferencesDocument,
    "\n  query DataExportFile($id: ID!) {\n    dataExport(id: $id) {\n      status\n      requestedAt\n      data\n    }\n  }\n": types.DataExportFileDocument,
    "\n  query PrivacyPage($exportId: ID!, $withExport: Boolean!) {\n    me {\n      email\n    }\n    dataExport(id: $exportId) @include(if: $withExport) {\n      id\n      status\n      requestedAt\n      receivedParts\n    }\n  }\n": types.PrivacyPageDocument,
    "\n  mutation AddAddress($input: AddressInput!) {\n    addAddress(input: $input) {\n      __typename\n      ...Refusal\n    }\n  }\n": types.AddAddressDocument,
    "\n  mutation RemoveAddress($id: ID!) {\n    removeAddress(id: $id) {\n      __typename\n    }\n  }\n": types.RemoveAddressDocument,
    "\n  mutation SetDefaultAddress($id: ID!, $kind: AddressKind!) {\n    setDefaultAddress(id: $id, kind: $kind) {\n      __typename\n    }\n  }\n": types.SetDefaultAddressDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      __typename\n      ...Refusal\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      __typename\n      ...Refusal\n    }\n  }\n": types.RecordConsentDocument,
    "\n  mutation SetMetalPreferences($metals: [Metal!]!) {\n    setMetalPreferences(metals: $metals) {\n      __typename\n      ...Refusal\n    }\n  }\n": types.SetMetalPreferencesDocument,
    "\n  mutation RequestDataExport {\n    requestDataExport {\n      id\n    }\n  }\n": types.RequestDataExportDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password) {\n      __typename\n      ...Refusal\n    }\n  }\n": types.DeleteMyAccountDocument,
    "\n  query RecentlyViewed($guestToken: String!, $guest: Boolean!) {\n    me @skip(if: $guest) {\n      recentlyViewed(first: 20) {\n        ...RecentlyViewedEntry\n      }\n    }\n    guestSession(guestToken: $guestToken) @include(if: $guest) {\n      recentlyViewed(first: 20) {\n        ...RecentlyViewedEntry\n      }\n    }\n  }\n  fragment RecentlyViewedEntry on RecentlyViewed {\n    viewedAt\n    product {\n      id\n      ...ProductCard\n    }\n  }\n": types.RecentlyViewedDocument,
    "\n  query Wishlist($guestToken: String!, $guest: Boolean!) {\n    me @skip(if: $guest) {\n      wishlist {\n        ...WishlistEntry\n      }\n    }\n    guestSession(guestToken: $guestToken) @include(if: $guest) {\n      wishlist {\n        ...WishlistEntry\n      }\n    }\n  }\n  fragment WishlistEntry on WishlistItem {\n    id\n    variantSku\n    addedAt\n    product {\n      slug\n      title\n      price {\n        formatted\n      }\n    }\n    configuration {\n      quotedPrice {\n        formatted\n      }\n      needsNewQuote\n    }\n  }\n": types.WishlistDocument,
    "\n  mutation UpdateCartLine($input: UpdateCartLineInput!, $guestCartToken: String) {\n    updateCartLine(input: $input, guestCartToken: $guestCartToken) {\n      __typename\n    }\n  }\n": types.UpdateCartLineDocument,
    "\n  mutation RemoveCartLine($lineId: ID!, $guestCartToken: String) {\n    removeCartLine(lineId: $lineId, guestCartToken: $guestCartToken) {\n      __typename\n    }\n  }\n": types.RemoveCartLineDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      __typename\n      ... on PlacedOrder {\n        paymentClientSecret\n        amountDue {\n          formatted\n        }\n        order {\n          id\n          number\n          total {\n            formatted\n          }\n          vat {\n            formatted\n          }\n        }\n      }\n      ...Refusal\n      ... on PiecesUnavailableError {\n        lines {\n          title\n        }\n      }\n    }\n  }\n": types.PlaceOrderDocument,
    "\n  query PriceDesign($input: ConfigurationInput!) {\n    priceConfiguration(input: $input) {\n      __typename\n      ... on ConfigurationQuote {\n        token\n        breakdown {\n          total {\n            formatted\n          }\n          vat {\n            formatted\n          }\n        }\n      }\n      ...Refusal\n    }\n  }\n": types.PriceDesignDocument,
    "\n  query SiteFooter {\n    pages {\n      slug\n      title\n    }\n    siteSettings {\n      contactEmail\n      contactPhone\n      address\n    }\n  }\n": types.SiteFooterDocument,
    "\n  query HomePage {\n    siteSettings {\n      title\n      tagline\n      announcement\n    }\n    collections {\n      slug\n      title\n      description\n    }\n    products(first: 8, sort: NEWEST) {\n      nodes {\n        ...ProductCard\n      }\n    }\n    articles(first: 3) {\n      slug\n      title\n      kind\n      excerpt\n    }\n  }\n": types.HomePageDocument,
    "\n  query ProductPage($slug: String!) {\n    product(slug: $slug) {\n      id\n      slug\n      title\n      description\n      metal\n      leadTimeWeeks\n      price {\n        amount\n        currency\n        formatted\n      }\n      seo {\n        title\n        description\n      }\n      images {\n        alt\n        width\n        height\n        small: url(width: 600)\n        large: url(width: 1200)\n      }\n      variants {\n        sku\n        metal\n        size\n        price {\n          formatted\n        }\n      }\n      stones {\n        id\n        title\n        shape\n        carat\n        colour\n        clarity\n        cut\n        lab\n        certificateNumber\n      }\n      configurator {\n        productId\n        settings {\n          code\n          name\n          stoneShapes\n        }\n        metals\n        stones {\n          id\n          title\n          shape\n          carat\n        }\n        ringSizes\n        engraving {\n          maxLength\n          price {\n            formatted\n          }\n        }\n        rules {\n          settingCode\n          metal\n          stoneShape\n          message\n        }\n      }\n      availability {\n        status\n        quantityAvailable\n        leadTimeWeeks\n        viewingLocations {\n          name\n          clientViewing\n        }\n      }\n    }\n  }\n": types.ProductPageDocument,
    "\n  query ProductListing($first: Int!, $after: String, $sort: ProductSort!, $filter: ProductFilter) {\n    products(first: $first, after: $after, sort: $sort, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ProductCard\n      }\n    }\n    collections {\n      slug\n      title\n    }\n  }\n": types.ProductListingDocument,
    "\n  mutation AddToWishlist($input: AddToWishlistInput!, $guestToken: String) {\n    addToWishlist(input: $input, guestToken: $guestToken) {\n      __typename\n      ... on AddedToWishlist {\n        alreadyOnList\n        guestToken\n      }\n      ...Refusal\n    }\n  }\n": types.AddToWishlistDocument,
    "\n  mutation RemoveFromWishlist($itemId: ID!, $guestToken: String) {\n    removeFromWishlist(itemId: $itemId, guestToken: $guestToken) {\n      __typename\n    }\n  }\n": types.RemoveFromWishlistDocument,
    "\n  mutation RecordProductView($productId: ID!, $guestToken: String) {\n    recordProductView(productId: $productId, guestToken: $guestToken) {\n      __typename\n      ... on ProductViewRecorded {\n        guestToken\n      }\n    }\n  }\n": types.RecordProductViewDocument,
    "\n  query SearchPieces($search: String!) {\n    products(first: 12, filter: { search: $search }, sort: TITLE) {\n      totalCount\n      nodes {\n        ...ProductCard\n      }\n    }\n  }\n": types.SearchPiecesDocument,
    "\n  query SitemapProducts($after: String) {\n    products(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        slug\n        publishedAt\n      }\n    }\n  }\n": types.SitemapProductsDocument,
    "\n  query SitemapContent {\n    articles(first: 100) {\n      slug\n      kind\n      publishedAt\n    }\n    pages {\n      slug\n    }\n  }\n": types.SitemapContentDocument,
    "\n  fragment ProductCard on Product {\n    slug\n    title\n    price {\n      formatted\n    }\n    image {\n      alt\n      width\n      height\n      small: url(width: 400)\n      large: url(width: 800)\n    }\n    availability {\n      status\n    }\n  }\n": types.ProductCardFragmentDoc,
    "\n  query ArticleList($kind: ArticleKind) {\n    articles(first: 100, kind: $kind) {\n      slug\n      title\n      kind\n      excerpt\n      publishedAt\n      heroImage {\n        alt\n        width\n        height\n        small: url(width: 400)\n        large: url(width: 800)\n      }\n    }\n  }\n": types.ArticleListDocument,
    "\n  query ArticlePage($slug: String!) {\n    article(slug: $slug) {\n      slug\n      title\n      kind\n      excerpt\n      body\n      publishedAt\n      seo {\n        title\n        description\n      }\n      heroImage {\n        alt\n        width\n        height\n        small: url(width: 800)\n        large: url(width: 1600)\n      }\n    }\n  }\n": types.ArticlePageDocument,
    "\n  query Bag($guestCartToken: String) {\n    cart(guestCartToken: $guestCartToken) {\n      itemCount\n      subtotal {\n        formatted\n      }\n      vat {\n        formatted\n      }\n      lines {\n        id\n        kind\n        title\n        sku\n        quantity\n        priceChanged\n        purchasable\n        unitPrice {\n          formatted\n        }\n        priceWhenAdded {\n          formatted\n        }\n        product {\n          slug\n        }\n      }\n    }\n  }\n": types.BagDocument,
    "\n  mutation AddToCart($input: AddToCartInput!, $guestCartToken: String) {\n    addToCart(input: $input, guestCartToken: $guestCartToken) {\n      __typename\n      ... on CartUpdate {\n        guestCartToken\n        cart {\n          itemCount\n        }\n      }\n      ...Refusal\n    }\n  }\n": types.AddToCartDocument,
    "\n  fragment Refusal on ErrorResult {\n    message\n    ... on InputValidationError {\n      fieldErrors {\n        field\n        message\n      }\n    }\n  }\n": types.RefusalFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentPage($slug: String!) {\n    page(slug: $slug) {\n      slug\n      title\n      body\n      seo {\n        title\n        description\n      }\n    }\n  }\n"): typeof import('./graphql').ContentPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!, $guestToken: String) {\n    signIn(email: $email, password: $password, guestToken: $guestToken) {\n      __typename\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
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
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      __typename\n      ... on RegistrationReceived {\n        message\n      }\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').RegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      __typename\n      ... on EmailVerified {\n        email\n      }\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').VerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      __typename\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      __typename\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      __typename\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').ConfirmEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AddressBook {\n    me {\n      addresses {\n        id\n        label\n        recipientName\n        line1\n        line2\n        city\n        postcode\n        countryCode\n        phone\n        isDefaultDelivery\n        isDefaultBilling\n      }\n    }\n  }\n"): typeof import('./graphql').AddressBookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPage {\n    me {\n      givenName\n      familyName\n      email\n      orderHistory(first: 20) {\n        nodes {\n          id\n          number\n          status\n          placedAt\n          total {\n            formatted\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AccountPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Preferences {\n    me {\n      givenName\n      familyName\n      phone\n      metalPreferences\n      consents {\n        channel\n        purpose\n        granted\n      }\n    }\n  }\n"): typeof import('./graphql').PreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataExportFile($id: ID!) {\n    dataExport(id: $id) {\n      status\n      requestedAt\n      data\n    }\n  }\n"): typeof import('./graphql').DataExportFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyPage($exportId: ID!, $withExport: Boolean!) {\n    me {\n      email\n    }\n    dataExport(id: $exportId) @include(if: $withExport) {\n      id\n      status\n      requestedAt\n      receivedParts\n    }\n  }\n"): typeof import('./graphql').PrivacyPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAddress($input: AddressInput!) {\n    addAddress(input: $input) {\n      __typename\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').AddAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAddress($id: ID!) {\n    removeAddress(id: $id) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').RemoveAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDefaultAddress($id: ID!, $kind: AddressKind!) {\n    setDefaultAddress(id: $id, kind: $kind) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').SetDefaultAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      __typename\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').UpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      __typename\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').RecordConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMetalPreferences($metals: [Metal!]!) {\n    setMetalPreferences(metals: $metals) {\n      __typename\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').SetMetalPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDataExport {\n    requestDataExport {\n      id\n    }\n  }\n"): typeof import('./graphql').RequestDataExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password) {\n      __typename\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').DeleteMyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentlyViewed($guestToken: String!, $guest: Boolean!) {\n    me @skip(if: $guest) {\n      recentlyViewed(first: 20) {\n        ...RecentlyViewedEntry\n      }\n    }\n    guestSession(guestToken: $guestToken) @include(if: $guest) {\n      recentlyViewed(first: 20) {\n        ...RecentlyViewedEntry\n      }\n    }\n  }\n  fragment RecentlyViewedEntry on RecentlyViewed {\n    viewedAt\n    product {\n      id\n      ...ProductCard\n    }\n  }\n"): typeof import('./graphql').RecentlyViewedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Wishlist($guestToken: String!, $guest: Boolean!) {\n    me @skip(if: $guest) {\n      wishlist {\n        ...WishlistEntry\n      }\n    }\n    guestSession(guestToken: $guestToken) @include(if: $guest) {\n      wishlist {\n        ...WishlistEntry\n      }\n    }\n  }\n  fragment WishlistEntry on WishlistItem {\n    id\n    variantSku\n    addedAt\n    product {\n      slug\n      title\n      price {\n        formatted\n      }\n    }\n    configuration {\n      quotedPrice {\n        formatted\n      }\n      needsNewQuote\n    }\n  }\n"): typeof import('./graphql').WishlistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCartLine($input: UpdateCartLineInput!, $guestCartToken: String) {\n    updateCartLine(input: $input, guestCartToken: $guestCartToken) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').UpdateCartLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCartLine($lineId: ID!, $guestCartToken: String) {\n    removeCartLine(lineId: $lineId, guestCartToken: $guestCartToken) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').RemoveCartLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      __typename\n      ... on PlacedOrder {\n        paymentClientSecret\n        amountDue {\n          formatted\n        }\n        order {\n          id\n          number\n          total {\n            formatted\n          }\n          vat {\n            formatted\n          }\n        }\n      }\n      ...Refusal\n      ... on PiecesUnavailableError {\n        lines {\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PlaceOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceDesign($input: ConfigurationInput!) {\n    priceConfiguration(input: $input) {\n      __typename\n      ... on ConfigurationQuote {\n        token\n        breakdown {\n          total {\n            formatted\n          }\n          vat {\n            formatted\n          }\n        }\n      }\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').PriceDesignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteFooter {\n    pages {\n      slug\n      title\n    }\n    siteSettings {\n      contactEmail\n      contactPhone\n      address\n    }\n  }\n"): typeof import('./graphql').SiteFooterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage {\n    siteSettings {\n      title\n      tagline\n      announcement\n    }\n    collections {\n      slug\n      title\n      description\n    }\n    products(first: 8, sort: NEWEST) {\n      nodes {\n        ...ProductCard\n      }\n    }\n    articles(first: 3) {\n      slug\n      title\n      kind\n      excerpt\n    }\n  }\n"): typeof import('./graphql').HomePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductPage($slug: String!) {\n    product(slug: $slug) {\n      id\n      slug\n      title\n      description\n      metal\n      leadTimeWeeks\n      price {\n        amount\n        currency\n        formatted\n      }\n      seo {\n        title\n        description\n      }\n      images {\n        alt\n        width\n        height\n        small: url(width: 600)\n        large: url(width: 1200)\n      }\n      variants {\n        sku\n        metal\n        size\n        price {\n          formatted\n        }\n      }\n      stones {\n        id\n        title\n        shape\n        carat\n        colour\n        clarity\n        cut\n        lab\n        certificateNumber\n      }\n      configurator {\n        productId\n        settings {\n          code\n          name\n          stoneShapes\n        }\n        metals\n        stones {\n          id\n          title\n          shape\n          carat\n        }\n        ringSizes\n        engraving {\n          maxLength\n          price {\n            formatted\n          }\n        }\n        rules {\n          settingCode\n          metal\n          stoneShape\n          message\n        }\n      }\n      availability {\n        status\n        quantityAvailable\n        leadTimeWeeks\n        viewingLocations {\n          name\n          clientViewing\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProductPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductListing($first: Int!, $after: String, $sort: ProductSort!, $filter: ProductFilter) {\n    products(first: $first, after: $after, sort: $sort, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ProductCard\n      }\n    }\n    collections {\n      slug\n      title\n    }\n  }\n"): typeof import('./graphql').ProductListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddToWishlist($input: AddToWishlistInput!, $guestToken: String) {\n    addToWishlist(input: $input, guestToken: $guestToken) {\n      __typename\n      ... on AddedToWishlist {\n        alreadyOnList\n        guestToken\n      }\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').AddToWishlistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFromWishlist($itemId: ID!, $guestToken: String) {\n    removeFromWishlist(itemId: $itemId, guestToken: $guestToken) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').RemoveFromWishlistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordProductView($productId: ID!, $guestToken: String) {\n    recordProductView(productId: $productId, guestToken: $guestToken) {\n      __typename\n      ... on ProductViewRecorded {\n        guestToken\n      }\n    }\n  }\n"): typeof import('./graphql').RecordProductViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPieces($search: String!) {\n    products(first: 12, filter: { search: $search }, sort: TITLE) {\n      totalCount\n      nodes {\n        ...ProductCard\n      }\n    }\n  }\n"): typeof import('./graphql').SearchPiecesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SitemapProducts($after: String) {\n    products(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        slug\n        publishedAt\n      }\n    }\n  }\n"): typeof import('./graphql').SitemapProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SitemapContent {\n    articles(first: 100) {\n      slug\n      kind\n      publishedAt\n    }\n    pages {\n      slug\n    }\n  }\n"): typeof import('./graphql').SitemapContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductCard on Product {\n    slug\n    title\n    price {\n      formatted\n    }\n    image {\n      alt\n      width\n      height\n      small: url(width: 400)\n      large: url(width: 800)\n    }\n    availability {\n      status\n    }\n  }\n"): typeof import('./graphql').ProductCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleList($kind: ArticleKind) {\n    articles(first: 100, kind: $kind) {\n      slug\n      title\n      kind\n      excerpt\n      publishedAt\n      heroImage {\n        alt\n        width\n        height\n        small: url(width: 400)\n        large: url(width: 800)\n      }\n    }\n  }\n"): typeof import('./graphql').ArticleListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticlePage($slug: String!) {\n    article(slug: $slug) {\n      slug\n      title\n      kind\n      excerpt\n      body\n      publishedAt\n      seo {\n        title\n        description\n      }\n      heroImage {\n        alt\n        width\n        height\n        small: url(width: 800)\n        large: url(width: 1600)\n      }\n    }\n  }\n"): typeof import('./graphql').ArticlePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Bag($guestCartToken: String) {\n    cart(guestCartToken: $guestCartToken) {\n      itemCount\n      subtotal {\n        formatted\n      }\n      vat {\n        formatted\n      }\n      lines {\n        id\n        kind\n        title\n        sku\n        quantity\n        priceChanged\n        purchasable\n        unitPrice {\n          formatted\n        }\n        priceWhenAdded {\n          formatted\n        }\n        product {\n          slug\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BagDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddToCart($input: AddToCartInput!, $guestCartToken: String) {\n    addToCart(input: $input, guestCartToken: $guestCartToken) {\n      __typename\n      ... on CartUpdate {\n        guestCartToken\n        cart {\n          itemCount\n        }\n      }\n      ...Refusal\n    }\n  }\n"): typeof import('./graphql').AddToCartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Refusal on ErrorResult {\n    message\n    ... on InputValidationError {\n      fieldErrors {\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RefusalFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
