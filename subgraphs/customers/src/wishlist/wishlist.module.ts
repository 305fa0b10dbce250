import type { CustomersDeps, CustomersModule } from '../module';

/** The wishlist slice of the customers subgraph. */
export const wishlistModule: CustomersModule = {
  entities: [],
  migrations: [],
  resolvers: [],
};

/** The wishlist slice's services. */
export function createWishlistServices(deps: CustomersDeps) {
  void deps;
  return {};
}

export type WishlistServices = ReturnType<typeof createWishlistServices>;
