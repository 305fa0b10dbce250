import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireCustomerOrStaff, requireInRange, requireMaxLength, type PostgresContext } from '@elysium/subgraph-kit';
import { Customer } from '../customer/customer.entity';
import { GuestSession } from './guest-session.entity';
import { GUEST_SESSION_IDLE_DAYS, GUEST_TOKEN_MAX_LENGTH } from './guest-token';
import { RecentlyViewed } from './recently-viewed.entity';
import { RECENTLY_VIEWED_LIMIT } from './recently-viewed.service';
import { WishlistItem } from './wishlist-item.entity';
import {
  AddToWishlistResult,
  GuestSessionStarted,
  RecordProductViewResult,
  RemoveFromWishlistResult,
  WISHLIST_LIMIT,
} from './wishlist.errors';
import { AddToWishlistInput } from './wishlist.inputs';
import type { CustomersServices } from '../services';

const CUSTOMER_ID_DESCRIPTION =
  "Staff only: the client whose list to change (a UUID). A client may leave it out (or give their own id); another client's id answers ShopperNotFoundError, exactly like an id that does not exist.";
const GUEST_TOKEN_DESCRIPTION = `Visitors who are not signed in: the token from startGuestSession (at most ${GUEST_TOKEN_MAX_LENGTH} characters). Left out, a new guest session is started and its token returned. Refused for signed-in callers. Sessions expire ${GUEST_SESSION_IDLE_DAYS} days after their last write.`;
const FIRST_DESCRIPTION = `How many, newest first (1 to ${RECENTLY_VIEWED_LIMIT}).`;

/** Wishlist and recently viewed writes, and guest sessions. Thin: the services decide. */
@Resolver()
export class WishlistResolver {
  constructor(private readonly services: CustomersServices) {}

  @Mutation(() => AddToWishlistResult, {
    description: `Puts a catalogue piece, or a bespoke design by its quote token, on a wishlist (at most ${WISHLIST_LIMIT} items). Adding what is there already adds nothing; a saved design takes a newer quote. Staff changes are audited.`,
  })
  addToWishlist(
    @Arg('input', () => AddToWishlistInput, { description: 'What to wish for.' }) input: AddToWishlistInput,
    @Arg('customerId', () => ID, { nullable: true, description: CUSTOMER_ID_DESCRIPTION }) customerId: string | null,
    @Arg('guestToken', () => String, { nullable: true, description: GUEST_TOKEN_DESCRIPTION }) guestToken: string | null,
    @Ctx() context: PostgresContext,
  ): Promise<typeof AddToWishlistResult> {
    return this.services.wishlist.items.addToWishlist(context, input, { customerId, guestToken });
  }

  @Mutation(() => RemoveFromWishlistResult, { description: 'Takes an item off a wishlist. Staff changes are audited.' })
  removeFromWishlist(
    @Arg('itemId', () => ID, { description: 'WishlistItem.id (a UUID).' }) itemId: string,
    @Arg('customerId', () => ID, { nullable: true, description: CUSTOMER_ID_DESCRIPTION }) customerId: string | null,
    @Arg('guestToken', () => String, {
      nullable: true,
      description: `Visitors who are not signed in: their guest token (at most ${GUEST_TOKEN_MAX_LENGTH} characters).`,
    })
    guestToken: string | null,
    @Ctx() context: PostgresContext,
  ): Promise<typeof RemoveFromWishlistResult> {
    return this.services.wishlist.items.removeFromWishlist(context, itemId, { customerId, guestToken });
  }

