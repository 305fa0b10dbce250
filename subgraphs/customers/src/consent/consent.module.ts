import type { CustomersDeps, CustomersModule } from '../module';
import { ConsentRecord } from './consent-record.entity';
import { ConsentClientNotFoundError } from './consent.errors';
import { consentLoaders } from './consent.loaders';
import { ConsentRecordResolver, ConsentResolver, CustomerConsentResolver } from './consent.resolver';
import { ConsentService } from './consent.service';
import { CreateConsentLog1764530000000 } from './migrations/1764530000000-create-consent-log';

/**
 * The consent slice of the customers subgraph: what a client agreed to be contacted about, how, and
 * the evidence (an append-only log; the current state is derived from it, never edited).
 */
export const consentModule: CustomersModule = {
  entities: [ConsentRecord],
  migrations: [CreateConsentLog1764530000000],
  resolvers: [ConsentResolver, CustomerConsentResolver, ConsentRecordResolver],
  orphanedTypes: [ConsentClientNotFoundError],
};

/** The consent slice's services. */
export function createConsentServices(deps: CustomersDeps) {
  const service = new ConsentService(deps.dataSource);
  return { service, loaders: consentLoaders(service) };
}

export type ConsentServices = ReturnType<typeof createConsentServices>;
