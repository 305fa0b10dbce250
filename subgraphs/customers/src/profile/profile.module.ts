import type { CustomersDeps, CustomersModule } from '../module';
import { Address } from './address.entity';
import { AddressBookResolver, RemovedAddressResolver } from './address-book.resolver';
import { AddressBookService } from './address-book.service';
import { CustomerProfile } from './customer-profile.entity';
import { CustomerProfileResolver } from './customer-profile.resolver';
import { CreateProfile1764510000000 } from './migrations/1764510000000-create-profile';
import { Occasion } from './occasion.entity';
import { AddressBookFullError, AddressNotFoundError, CustomerNotFoundError } from './profile.errors';
import { profileLoaders } from './profile.loaders';
import { ProfileResolver } from './profile.resolver';
import { ProfileService } from './profile.service';
import { RingSize } from './ring-size.entity';
import { StaffNote } from './staff-note.entity';
import { StaffNotesService } from './staff-notes.service';

/**
 * The profile slice of the customers subgraph: date of birth and phone, the address book,
 * clienteling (ring sizes, metals, occasions), the advisor and staff notes.
 */
export const profileModule: CustomersModule = {
  entities: [CustomerProfile, Address, RingSize, Occasion, StaffNote],
  migrations: [CreateProfile1764510000000],
  resolvers: [CustomerProfileResolver, ProfileResolver, AddressBookResolver, RemovedAddressResolver],
  orphanedTypes: [CustomerNotFoundError, AddressNotFoundError, AddressBookFullError],
};

/** The profile slice's services. */
export function createProfileServices(deps: CustomersDeps) {
  const loaders = profileLoaders(deps.dataSource);
  return {
    profiles: new ProfileService(loaders),
    addressBook: new AddressBookService(loaders),
    staffNotes: new StaffNotesService(),
  };
}

export type ProfileServices = ReturnType<typeof createProfileServices>;