  @Mutation(() => RecordProductViewResult, {
    description: `Records that a piece was viewed: it goes to the top of the recently viewed list (a repeat moves it there); the list keeps the newest ${RECENTLY_VIEWED_LIMIT}.`,
  })
  recordProductView(
    @Arg('productId', () => ID, { description: 'The catalogue product id (at most 64 characters).' }) productId: string,
    @Arg('customerId', () => ID, { nullable: true, description: CUSTOMER_ID_DESCRIPTION }) customerId: string | null,
    @Arg('guestToken', () => String, { nullable: true, description: GUEST_TOKEN_DESCRIPTION }) guestToken: string | null,
    @Ctx() context: PostgresContext,
  ): Promise<typeof RecordProductViewResult> {
    return this.services.wishlist.recentlyViewed.recordProductView(context, productId, { customerId, guestToken });
  }

  @Mutation(() => GuestSessionStarted, {
    description:
      'Starts a guest session for a visitor who is not signed in, so their wishlist and recently viewed pieces live on the server; signing in moves them into the account. The other operations also start one when given no token.',
  })
  startGuestSession(@Ctx() context: PostgresContext): Promise<GuestSessionStarted> {
    return this.services.wishlist.items.startGuestSession(context);
  }

  @Query(() => GuestSession, {
    nullable: true,
    description: "A guest's lists by their guest token; null when the token is unknown, expired or already merged into an account.",
  })
  guestSession(
    @Arg('guestToken', { description: `The guest token (at most ${GUEST_TOKEN_MAX_LENGTH} characters).` }) guestToken: string,
  ): Promise<GuestSession | null> {
    return this.services.wishlist.items.findGuestSession(requireMaxLength(guestToken, GUEST_TOKEN_MAX_LENGTH, 'guestToken'));
  }
}

/** Adds the wishlist and recently viewed pieces to Customer, batched per request. */
@Resolver(() => Customer)
export class CustomerWishlistResolver {
  constructor(private readonly services: CustomersServices) {}

  @FieldResolver(() => [WishlistItem], { description: `The client's wishlist, newest first (at most ${WISHLIST_LIMIT} items).` })
  wishlist(@Root() customer: Customer, @Ctx() context: PostgresContext): Promise<WishlistItem[]> {
    // Customer is only ever resolved for the client or staff; checked again so this field can never leak.
    requireCustomerOrStaff(context, customer.id);
    return this.services.wishlist.loaders.wishlistByCustomer(context).load(customer.id);
  }

  @FieldResolver(() => [RecentlyViewed], { description: 'The pieces the client looked at most recently, newest first.' })
  recentlyViewed(
    @Root() customer: Customer,
    @Ctx() context: PostgresContext,
    @Arg('first', () => Int, { defaultValue: 20, description: FIRST_DESCRIPTION }) first: number,
  ): Promise<RecentlyViewed[]> {
    requireCustomerOrStaff(context, customer.id);
    requireInRange(first, 1, RECENTLY_VIEWED_LIMIT, 'first');
    return this.services.wishlist.loaders.recentlyViewedByCustomer(context).load({ owner: customer.id, first });
  }
}

/** A guest session's lists, batched per request. */
@Resolver(() => GuestSession)
export class GuestSessionResolver {
  constructor(private readonly services: CustomersServices) {}

  @FieldResolver(() => [WishlistItem], { description: `The guest's wishlist, newest first (at most ${WISHLIST_LIMIT} items).` })
  wishlist(@Root() session: GuestSession, @Ctx() context: PostgresContext): Promise<WishlistItem[]> {
    return this.services.wishlist.loaders.wishlistByGuest(context).load(session.tokenHash);
  }

  @FieldResolver(() => [RecentlyViewed], { description: 'The pieces the guest looked at most recently, newest first.' })
  recentlyViewed(
    @Root() session: GuestSession,
    @Ctx() context: PostgresContext,
    @Arg('first', () => Int, { defaultValue: 20, description: FIRST_DESCRIPTION }) first: number,
  ): Promise<RecentlyViewed[]> {
    requireInRange(first, 1, RECENTLY_VIEWED_LIMIT, 'first');
    return this.services.wishlist.loaders.recentlyViewedByGuest(context).load({ owner: session.tokenHash, first });
  }
}
