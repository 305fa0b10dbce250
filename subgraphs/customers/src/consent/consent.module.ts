import type { CustomersDeps, CustomersModule } from '../module';

/** The consent slice of the customers subgraph. */
export const consentModule: CustomersModule = {
  entities: [],
  migrations: [],
  resolvers: [],
};

/** The consent slice's services. */
export function createConsentServices(deps: CustomersDeps) {
  void deps;
  return {};
}

export type ConsentServices = ReturnType<typeof createConsentServices>;
