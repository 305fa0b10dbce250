import { In, type DataSource } from 'typeorm';
import { byKey, defineLoader, groupByKey } from '@elysium/subgraph-kit';
import { Address } from './address.entity';
import { CustomerProfile } from './customer-profile.entity';
import { Occasion } from './occasion.entity';
import { RingSize } from './ring-size.entity';

/**
 * The profile's per-request loaders: each is one SQL statement however many clients a page (or the
 * gateway's `_entities`) asks about.
 */
export function profileLoaders(dataSource: DataSource) {
  const profiles = dataSource.getRepository(CustomerProfile);
  const addresses = dataSource.getRepository(Address);
  const ringSizes = dataSource.getRepository(RingSize);
  const occasions = dataSource.getRepository(Occasion);
  return {
    /** Null for a client with no profile row yet (nothing set beyond the customer table). */
    profileByCustomer: defineLoader<string, CustomerProfile | null>(async (ids) =>
      byKey(ids, await profiles.findBy({ customerId: In([...ids]) }), (p) => p.customerId),
    ),
    addressesByCustomer: defineLoader<string, Address[]>(async (ids) =>
      groupByKey(
        ids,
        await addresses.find({ where: { customerId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
        (a) => a.customerId,
      ),
    ),
    ringSizesByCustomer: defineLoader<string, RingSize[]>(async (ids) =>
      groupByKey(ids, await ringSizes.find({ where: { customerId: In([...ids]) }, order: { position: 'ASC' } }), (r) => r.customerId),
    ),
    occasionsByCustomer: defineLoader<string, Occasion[]>(async (ids) =>
      groupByKey(ids, await occasions.find({ where: { customerId: In([...ids]) }, order: { position: 'ASC' } }), (o) => o.customerId),
    ),
  };
}

export type ProfileLoaders = ReturnType<typeof profileLoaders>;
