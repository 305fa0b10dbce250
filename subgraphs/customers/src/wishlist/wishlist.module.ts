import { devSecret } from '@elysium/subgraph-kit';
import type { CustomersDeps, CustomersModule } from '../module';
import { GuestSession } from './guest-session.entity';
import { mergeGuestInto } from './guest-merge';
import { purgeIdleGuestSessions } from './guest-purge';
import { CreateWishlist1764520000000 } from './migrations/1764520000000-create-wishlist';
import { RecentlyViewed } from './recently-viewed.entity';
import { RecentlyViewedService } from './recently-viewed.service';
import { WishlistItem } from './wishlist-item.entity';
import {
  AddedToWishlist,
  ProductViewRecorded,
  RemovedFromWishlist,
  ShopperNotFoundError,
  WishlistFullError,
  WishlistItemNotFoundError,
} from './wishlist.errors';
import { wishlistLoaders } from './wishlist.loaders';
import { CustomerWishlistResolver, GuestSessionResolver, WishlistResolver } from './wishlist.resolver';
import { WishlistService } from './wishlist.service';

/**
 * The wishlist slice of the customers subgraph: wishlists and recently viewed pieces, for clients and
 * for guests (server-side, by guest token), merged into the account at sign-in.
 */
export const wishlistModule: CustomersModule = {
  entities: [WishlistItem, RecentlyViewed, GuestSession],
  migrations: [CreateWishlist1764520000000],
  resolvers: [WishlistResolver, CustomerWishlistResolver, GuestSessionResolver],
  orphanedTypes: [
    AddedToWishlist,
    RemovedFromWishlist,
    ProductViewRecorded,
    ShopperNotFoundError,
    WishlistItemNotFoundError,
    WishlistFullError,
  ],
};

/** What the wishlist slice needs beyond every slice's dependencies. */
export interface WishlistDeps extends CustomersDeps {
  /**
   * The catalog's CONFIGURATION_TOKEN_SECRET, which signs bespoke quotes. Unset: the catalog's own
   * development default, so `npm start` works with no configuration (production refuses that default
   * in the catalog, and must set the same value here).
   */
  configurationTokenSecret?: string;
}

/** The wishlist slice's services. */
export function createWishlistServices(deps: WishlistDeps) {
  const items = new WishlistService(deps.dataSource, deps.configurationTokenSecret ?? devSecret('configuration-token'));
  const recentlyViewed = new RecentlyViewedService(deps.dataSource);
  return {
    items,
    recentlyViewed,
    loaders: wishlistLoaders(items, recentlyViewed),
    /** The sign-in hook: moves a guest's lists into the client's, inside the caller's transaction (see guest-merge.ts). */
    mergeGuestInto,
    /** For a scheduled job: reclaims idle guest sessions (see guest-purge.ts). */
    purgeIdleGuestSessions,
  };
}

export type WishlistServices = ReturnType<typeof createWishlistServices>;
