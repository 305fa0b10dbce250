import type { CustomersDeps, CustomersModule } from '../module';

/** The profile slice of the customers subgraph. */
export const profileModule: CustomersModule = {
  entities: [],
  migrations: [],
  resolvers: [],
};

/** The profile slice's services. */
export function createProfileServices(deps: CustomersDeps) {
  void deps;
  return {};
}

export type ProfileServices = ReturnType<typeof createProfileServices>;
