import type { CustomersDeps, CustomersModule } from '../module';

/** The account slice of the customers subgraph. */
export const accountModule: CustomersModule = {
  entities: [],
  migrations: [],
  resolvers: [],
};

/** The account slice's services. */
export function createAccountServices(deps: CustomersDeps) {
  void deps;
  return {};
}

export type AccountServices = ReturnType<typeof createAccountServices>;
