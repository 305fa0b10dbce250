import { createUnionType, Field, ID, Int, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, InputValidationError } from '@elysium/subgraph-kit';
import { GuestSession } from './guest-session.entity';
import { RecentlyViewed } from './recently-viewed.entity';
import { WishlistItem } from './wishlist-item.entity';

/** Most items one wishlist holds. */
export const WISHLIST_LIMIT = 200;

/** The client or guest session the operation names is not there, or not the caller's: the same answer either way. */
@ObjectType({
  implements: ErrorResult,
  description:
    "The client or guest session named does not exist, has expired, or is not the caller's; the answer is the same in every case, so ids cannot be probed.",
})
export class ShopperNotFoundError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always NOT_FOUND.' })
  code = ErrorCode.NOT_FOUND;

  @Field({ description: 'What to do next.' })
  message: string;

  constructor(message = 'No such client or guest session. A guest whose session has expired can start a new one with startGuestSession.') {
    this.message = message;
  }
}

/** The item is not on the caller's list (never there, removed already, or someone else's). */
@ObjectType({ implements: ErrorResult, description: 'No such item on this wishlist (it may have been removed already).' })
export class WishlistItemNotFoundError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always NOT_FOUND.' })
  code = ErrorCode.NOT_FOUND;

  @Field(() => String, { description: 'What went wrong, in words to show the client.' })
  message = 'That piece is not on this wishlist.';
}

/** The list already holds WISHLIST_LIMIT items. */
@ObjectType({
  implements: ErrorResult,
  description: `The wishlist already holds the most items it may (${WISHLIST_LIMIT}); remove one first.`,
})
export class WishlistFullError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always WISHLIST_FULL.' })
  code = ErrorCode.WISHLIST_FULL;

  @Field(() => String, { description: 'What went wrong, in words to show the client.' })
  message = `A wishlist holds at most ${WISHLIST_LIMIT} pieces; remove one to add another.`;

  @Field(() => Int, { description: 'Most items a wishlist holds.' })
  limit = WISHLIST_LIMIT;
}

/** A new guest's token travels back with the first thing they saved. */
const GUEST_TOKEN_DESCRIPTION =
  'The new guest token when this call started a guest session (no one signed in and no guestToken given): keep it and send it as guestToken from now on. Null otherwise.';

@ObjectType({ description: 'The piece or design is on the wishlist.' })
export class AddedToWishlist {
  @Field(() => WishlistItem, { description: 'The item on the list (the existing one when it was there already).' })
  item!: WishlistItem;

  @Field({ description: 'True when the item was on the list already; nothing was added (a saved design gets the newer quote).' })
  alreadyOnList!: boolean;

  @Field(() => String, { nullable: true, description: GUEST_TOKEN_DESCRIPTION })
  guestToken!: string | null;
}

@ObjectType({ description: 'The item is off the wishlist.' })
export class RemovedFromWishlist {
  @Field(() => ID, { description: 'The id of the item removed.' })
  itemId!: string;
}

@ObjectType({ description: 'The view is recorded at the top of the recently viewed list.' })
export class ProductViewRecorded {
  @Field(() => RecentlyViewed, { description: 'The entry, now the newest.' })
  view!: RecentlyViewed;

  @Field(() => String, { nullable: true, description: GUEST_TOKEN_DESCRIPTION })
  guestToken!: string | null;
}

@ObjectType({ description: 'A new guest session.' })
export class GuestSessionStarted {
  @Field({
    description:
      'The guest token: 43 characters, shown this once (the server keeps only its hash). Send it as guestToken to the wishlist and recently viewed operations, and to sign-in so the lists move to the account.',
  })
  guestToken!: string;

  @Field(() => GuestSession, { description: 'The new, empty session.' })
  session!: GuestSession;
}

export const AddToWishlistResult = createUnionType({
  name: 'AddToWishlistResult',
  description: 'The item on the list, or why it could not be added.',
  types: () => [AddedToWishlist, InputValidationError, ShopperNotFoundError, WishlistFullError] as const,
});

export const RemoveFromWishlistResult = createUnionType({
  name: 'RemoveFromWishlistResult',
  description: 'The item removed, or why nothing was.',
  types: () => [RemovedFromWishlist, ShopperNotFoundError, WishlistItemNotFoundError] as const,
});

export const RecordProductViewResult = createUnionType({
  name: 'RecordProductViewResult',
  description: 'The recorded view, or why it was not recorded.',
  types: () => [ProductViewRecorded, InputValidationError, ShopperNotFoundError] as const,
});
